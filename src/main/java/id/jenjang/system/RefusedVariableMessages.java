package id.jenjang.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * An Object variable whose type is not allowlisted ({@link DeploymentCheckPlugin}) is never instantiated; the
 * engine then fails the read with an English ProcessEngineException, which its REST API answers with 500. This
 * filter turns exactly that answer into a 400 naming the variable in Bahasa Indonesia, so the reader learns
 * what is wrong instead of seeing a server error. Only on the REST paths that return variable values, so other
 * answers are not buffered.
 */
public class RefusedVariableMessages extends EngineErrorRewording {

    private static final Pattern VARIABLE_PATHS = Pattern.compile(
            ".*/([a-zA-Z]*[vV]ariables?(/[^/]+)?(/data)?|variable-instance(/[^/]+)?|complete|submit-form)/?$");
    private static final Pattern REFUSED_READ = Pattern.compile(
            "^Cannot deserialize object in variable '(?<name>[^']*)'.*", Pattern.DOTALL);

    RefusedVariableMessages() {
        super(new ObjectMapper());
    }

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
        return !VARIABLE_PATHS.matcher(path(request)).matches();
    }

    @Override
    boolean handles(int status) {
        return status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    int reword(ObjectNode error, int status) {
        String message = indonesian(error.path("message").asText(null));
        if (message == null) {
            return 0;
        }
        error.put("type", "InvalidRequestException");
        error.put("message", message);
        return HttpServletResponse.SC_BAD_REQUEST;
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
