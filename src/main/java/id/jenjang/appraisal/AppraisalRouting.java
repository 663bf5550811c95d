package id.jenjang.appraisal;

import id.jenjang.employee.Groups;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Routing the BPMN asks for by expression, e.g. {@code ${appraisalRouting.reviewerGroups(execution)}}: a
 * rater at the top of the tree (a department head rated by the Sekda) has no supervisor, and then the PPK
 * judges objections (domain rules §1).
 */
@Component
public class AppraisalRouting {

    private final AppraisalRepository appraisals;
    private final AppraisalSettings settings;
    private final Clock clock;

    public AppraisalRouting(AppraisalRepository appraisals, AppraisalSettings settings, Clock clock) {
        this.appraisals = appraisals;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the appraisal waits for calibration: see {@link AppraisalKey#annual()}. */
    public boolean annual(DelegateExecution execution) {
        return AppraisalKey.of(execution).annual();
    }

    /** {@code reminderLead} before the self-assessment's due date, but never before now. */
    public Date selfAssessmentReminder(DelegateExecution execution) {
        return reminder(Date.from(clock.instant()),
                EmployeeAppraisalProcess.Variables.SELF_ASSESSMENT_DUE_DATE.require(execution));
    }

    /** {@code reminderLead} before a due date, or halfway there when that is already past. */
    public Date reminder(Date now, Date due) {
        Date lead = Durations.minus(due, settings.reminderLead(), clock.getZone());
        return lead.before(now) ? new Date((now.getTime() + due.getTime()) / 2) : lead;
    }

    /** How long the employee may object to the result (PP 30/2019: 14 days), as the settings say. */
    public String objectionWindow() {
        return settings.objectionWindow();
    }

    /** The units of a cycle whose results are calibrated, one parallel branch each. */
    public List<String> calibrationUnits(DelegateExecution execution) {
        return appraisals.calibrationUnits(execution.getProcessBusinessKey());
    }

    public List<String> reviewerGroups(DelegateExecution execution) {
        return EmployeeAppraisalProcess.Variables.REVIEWER_NIP.get(execution) == null ? List.of(Groups.PPK)
                : List.of();
    }
}
