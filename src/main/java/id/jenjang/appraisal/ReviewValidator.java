package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The employee accepts the result, or objects with a reason. */
@Component
public class ReviewValidator implements ExecutionListener {

    private final AppraisalRepository appraisals;

    public ReviewValidator(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void notify(DelegateExecution task) {
        if (task.isCanceled()) {
            return; // interrupted by a timer or cancelled: nothing was submitted
        }
        AppraisalKey.of(task).requireUnchangedRouting(task, appraisals);
        Object raw = task.getVariable(ACCEPTED.name());
        if (raw == null || !(raw instanceof Boolean || "true".equals(raw.toString())
                || "false".equals(raw.toString()))) {
            throw new FormValidation(ACCEPTED.name(), "wajib diisi: true (menerima) atau false (keberatan)");
        }
        boolean accepted = ACCEPTED.get(task);
        // forms and REST clients may send the text "true"; the gateway needs a boolean
        ACCEPTED.set(task, accepted);
        if (!accepted) {
            String reason = OBJECTION_REASON.get(task);
            if (reason == null || reason.isBlank()) {
                throw new FormValidation(OBJECTION_REASON.name(), "wajib diisi bila mengajukan keberatan");
            }
        }
    }
}
