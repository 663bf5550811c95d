package id.jenjang.appraisal;

import static id.jenjang.appraisal.AppraisalCycleProcess.Variables.*;

import id.jenjang.employee.EmployeeRepository;
import id.jenjang.process.FormValidation;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * First step of a cycle, in the transaction that starts it: checks the start form, gives the instance its
 * business key and registers it. A second cycle for the same period and unit is refused here, so the start
 * itself fails and nothing is left behind.
 */
@Component
public class RegisterCycleDelegate implements JavaDelegate {

    private final CycleRepository cycles;
    private final CycleScope scope;
    private final EmployeeRepository employees;
    private final AppraisalSettings settings;

    public RegisterCycleDelegate(CycleRepository cycles, CycleScope scope, EmployeeRepository employees,
            AppraisalSettings settings) {
        this.cycles = cycles;
        this.scope = scope;
        this.employees = employees;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String periodText = PERIOD.get(execution);
        Period period = Period.parse(periodText).orElseThrow(() -> new FormValidation(PERIOD.name(),
                "periode '" + periodText + "' tidak valid; tulis 2026-Q1 sampai 2026-Q4 (triwulan) atau 2026 (tahunan)"));
        String unitCode = blankToNull(UNIT_CODE.get(execution));
        if (unitCode != null && employees.findUnit(unitCode).isEmpty()) {
            throw new FormValidation(UNIT_CODE.name(), "unit " + unitCode + " tidak dikenal");
        }
        // not given (REST, an older start form): the agency's configured due times
        String selfDue = orDefault(SELF_ASSESSMENT_DUE.get(execution), settings.selfAssessmentDue());
        String ratingDue = orDefault(RATING_DUE.get(execution), settings.ratingDue());
        if (!Durations.valid(selfDue)) {
            throw new FormValidation(SELF_ASSESSMENT_DUE.name(), "'" + selfDue + "' bukan durasi ISO-8601 (mis. P7D)");
        }
        if (!Durations.valid(ratingDue)) {
            throw new FormValidation(RATING_DUE.name(), "'" + ratingDue + "' bukan durasi ISO-8601 (mis. P7D)");
        }
        String key = AppraisalCycleProcess.businessKey(period.toString(), unitCode);
        String given = execution.getProcessBusinessKey();
        if (given != null && !given.isBlank() && !given.equals(key)) {
            throw new FormValidation("businessKey", "business key siklus harus " + key + ", bukan " + given);
        }
        if (cycles.exists(key)) {
            throw new FormValidation(PERIOD.name(), "siklus " + key + " sudah pernah dibuka; satu siklus per periode"
                    + " dan unit");
        }
        execution.setProcessBusinessKey(key);
        var units = scope.units(unitCode);
        int total = scope.count(units);
        try {
            cycles.register(key, period, unitCode, execution.getProcessInstanceId(), total,
                    Context.getCommandContext().getAuthenticatedUserId());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // two openings at once: the primary key lets one through; the other gets the same answer as above
            throw new FormValidation(PERIOD.name(), "siklus " + key + " sudah pernah dibuka; satu siklus per periode"
                    + " dan unit");
        }
        PERIOD.set(execution, period.toString());
        UNIT_CODE.set(execution, unitCode);
        SELF_ASSESSMENT_DUE.set(execution, selfDue);
        RATING_DUE.set(execution, ratingDue);
        ANNUAL.set(execution, period.annual());
        TOTAL.set(execution, total);
        STARTED.set(execution, 0);
        OPENING_DONE.set(execution, false);
        // a lane per core, but never a lane of less than a page
        int lanes = Math.max(1, Math.min(settings.openingLanes(), (total + settings.chunkSize() - 1)
                / settings.chunkSize()));
        OPENING_LANES.set(execution, new ArrayList<>(scope.laneBounds(units, total, lanes)));
        CALIBRATION_POLL_INTERVAL.set(execution, settings.calibrationPollInterval());
    }

    private static String orDefault(String value, String configured) {
        return value == null || value.isBlank() ? configured : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
