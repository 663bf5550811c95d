package id.jenjang.promotion;

import static id.jenjang.promotion.PromotionProcess.Variables.*;

import id.jenjang.notification.MailParameters;
import id.jenjang.notification.MailRequests;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every outcome of a case goes to both the candidate and the nominator (input parameter mailTemplate). */
@Component
public class NotifyCandidateAndNominatorDelegate implements JavaDelegate {

    private final MailRequests requests;
    private final MailParameters parameters;

    public NotifyCandidateAndNominatorDelegate(MailRequests requests, MailParameters parameters) {
        this.requests = requests;
        this.parameters = parameters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = execution.getVariableLocal("mailTemplate").toString();
        Map<String, String> params = parameters.from(execution);
        requests.request(NIP.require(execution), template, params);
        String nominator = NOMINATOR_NIP.get(execution);
        if (nominator != null && !nominator.equals(NIP.get(execution))
                && !PromotionProcess.SYSTEM_NOMINATOR.equals(nominator)) {
            requests.request(nominator, template, params);
        }
    }
}
