package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.SESSION_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A session still unrecorded after the escalation delay is on record as missed before BKPSDM follows up. */
@Component
public class RecordMissedSessionDelegate implements JavaDelegate {

    private final CoachingRepository cases;

    public RecordMissedSessionDelegate(CoachingRepository cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.addSession(execution.getProcessBusinessKey(), SESSION_NUMBER.require(execution), null, null, true, null);
    }
}
