package id.jenjang.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A mail step in any BPMN: input parameters {@code mailTo} (a NIP or login) and {@code mailTemplate} say who
 * gets which text, so a process owner adds or redirects mail in Modeler without a code change.
 */
@Component
public class RequestMailDelegate implements JavaDelegate {

    private final MailRequests requests;
    private final MailParameters parameters;

    public RequestMailDelegate(MailRequests requests, MailParameters parameters) {
        this.requests = requests;
        this.parameters = parameters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object to = execution.getVariableLocal("mailTo");
        Object template = execution.getVariableLocal("mailTemplate");
        if (template == null) {
            throw new IllegalStateException("mail step " + execution.getCurrentActivityId()
                    + " needs input parameters mailTo and mailTemplate");
        }
        requests.request(to == null ? null : to.toString(), template.toString(), parameters.from(execution));
    }
}
