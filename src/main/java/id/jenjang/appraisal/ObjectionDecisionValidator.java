package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The reviewer's final word on an objection. Only an upheld objection may change the ratings; a rejected one
 * leaves them exactly as they were.
 */
@Component
public class ObjectionDecisionValidator implements ExecutionListener {

    static final String UPHELD = "UPHELD";
    static final String REJECTED = "REJECTED";

    private final AppraisalRepository appraisals;

    public ObjectionDecisionValidator(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void notify(DelegateExecution task) {
        if (task.isCanceled()) {
            return; // interrupted by a timer or cancelled: nothing was submitted
        }
        AppraisalRecord stored = AppraisalKey.of(task).requireUnchangedRouting(task, appraisals);
        String decision = OBJECTION_DECISION.get(task);
        if (!UPHELD.equals(decision) && !REJECTED.equals(decision)) {
            throw new FormValidation(OBJECTION_DECISION.name(), "wajib diisi: UPHELD (diterima) atau REJECTED"
                    + " (ditolak)");
        }
        String note = OBJECTION_NOTE.get(task);
        if (note == null || note.isBlank()) {
            throw new FormValidation(OBJECTION_NOTE.name(), "wajib diisi: pertimbangan keputusan");
        }
        Rating hasil = RatingValidator.rating(task, HASIL_KERJA);
        Rating perilaku = RatingValidator.rating(task, PERILAKU_KERJA);
        if (REJECTED.equals(decision) && (!hasil.name().equals(stored.hasilKerja())
                || !perilaku.name().equals(stored.perilakuKerja()))) {
            throw new FormValidation(HASIL_KERJA.name(), "nilai hanya boleh diubah bila keberatan diterima (UPHELD)");
        }
        // recorded at once: RecordObjectionDecisionDelegate applies new ratings only for a recorded UPHELD
        appraisals.recordObjectionDecision(stored.nip(), stored.period(), decision, note.trim());
        OBJECTION_DECISION.set(task, decision);
    }
}
