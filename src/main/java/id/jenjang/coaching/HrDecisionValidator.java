package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** BKPSDM decides when coaching did not bring the employee to BAIK; coaching may be extended once. */
@Component
public class HrDecisionValidator implements ExecutionListener {

    private final CoachingRepository cases;

    public HrDecisionValidator(CoachingRepository cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        CoachingProcess.HrDecision decision = CoachingRules.choice(execution, HR_DECISION.name(),
                CoachingProcess.HrDecision.class);
        String note = CoachingRules.text(execution, HR_NOTE.name(), 4000);
        // from the case record: an extensionsUsed variable sent with the form must not allow a second extension
        String recorded = cases.column(execution.getProcessBusinessKey(), "extensions_used");
        Integer used = recorded == null ? null : Integer.valueOf(recorded.trim());
        if (decision == CoachingProcess.HrDecision.EXTEND_COACHING && used != null
                && used >= CoachingProcess.MAX_EXTENSIONS) {
            throw new FormValidation(HR_DECISION.name(), "pembinaan hanya dapat diperpanjang satu kali; pilih"
                    + " REASSIGN, DEMOTE atau REFER_DISCIPLINE");
        }
        // recorded at once: RecordOutcomeDelegate reads the decision from the case, not from the variable
        cases.update(execution.getProcessBusinessKey(), "hr_decision = ?, hr_note = ?", decision.name(), note);
        HR_DECISION.set(execution, decision.name());
    }
}
