package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import id.jenjang.process.FormValidation;
import id.jenjang.process.Var;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The supervisor's rating: work results, overall behaviour and the seven BerAKHLAK values, each one of the
 * three levels; a note is required as soon as anything departs from "sesuai ekspektasi".
 */
@Component
public class RatingValidator implements ExecutionListener {

    private final AppraisalRepository appraisals;

    public RatingValidator(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void notify(DelegateExecution task) {
        if (task.isCanceled()) {
            return; // interrupted by a timer or cancelled: nothing was submitted
        }
        AppraisalKey.of(task).requireUnchangedRouting(task, appraisals);
        List<Var<Rating>> all = new ArrayList<>(List.of(HASIL_KERJA, PERILAKU_KERJA));
        all.addAll(BERAKHLAK);
        boolean allAsExpected = true;
        for (Var<Rating> rating : all) {
            allAsExpected &= rating(task, rating) == Rating.SESUAI;
        }
        String note = RATING_NOTE.get(task);
        if (!allAsExpected && (note == null || note.isBlank())) {
            throw new FormValidation(RATING_NOTE.name(), "wajib diisi bila ada penilaian selain Sesuai ekspektasi");
        }
        if (note != null && note.length() > 4000) {
            throw new FormValidation(RATING_NOTE.name(), "paling banyak 4000 karakter");
        }
    }

    static Rating rating(DelegateExecution task, Var<Rating> rating) {
        Object raw = task.getVariable(rating.name());
        if (raw == null || raw.toString().isBlank()) {
            throw new FormValidation(rating.name(), "wajib diisi (DI_ATAS, SESUAI atau DI_BAWAH)");
        }
        try {
            return Rating.valueOf(raw.toString());
        } catch (IllegalArgumentException e) {
            throw new FormValidation(rating.name(), "nilai '" + raw + "' tidak dikenal; pilihan DI_ATAS, SESUAI,"
                    + " DI_BAWAH");
        }
    }
}
