package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/** A coaching session: notes and progress are required; the session is recorded when the form is accepted. */
@Component
public class SessionValidator implements ExecutionListener {

    private final CoachingRepository cases;

    public SessionValidator(CoachingRepository cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String notes = CoachingRules.text(execution, SESSION_NOTES.name(), 4000);
        CoachingProcess.Progress progress = CoachingRules.choice(execution, PROGRESS.name(),
                CoachingProcess.Progress.class);
        int number = SESSION_NUMBER.require(execution);
        cases.addSession(execution.getProcessBusinessKey(), number, notes, progress.name(), false,
                Context.getCommandContext().getAuthenticatedUserId());
        SESSION_COUNT.set(execution, number);
        // the next session's timer is created right after: its interval from the case record, not as sent
        SESSION_INTERVAL.set(execution, cases.column(execution.getProcessBusinessKey(), "session_interval"));
        // the next session starts from empty fields
        execution.removeVariable(SESSION_NOTES.name());
        execution.removeVariable(PROGRESS.name());
    }
}
