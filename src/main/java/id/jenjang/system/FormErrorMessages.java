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
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A refused form reaches the civil servant in Bahasa Indonesia only. Camunda's REST API puts an English line with
 * an internal id before the reason a form validation gives ("Cannot instantiate process definition
 * promotion:1:9aa5...: nip: Anda bukan atasan ..."), and Tasklist shows the whole message under its own
 * "Proses tidak dapat dimulai."; this filter drops that line from the 400 answers of form submissions when what
 * follows is a field's message ({@code <field>: <pesan>}, see FormValidation). Anything else stays as Camunda
 * wrote it, for the operators who read it in Cockpit.
 */
@Component
public class FormErrorMessages extends OncePerRequestFilter {

    /** Starting a process and submitting or completing a task, in the engine REST API and the webapps' copy. */
    private static final Pattern FORM_SUBMISSION = Pattern.compile(
            ".*/(process-definition/(key/)?[^/]+(/tenant-id/[^/]+)?/(submit-form|start)"
                    + "|task/[^/]+/(submit-form|complete))/?$");
    /** Camunda's prefixes (engine-rest ProcessDefinitionResourceImpl, TaskResourceImpl); ids hold no blank. */
    private static final Pattern ENGINE_PREFIX = Pattern.compile(
            "^(?:Cannot instantiate process definition|Cannot submit task form|Cannot complete task) \\S+?: "
                    + "(?<reason>[A-Za-z][A-Za-z0-9_]*: .+)$", Pattern.DOTALL);

    private final ObjectMapper json;

    public FormErrorMessages(ObjectMapper json) {
        this.json = json;
    }

    /** The field's message without Camunda's English prefix, or the message unchanged. */
    static String withoutEnginePrefix(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = ENGINE_PREFIX.matcher(message);
        return m.matches() ? m.group("reason") : message;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !"POST".equals(request.getMethod()) || !FORM_SUBMISSION.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST && isJson(wrapper.getContentType())) {
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
        if (body instanceof ObjectNode error && error.path("message").isTextual()) {
            String message = error.get("message").asText();
            String reason = withoutEnginePrefix(message);
            if (!reason.equals(message)) {
                error.put("message", reason);
                wrapper.resetBuffer();
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
}
