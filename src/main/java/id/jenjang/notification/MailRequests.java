package id.jenjang.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Asks for a mail by starting a {@code mail-notification} instance in the caller's transaction: the request
 * exists exactly when the step that caused it commits, and the sending happens later in its own job.
 */
@Component
public class MailRequests {

    private final RuntimeService runtimeService;
    private final ObjectMapper json;

    public MailRequests(RuntimeService runtimeService, ObjectMapper json) {
        this.runtimeService = runtimeService;
        this.json = json;
    }

    public void request(String recipient, String template, Map<String, String> params) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        try {
            runtimeService.startProcessInstanceByKey(MailNotificationProcess.KEY, Map.of(
                    MailNotificationProcess.Variables.RECIPIENT.name(), recipient,
                    MailNotificationProcess.Variables.TEMPLATE.name(), template,
                    MailNotificationProcess.Variables.PARAMS.name(), json.writeValueAsString(params)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mail parameters not serializable", e);
        }
    }
}
