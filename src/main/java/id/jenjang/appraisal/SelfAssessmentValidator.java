package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.SELF_ASSESSMENT;

import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The form's rules again on the server: REST clients skip the form. */
@Component
public class SelfAssessmentValidator implements ExecutionListener {

    static final int MIN = 10;
    static final int MAX = 4000;

    private final AppraisalRepository appraisals;

    public SelfAssessmentValidator(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void notify(DelegateExecution task) {
        if (task.isCanceled()) {
            return; // interrupted by a timer or cancelled: nothing was submitted
        }
        AppraisalKey.of(task).requireUnchangedRouting(task, appraisals);
        String text = SELF_ASSESSMENT.require(task).trim();
        if (text.length() < MIN || text.length() > MAX) {
            throw new FormValidation(SELF_ASSESSMENT.name(), "panjang " + text.length() + " karakter; harus "
                    + MIN + " sampai " + MAX);
        }
    }
}
