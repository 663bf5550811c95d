package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** BKPSDM decides when coaching did not bring the employee to BAIK; coaching may be extended once. */
@Component
public class HrDecisionValidator implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        CoachingProcess.HrDecision decision = CoachingRules.choice(execution, HR_DECISION.name(),
                CoachingProcess.HrDecision.class);
        CoachingRules.text(execution, HR_NOTE.name(), 4000);
        Integer used = EXTENSIONS_USED.get(execution);
        if (decision == CoachingProcess.HrDecision.EXTEND_COACHING && used != null
                && used >= CoachingProcess.MAX_EXTENSIONS) {
            throw new FormValidation(HR_DECISION.name(), "pembinaan hanya dapat diperpanjang satu kali; pilih"
                    + " REASSIGN, DEMOTE atau REFER_DISCIPLINE");
        }
    }
}
