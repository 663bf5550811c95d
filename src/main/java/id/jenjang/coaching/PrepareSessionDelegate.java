package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import id.jenjang.appraisal.Durations;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A session is due: its number, the date it must be recorded by, and when a miss goes to BKPSDM. */
@Component
public class PrepareSessionDelegate implements JavaDelegate {

    private final CoachingSettings settings;
    private final Clock clock;

    public PrepareSessionDelegate(CoachingSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer count = SESSION_COUNT.get(execution);
        SESSION_NUMBER.set(execution, (count == null ? 0 : count) + 1);
        Date due = Durations.plus(Date.from(clock.instant()), settings.sessionGrace(), clock.getZone());
        SESSION_DUE_DATE.set(execution, due);
        SESSION_ESCALATION_DATE.set(execution, Durations.plus(due, settings.escalationDelay(), clock.getZone()));
    }
}
