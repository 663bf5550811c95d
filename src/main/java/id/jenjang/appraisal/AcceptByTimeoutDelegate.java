package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.ACCEPTED;
import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.ACCEPTED_BY_TIMEOUT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * No objection within the window (PP 30/2019: 14 days) means the result stands. Recorded in the appraisal
 * here, on the timer's path only: FinalizeResultDelegate reads "accepted by timeout" from the record, so the
 * variable of the same name, which the employee could set, decides nothing.
 */
@Component
public class AcceptByTimeoutDelegate implements JavaDelegate {

    private final AppraisalRepository appraisals;

    public AcceptByTimeoutDelegate(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppraisalKey key = AppraisalKey.of(execution);
        appraisals.recordAcceptedByTimeout(key.nip(), key.period());
        ACCEPTED.set(execution, true);
        ACCEPTED_BY_TIMEOUT.set(execution, true);
    }
}
