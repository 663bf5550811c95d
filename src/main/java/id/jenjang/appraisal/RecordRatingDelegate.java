package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import id.jenjang.process.Var;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the rating and the predikat the DMN gave it; annual results then wait for calibration. */
@Component
public class RecordRatingDelegate implements JavaDelegate {

    private final AppraisalRepository appraisals;

    public RecordRatingDelegate(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppraisalKey key = AppraisalKey.of(execution);
        Map<String, String> behaviour = new LinkedHashMap<>();
        for (int i = 0; i < BERAKHLAK.size(); i++) {
            Var<Rating> value = BERAKHLAK.get(i);
            behaviour.put(AppraisalRepository.BEHAVIOUR_COLUMNS.get(i), value.require(execution).name());
        }
        boolean annual = key.annual();
        appraisals.recordRating(key.nip(), key.period(), HASIL_KERJA.require(execution).name(),
                PERILAKU_KERJA.require(execution).name(), behaviour, RATING_NOTE.get(execution),
                PREDIKAT.require(execution).name(),
                annual ? AppraisalStatus.AWAITING_CALIBRATION : AppraisalStatus.REVIEW);
    }
}
