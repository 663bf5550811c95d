package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Both ways out of the self-assessment meet here: submitted, or overdue (then it counts as missing and the
 * rating goes ahead without it). The rating's due date runs from now, when the rater can begin.
 */
@Component
public class RecordSelfAssessmentDelegate implements JavaDelegate {

    private final AppraisalRepository appraisals;
    private final AppraisalRouting routing;
    private final Clock clock;
    private final AppraisalSettings settings;

    public RecordSelfAssessmentDelegate(AppraisalRepository appraisals, AppraisalRouting routing, Clock clock,
            AppraisalSettings settings) {
        this.settings = settings;
        this.appraisals = appraisals;
        this.routing = routing;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppraisalKey key = AppraisalKey.of(execution);
        String text = SELF_ASSESSMENT.get(execution);
        boolean missing = text == null || text.isBlank();
        SELF_ASSESSMENT_MISSING.set(execution, missing);
        appraisals.recordSelfAssessment(key.nip(), key.period(), missing ? null : text.trim(), missing);
        Date now = Date.from(clock.instant());
        Object ratingDue = execution.getVariable("ratingDue");
        Date due = Durations.plus(now, ratingDue == null ? settings.ratingDue() : ratingDue.toString(), clock.getZone());
        RATING_DUE_DATE.set(execution, due);
        RATING_REMINDER_DATE.set(execution, routing.reminder(now, due));
    }
}
