package id.jenjang.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses task queries that carry an expression ({@code ${...}} or {@code #{...}}), in the query string or
 * anywhere in a JSON body, including nested {@code orQueries}. Camunda 7.24.0 only blocks top-level ad-hoc
 * expressions; inside orQueries they are evaluated and can run code (fixed upstream in the paid 7.24.14).
 * Stored filters keep their expressions ({@code ${currentUser()}}): those live in the database, not the request.
 */
@Component
public class ExpressionQueryGuard extends OncePerRequestFilter {

    /** Task list and count endpoints of the engine REST API and of the webapps' copy of it. */
    private static final Pattern TASK_QUERY = Pattern.compile(
            ".*/(task|task/count|history/task|history/task/count|filter/[^/]+/(list|count|singleResult))/?$");
    private static final int MAX_BODY = 1024 * 1024;

    private final ObjectMapper objectMapper;

    public ExpressionQueryGuard(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * Matches the container's decoded, normalised path (what Jersey routes on), so {@code /engine-rest/%74ask}
     * or {@code /engine-rest/task;x=y} cannot slip past a match on the raw URI.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !TASK_QUERY.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && hasExpression(decodedOrRaw(query))) {
            refuse(response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (body.length > 0 && bodyHasExpression(body)) {
            refuse(response);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private boolean bodyHasExpression(byte[] body) {
        try {
            return nodeHasExpression(objectMapper.readTree(body));
        } catch (IOException notJson) {
            return hasExpression(new String(body, StandardCharsets.UTF_8));
        }
    }

    /** Walks keys and values: JSON escapes such as \u0024{ only show once decoded. */
    private boolean nodeHasExpression(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return hasExpression(node.asText());
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (hasExpression(field.getKey()) || nodeHasExpression(field.getValue())) {
                    return true;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (nodeHasExpression(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A malformed %-escape is not decodable; the raw text is still searched rather than failing with 500. */
    static String decodedOrRaw(String query) {
        try {
            return URLDecoder.decode(query, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return query;
        }
    }

    static boolean hasExpression(String text) {
        return text.contains("${") || text.contains("#{");
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":"
                + "\"Task queries with expressions are not allowed\"}");
    }
}
