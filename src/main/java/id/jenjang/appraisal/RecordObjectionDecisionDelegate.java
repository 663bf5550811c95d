package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reviewer's decision is final (PP 30/2019 Pasal 59). It was recorded when the reviewer submitted it
 * (ObjectionDecisionValidator); read back from the record here: only a recorded UPHELD applies the reviewer's
 * new ratings, with the predikat Jenjang decides from them. A REJECTED objection leaves ratings and predikat
 * exactly as stored, whatever {@code predikat} variable came with the form.
 */
@Component
public class RecordObjectionDecisionDelegate implements JavaDelegate {

    private final AppraisalRepository appraisals;
    private final PredikatDecision decision;

    public RecordObjectionDecisionDelegate(AppraisalRepository appraisals, PredikatDecision decision) {
        this.appraisals = appraisals;
        this.decision = decision;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppraisalKey key = AppraisalKey.of(execution);
        AppraisalRecord stored = appraisals.require(key.nip(), key.period());
        if (ObjectionDecisionValidator.UPHELD.equals(stored.objectionDecision())) {
            Rating hasil = HASIL_KERJA.require(execution);
            Rating perilaku = PERILAKU_KERJA.require(execution);
            PredikatDecision.Decided decided = decision.decide(hasil, perilaku, key.period());
            appraisals.recordUpheldRatings(key.nip(), key.period(), hasil.name(), perilaku.name(),
                    decided.predikat().name(), decided.version());
            stored = appraisals.require(key.nip(), key.period());
        }
        // the notification reads these: the stored values, not what the form carried
        HASIL_KERJA.set(execution, Rating.valueOf(stored.hasilKerja()));
        PERILAKU_KERJA.set(execution, Rating.valueOf(stored.perilakuKerja()));
        PREDIKAT.set(execution, Predikat.valueOf(stored.predikat()));
    }
}
