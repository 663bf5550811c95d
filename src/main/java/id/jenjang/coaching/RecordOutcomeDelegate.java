package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The case ends: IMPROVED, or BKPSDM's decision; both stored as {@code coachingOutcome}. Read from the case
 * record (the re-evaluated predikat, the decision HrDecisionValidator recorded), never from {@code improved} or
 * {@code hrDecision} variables, which a task's assignee could have set.
 */
@Component
public class RecordOutcomeDelegate implements JavaDelegate {

    private final CoachingRepository cases;

    public RecordOutcomeDelegate(CoachingRepository cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        String reEvaluated = cases.column(key, "re_eval_predikat");
        boolean improved = reEvaluated != null && id.jenjang.appraisal.Predikat.valueOf(reEvaluated).atLeastBaik();
        String outcome = improved ? CoachingProcess.IMPROVED : cases.column(key, "hr_decision");
        if (outcome == null) {
            throw new IllegalStateException("coaching " + key + " ends without a recorded BKPSDM decision");
        }
        COACHING_OUTCOME.set(execution, outcome);
        execution.setVariable("coachingOutcomeLabel", switch (outcome) {
            case "IMPROVED" -> "Kinerja membaik (paling rendah Baik)";
            case "REASSIGN" -> "Dipindahkan ke jabatan lain";
            case "DEMOTE" -> "Diturunkan jabatannya";
            case "REFER_DISCIPLINE" -> "Diteruskan ke pemeriksaan disiplin";
            default -> outcome;
        });
        if (improved) {
            cases.update(execution.getProcessBusinessKey(), "outcome = ?, status = 'CLOSED', ended_at = ?", outcome,
                    CoachingRepository.now());
        } else {
            cases.update(execution.getProcessBusinessKey(), "outcome = ?, hr_decision = ?, hr_note = ?,"
                    + " status = 'CLOSED', ended_at = ?", outcome, outcome, cases.column(key, "hr_note"),
                    CoachingRepository.now());
        }
    }
}
