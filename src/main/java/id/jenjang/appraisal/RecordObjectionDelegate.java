package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.OBJECTION_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class RecordObjectionDelegate implements JavaDelegate {

    private final AppraisalRepository appraisals;

    public RecordObjectionDelegate(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppraisalKey key = AppraisalKey.of(execution);
        appraisals.recordObjection(key.nip(), key.period(), OBJECTION_REASON.require(execution));
    }
}
