package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The employee confirms having read the plan; the acknowledgement and any comment are recorded. */
@Component
public class AcknowledgementValidator implements ExecutionListener {

    private final CoachingRepository cases;

    public AcknowledgementValidator(CoachingRepository cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(PLAN_ACKNOWLEDGED.get(execution))) {
            throw new FormValidation(PLAN_ACKNOWLEDGED.name(), "centang bahwa Anda telah membaca rencana pembinaan");
        }
        PLAN_ACKNOWLEDGED.set(execution, true);
        cases.update(execution.getProcessBusinessKey(), "plan_acknowledged_at = ?, employee_comment = ?,"
                + " status = 'IN_COACHING'", CoachingRepository.now(), EMPLOYEE_COMMENT.get(execution));
    }
}
