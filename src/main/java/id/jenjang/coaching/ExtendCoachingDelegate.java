package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import id.jenjang.appraisal.Durations;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One more coaching period of the same length, then a new re-evaluation. */
@Component
public class ExtendCoachingDelegate implements JavaDelegate {

    private final CoachingRepository cases;
    private final Clock clock;

    public ExtendCoachingDelegate(CoachingRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // count and length from the case record, not from variables a task's assignee could have set
        String key = execution.getProcessBusinessKey();
        int used = Integer.parseInt(cases.column(key, "extensions_used").trim()) + 1;
        int months = Integer.parseInt(cases.column(key, "duration_months").trim());
        EXTENSIONS_USED.set(execution, used);
        COACHING_END_DATE.set(execution, Durations.plus(Date.from(clock.instant()), "P" + months + "M",
                clock.getZone()));
        cases.update(execution.getProcessBusinessKey(), "extensions_used = ?, hr_decision = ?, hr_note = ?,"
                + " status = 'EXTENDED'", used, HR_DECISION.require(execution), HR_NOTE.require(execution));
        execution.removeVariable(HR_DECISION.name());
    }
}
