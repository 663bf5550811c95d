package id.jenjang.appraisal;

import static id.jenjang.appraisal.AppraisalCycleProcess.Variables.CALIBRATION_UNIT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies a recorded calibration: each waiting employee appraisal of the unit gets message AppraisalCalibrated
 * with its (possibly adjusted) predikat and the reason. Asynchronous: one unit is one transaction, retried on
 * failure, and the calibration form's submission is never rolled back by it. The appraisal record gets the
 * calibrated predikat here; the message's variables are only what the employee's review form shows, the final
 * result is read from the record (FinalizeResultDelegate).
 */
@Component
public class ApplyCalibrationDelegate implements JavaDelegate {

    private final AppraisalRepository appraisals;
    private final CalibrationAdjustments adjustments;
    private final RuntimeService runtimeService;
    private final JdbcClient jdbc;

    public ApplyCalibrationDelegate(AppraisalRepository appraisals, CalibrationAdjustments adjustments,
            RuntimeService runtimeService, JdbcClient jdbc) {
        this.appraisals = appraisals;
        this.adjustments = adjustments;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleKey = execution.getProcessBusinessKey();
        String unit = CALIBRATION_UNIT.require(execution);
        String recorded = jdbc.sql("SELECT adjustments FROM calibration WHERE cycle_key = ? AND unit_kode = ?")
                .params(cycleKey, unit).query(String.class).single();
        List<CalibrationAdjustments.Adjustment> list = adjustments.read(recorded);
        for (AppraisalRepository.UnitResult r : appraisals.unitResults(cycleKey, unit)) {
            if (!AppraisalStatus.AWAITING_CALIBRATION.name().equals(r.status())) {
                continue;
            }
            Optional<CalibrationAdjustments.Adjustment> adjusted = list.stream()
                    .filter(a -> a.nip().equals(r.nip())).findFirst();
            String predikat = adjusted.map(CalibrationAdjustments.Adjustment::predikat).orElse(r.predikat());
            String reason = adjusted.map(CalibrationAdjustments.Adjustment::reason).orElse(null);
            String period = cycleKey.split(":")[1];
            appraisals.recordCalibration(r.nip(), period, predikat, reason);
            runtimeService.createMessageCorrelation(EmployeeAppraisalProcess.Messages.APPRAISAL_CALIBRATED)
                    .processInstanceBusinessKey(EmployeeAppraisalProcess.businessKey(r.nip(), period))
                    .setVariables(reason == null ? Map.of("predikat", predikat)
                            : Map.of("predikat", predikat, "calibrationReason", reason))
                    .correlate();
        }
    }
}
