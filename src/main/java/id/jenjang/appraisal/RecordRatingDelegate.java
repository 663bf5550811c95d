package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import id.jenjang.process.Var;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the rating and the predikat that follows from it, decided here again by the DMN from the ratings
 * stored (a {@code predikat} the rater sent with the form counts for nothing); annual results then wait for
 * calibration. The {@code predikat} variable is overwritten with the stored value, for the forms that show it.
 */
@Component
public class RecordRatingDelegate implements JavaDelegate {

    private final AppraisalRepository appraisals;
    private final PredikatDecision decision;

    public RecordRatingDelegate(AppraisalRepository appraisals, PredikatDecision decision) {
        this.appraisals = appraisals;
        this.decision = decision;
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
        Rating hasil = HASIL_KERJA.require(execution);
        Rating perilaku = PERILAKU_KERJA.require(execution);
        PredikatDecision.Decided decided = decision.decide(hasil, perilaku, key.period());
        Predikat predikat = decided.predikat();
        appraisals.recordRating(key.nip(), key.period(), hasil.name(), perilaku.name(), behaviour,
                RATING_NOTE.get(execution), predikat.name(), decided.version(),
                annual ? AppraisalStatus.AWAITING_CALIBRATION : AppraisalStatus.REVIEW);
        PREDIKAT.set(execution, predikat);
    }
}
