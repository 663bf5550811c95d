package id.jenjang.appraisal;

import static id.jenjang.appraisal.AppraisalCycleProcess.Variables.CALIBRATION_UNIT;

import java.util.HashMap;
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
        Map<String, Object> recorded = jdbc.sql("SELECT adjustments, curve_justification FROM calibration"
                        + " WHERE cycle_key = ? AND unit_kode = ?")
                .params(cycleKey, unit).query().singleRow();
        List<CalibrationAdjustments.Adjustment> list = adjustments.read(recorded.get("adjustments"));
        Object justification = recorded.get("curve_justification");
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
            Map<String, Object> shown = new HashMap<>();
            shown.put(EmployeeAppraisalProcess.Variables.PREDIKAT.name(), predikat);
            if (reason != null) {
                shown.put(EmployeeAppraisalProcess.Variables.CALIBRATION_REASON.name(), reason);
            }
            if (justification != null) {
                // the unit stayed off its curve: the employee and the objection's judge read why
                shown.put(EmployeeAppraisalProcess.Variables.CURVE_JUSTIFICATION.name(), justification.toString());
            }
            runtimeService.createMessageCorrelation(EmployeeAppraisalProcess.Messages.APPRAISAL_CALIBRATED)
                    .processInstanceBusinessKey(EmployeeAppraisalProcess.businessKey(r.nip(), period))
                    .setVariables(shown)
                    .correlate();
        }
    }
}
