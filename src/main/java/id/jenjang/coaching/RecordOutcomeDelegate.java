package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case ends: IMPROVED, or BKPSDM's decision; both stored as {@code coachingOutcome}. */
@Component
public class RecordOutcomeDelegate implements JavaDelegate {

    private final CoachingRepository cases;

    public RecordOutcomeDelegate(CoachingRepository cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean improved = Boolean.TRUE.equals(execution.getVariable("improved"));
        String outcome = improved ? CoachingProcess.IMPROVED : HR_DECISION.require(execution);
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
                    + " status = 'CLOSED', ended_at = ?", outcome, outcome, HR_NOTE.require(execution),
                    CoachingRepository.now());
        }
    }
}
