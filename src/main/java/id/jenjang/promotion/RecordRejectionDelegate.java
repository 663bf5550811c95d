package id.jenjang.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case ends rejected; the step and reason are already on the trail, the case status follows. */
@Component
public class RecordRejectionDelegate implements JavaDelegate {

    private final PromotionCaseRepository cases;

    public RecordRejectionDelegate(PromotionCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.updateStatus(execution.getProcessInstanceId(), PromotionStatus.REJECTED);
    }
}
