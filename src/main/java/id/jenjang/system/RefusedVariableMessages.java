package id.jenjang.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An Object variable whose type is not allowlisted ({@link DeploymentCheckPlugin}) is never instantiated; the
 * engine then fails the read with an English ProcessEngineException, which its REST API answers with 500. This
 * filter turns exactly that answer into a 400 naming the variable in Bahasa Indonesia, so the reader learns
 * what is wrong instead of seeing a server error. Only on the REST paths that return variable values, so other
 * answers are not buffered.
 */
public class RefusedVariableMessages extends OncePerRequestFilter {

    private static final Pattern VARIABLE_PATHS = Pattern.compile(
            ".*/([a-zA-Z]*[vV]ariables?(/[^/]+)?(/data)?|variable-instance(/[^/]+)?|complete|submit-form)/?$");
    private static final Pattern REFUSED_READ = Pattern.compile(
            "^Cannot deserialize object in variable '(?<name>[^']*)'.*", Pattern.DOTALL);

    private final ObjectMapper json = new ObjectMapper();

    /** The Indonesian message for an engine message about a refused read, or null for any other message. */
    static String indonesian(String engineMessage) {
        Matcher m = engineMessage == null ? null : REFUSED_READ.matcher(engineMessage);
        if (m == null || !m.matches()) {
            return null;
        }
        return "Variabel '" + m.group("name") + "' tidak dibaca: isinya objek Java dengan jenis yang tidak diizinkan "
                + "atau tidak sah. Minta BKPSDM menghapus variabel ini.";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !VARIABLE_PATHS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && isJson(wrapper.getContentType())) {
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
            String message = indonesian(error.path("message").asText(null));
            if (message != null) {
                error.put("type", "InvalidRequestException");
                error.put("message", message);
                wrapper.resetBuffer();
                wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                wrapper.getOutputStream().write(json.writeValueAsBytes(error));
            }
        }
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Registered here rather than in SecurityConfig: it guards nothing, it only words an answer. */
    @Configuration
    static class Registration {

        @Bean
        FilterRegistrationBean<RefusedVariableMessages> refusedVariableMessagesRegistration() {
            var registration = new FilterRegistrationBean<>(new RefusedVariableMessages());
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
            registration.setName("refused-variable-messages");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 31);
            return registration;
        }
    }
}
