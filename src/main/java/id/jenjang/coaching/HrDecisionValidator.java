package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * BKPSDM decides when coaching did not bring the employee to BAIK; coaching may be extended as often as
 * {@code jenjang.coaching.max-extensions} allows (once by default).
 */
@Component
public class HrDecisionValidator implements ExecutionListener {

    private final CoachingRepository cases;
    private final CoachingSettings settings;

    public HrDecisionValidator(CoachingRepository cases, CoachingSettings settings) {
        this.cases = cases;
        this.settings = settings;
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
        int used = recorded == null ? 0 : Integer.parseInt(recorded.trim());
        if (decision == CoachingProcess.HrDecision.EXTEND_COACHING && used >= settings.maxExtensions()) {
            throw new FormValidation(HR_DECISION.name(), "pembinaan hanya dapat diperpanjang "
                    + CoachingSettings.times(settings.maxExtensions()) + " dan sudah diperpanjang "
                    + CoachingSettings.times(used) + "; pilih REASSIGN, DEMOTE atau REFER_DISCIPLINE");
        }
        // recorded at once: RecordOutcomeDelegate reads the decision from the case, not from the variable
        cases.update(execution.getProcessBusinessKey(), "hr_decision = ?, hr_note = ?", decision.name(), note);
        HR_DECISION.set(execution, decision.name());
    }
}
