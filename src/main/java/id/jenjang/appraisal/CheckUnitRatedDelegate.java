package id.jenjang.appraisal;

import static id.jenjang.appraisal.AppraisalCycleProcess.Variables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.appraisal.calibration.DistributionChart;
import id.jenjang.appraisal.calibration.DistributionCurve;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Unit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Is every rating of this unit in? When it is, prepares what the calibration form shows: the distribution as a
 * chart, the curve check for each organisation rating, and the list of employees. All variables are local to
 * this unit's branch, so units calibrated in parallel never see each other's values.
 */
@Component
public class CheckUnitRatedDelegate implements JavaDelegate {

    private final AppraisalRepository appraisals;
    private final EmployeeRepository employees;
    private final DistributionCurve curve;
    private final DistributionChart chart;
    private final ObjectMapper json;

    public CheckUnitRatedDelegate(AppraisalRepository appraisals, EmployeeRepository employees,
            DistributionCurve curve, DistributionChart chart, ObjectMapper json) {
        this.appraisals = appraisals;
        this.employees = employees;
        this.curve = curve;
        this.chart = chart;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String unit = CALIBRATION_UNIT.require(execution);
        String cycleKey = execution.getProcessBusinessKey();
        boolean rated = appraisals.unrated(cycleKey, unit) == 0;
        UNIT_RATED.setLocal(execution, rated);
        if (!rated) {
            return;
        }
        List<AppraisalRepository.UnitResult> results = appraisals.unitResults(cycleKey, unit);
        Map<Predikat, Integer> counts = UnitDistribution.counts(results, List.of());
        UNIT_NAME.setLocal(execution, employees.findUnit(unit).map(Unit::nama).orElse(unit));
        UNIT_SIZE.setLocal(execution, results.size());
        DISTRIBUTION_CHART.setLocal(execution, chart.dataUri(counts));
        CURVE_SUMMARY.setLocal(execution, curve.summary(counts, PredikatDecision.lastDay(PERIOD.require(execution))));
        List<Map<String, String>> rows = results.stream().map(r -> Map.of("nip", r.nip(), "nama", r.nama(),
                "predikat", r.predikat() == null ? "" : Predikat.valueOf(r.predikat()).label())).toList();
        execution.setVariableLocal(UNIT_RESULTS.name(), SpinValues.jsonValue(json.writeValueAsString(rows)).create());
        // declared here so the form's answers stay in this unit's branch instead of the whole cycle
        execution.setVariableLocal(ORGANISATION_RATING.name(), null);
        execution.setVariableLocal(ADJUSTMENTS.name(), null);
    }
}
