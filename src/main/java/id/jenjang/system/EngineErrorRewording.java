package id.jenjang.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rewords an error answer of Camunda's REST API for the person who reads it: the answer of the paths a
 * subclass filters is buffered, and a JSON error object with the status the subclass handles is handed to it
 * to reword. Anything that is not such an answer passes on unchanged.
 */
abstract class EngineErrorRewording extends OncePerRequestFilter {

    private final ObjectMapper json;

    EngineErrorRewording(ObjectMapper json) {
        this.json = json;
    }

    /** Whether an answer with this status may need rewording; others are not even parsed. */
    abstract boolean handles(int status);

    /** Rewords the error in place; answers the status to send, or 0 when it left the error as it was. */
    abstract int reword(ObjectNode error, int status);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (handles(wrapper.getStatus()) && isJson(wrapper.getContentType())) {
                rewrite(wrapper);
            }
        } finally {
            wrapper.copyBodyToResponse();
        }
    }

    private void rewrite(ContentCachingResponseWrapper wrapper) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(wrapper.getContentAsByteArray());
        } catch (IOException notJson) {
            return;
        }
        if (body instanceof ObjectNode error) {
            int status = reword(error, wrapper.getStatus());
            if (status != 0) {
                wrapper.resetBuffer();
                wrapper.setStatus(status);
                wrapper.getOutputStream().write(json.writeValueAsBytes(error));
            }
        }
    }

    static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
