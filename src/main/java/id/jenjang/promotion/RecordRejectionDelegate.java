package id.jenjang.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The case ends rejected (TPK, Sekda or PPK); the step and reason are already on the trail. The case status follows
 * and the case goes on the public board.
 */
@Component
public class RecordRejectionDelegate implements JavaDelegate {

    private final PromotionCaseRepository cases;

    public RecordRejectionDelegate(PromotionCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.markEnded(execution.getProcessInstanceId(), PromotionStatus.REJECTED);
    }
}
