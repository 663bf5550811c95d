package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.ACCEPTED;
import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.ACCEPTED_BY_TIMEOUT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No objection within the window (PP 30/2019: 14 days) means the result stands. */
@Component
public class AcceptByTimeoutDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        ACCEPTED.set(execution, true);
        ACCEPTED_BY_TIMEOUT.set(execution, true);
    }
}
