package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** BKPSDM's follow-up of a missed session: what was done about it, on record with the session. */
@Component
public class FollowUpValidator implements ExecutionListener {

    private final CoachingRepository cases;

    public FollowUpValidator(CoachingRepository cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String note = CoachingRules.text(execution, FOLLOW_UP_NOTE.name(), 4000);
        cases.followUp(execution.getProcessBusinessKey(), SESSION_NUMBER.require(execution), note);
        execution.removeVariable(FOLLOW_UP_NOTE.name());
    }
}
