package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The result becomes final: stored, an annual one also in the annual history that promotion reads, and
 * SANGAT_BAIK marks a recognition candidate for the period. Everything here is read from the appraisal record
 * (predikat as rated, calibrated or changed by an upheld objection; accepted by timeout as the timer recorded
 * it), never from process variables: the employee completing the review could have set those. The variables
 * {@code predikat} and {@code acceptedByTimeout} are then overwritten with the stored values, so the result
 * mail and the gateway "Predikat di bawah Baik?" right after read the record too.
 */
@Component
public class FinalizeResultDelegate implements JavaDelegate {

    private final AppraisalRepository appraisals;
    private final JdbcClient jdbc;

    public FinalizeResultDelegate(AppraisalRepository appraisals, JdbcClient jdbc) {
        this.appraisals = appraisals;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppraisalKey key = AppraisalKey.of(execution);
        appraisals.finalizeResult(key.nip(), key.period());
        AppraisalRecord stored = appraisals.require(key.nip(), key.period());
        Predikat predikat = Predikat.valueOf(stored.predikat());
        PREDIKAT.set(execution, predikat);
        ACCEPTED_BY_TIMEOUT.set(execution, Boolean.TRUE.equals(stored.acceptedByTimeout()));
        if (key.annual()) {
            int updated = jdbc.sql("UPDATE annual_result SET predikat = ?, sumber = 'APPRAISAL'"
                    + " WHERE nip = ? AND periode = ?").params(predikat.name(), key.nip(), key.period()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO annual_result (nip, periode, predikat, sumber) VALUES (?, ?, ?, 'APPRAISAL')")
                        .params(key.nip(), key.period(), predikat.name()).update();
            }
        }
    }
}
