package id.jenjang.appraisal;

import static id.jenjang.appraisal.EmployeeAppraisalProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The result becomes final: stored, an annual one also in the annual history that promotion reads, and
 * SANGAT_BAIK marks a recognition candidate for the period.
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
        Predikat predikat = PREDIKAT.require(execution);
        appraisals.finalizeResult(key.nip(), key.period(), Boolean.TRUE.equals(ACCEPTED_BY_TIMEOUT.get(execution)),
                predikat == Predikat.SANGAT_BAIK);
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
