package id.jenjang.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A refused form reaches the civil servant in Bahasa Indonesia only. Camunda's REST API puts an English line with
 * an internal id before the reason a form validation gives ("Cannot instantiate process definition
 * promotion:1:9aa5...: nip: Anda bukan atasan ..."), and Tasklist shows the whole message under its own
 * "Proses tidak dapat dimulai."; this filter drops that line from the 400 answers of form submissions when what
 * follows is a field's message ({@code <field>: <pesan>}, see FormValidation). Anything else stays as Camunda
 * wrote it, for the operators who read it in Cockpit.
 */
@Component
public class FormErrorMessages extends EngineErrorRewording {

    /** Starting a process and submitting or completing a task, in the engine REST API and the webapps' copy. */
    private static final Pattern FORM_SUBMISSION = Pattern.compile(
            ".*/(process-definition/(key/)?[^/]+(/tenant-id/[^/]+)?/(submit-form|start)"
                    + "|task/[^/]+/(submit-form|complete))/?$");
    /** Camunda's prefixes (engine-rest ProcessDefinitionResourceImpl, TaskResourceImpl); ids hold no blank. */
    private static final Pattern ENGINE_PREFIX = Pattern.compile(
            "^(?:Cannot instantiate process definition|Cannot submit task form|Cannot complete task) \\S+?: "
                    + "(?<reason>[A-Za-z][A-Za-z0-9_]*: .+)$", Pattern.DOTALL);

    public FormErrorMessages(ObjectMapper json) {
        super(json);
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
        return !"POST".equals(request.getMethod()) || !FORM_SUBMISSION.matcher(path(request)).matches();
    }

    @Override
    boolean handles(int status) {
        return status == HttpServletResponse.SC_BAD_REQUEST;
    }

    @Override
    int reword(ObjectNode error, int status) {
        if (!error.path("message").isTextual()) {
            return 0;
        }
        String message = error.get("message").asText();
        String reason = withoutEnginePrefix(message);
        if (reason.equals(message)) {
            return 0;
        }
        error.put("message", reason);
        return status;
    }
}
