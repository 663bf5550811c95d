package id.jenjang.appraisal;

import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Which appraisal an execution belongs to, read from the business key {@code <nip>:<period>}: a form
 * submission can set variables, but never the business key, so routing data is checked against it.
 */
public record AppraisalKey(String nip, String period) {

    public static AppraisalKey of(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("employee-appraisal without business key <nip>:<period>: " + key);
        }
        return new AppraisalKey(key.substring(0, colon), key.substring(colon + 1));
    }

    /** Annual periods ("2026") wait for calibration; quarters ("2026-Q4") do not. */
    public boolean annual() {
        return Period.parse(period).orElseThrow().annual();
    }

    /** Refuses a submission that tries to change who is appraised, who rates or who reviews. */
    public AppraisalRecord requireUnchangedRouting(DelegateExecution task, AppraisalRepository appraisals) {
        AppraisalRecord stored = appraisals.find(nip, period)
                .orElseThrow(() -> new IllegalStateException("no appraisal stored for " + nip + " " + period));
        check(task, EmployeeAppraisalProcess.Variables.NIP.name(), stored.nip());
        check(task, EmployeeAppraisalProcess.Variables.PERIOD.name(), stored.period());
        check(task, EmployeeAppraisalProcess.Variables.RATER_NIP.name(), stored.raterNip());
        check(task, EmployeeAppraisalProcess.Variables.REVIEWER_NIP.name(), stored.reviewerNip());
        return stored;
    }

    private static void check(DelegateExecution task, String variable, String expected) {
        Object actual = task.getVariable(variable);
        if (!java.util.Objects.equals(actual == null ? null : actual.toString(), expected)) {
            throw new FormValidation(variable, "tidak boleh diubah dari formulir");
        }
    }
}
