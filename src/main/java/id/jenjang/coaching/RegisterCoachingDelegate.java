package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import id.jenjang.appraisal.Durations;
import id.jenjang.appraisal.Period;
import id.jenjang.employee.Employee;
import id.jenjang.employee.EmployeeAccess;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.process.FormValidation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * First step of a coaching case, in the starting transaction. Started by an appraisal (no user: the engine's
 * job) the rater coaches; started from Tasklist the starter must be the employee's supervisor (up the chain)
 * or BKPSDM, and the direct supervisor coaches. One case per employee and period.
 */
@Component
public class RegisterCoachingDelegate implements JavaDelegate {

    private final CoachingRepository cases;
    private final EmployeeRepository employees;
    private final EmployeeAccess access;
    private final Clock clock;
    private final CoachingSettings settings;

    public RegisterCoachingDelegate(CoachingRepository cases, EmployeeRepository employees, EmployeeAccess access,
            Clock clock, CoachingSettings settings) {
        this.settings = settings;
        this.cases = cases;
        this.employees = employees;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String nip = NIP.get(execution);
        Employee employee = nip == null ? null : employees.find(nip.trim()).orElse(null);
        if (employee == null) {
            throw new FormValidation(NIP.name(), "pegawai dengan NIP " + nip + " tidak dikenal");
        }
        CommandContext context = Context.getCommandContext();
        String starter = context.getAuthenticatedUserId();
        boolean byAppraisal = starter == null;
        if (!byAppraisal && !access.mayStartCaseFor(starter, context.getAuthenticatedGroupIds(), employee.nip())) {
            throw new FormValidation(NIP.name(), "Anda bukan atasan pegawai ini dan bukan BKPSDM");
        }
        String coach = byAppraisal ? COACH_NIP.get(execution) : employee.nipAtasan();
        if (coach == null) {
            throw new FormValidation(NIP.name(), "pegawai ini tidak punya atasan langsung yang dapat membina");
        }
        String periodText = PERIOD.get(execution);
        String period = periodText == null || periodText.isBlank() ? currentQuarter() : periodText.trim();
        if (Period.parse(period).isEmpty()) {
            throw new FormValidation(PERIOD.name(), "periode '" + period + "' tidak valid (mis. 2026-Q4 atau 2026)");
        }
        Integer months = DURATION_MONTHS.get(execution);
        months = months == null ? settings.durationMonths() : months;
        if (months < 1 || months > 12) {
            throw new FormValidation(DURATION_MONTHS.name(), "harus 1 sampai 12 bulan");
        }
        String interval = SESSION_INTERVAL.get(execution);
        interval = interval == null || interval.isBlank() ? settings.sessionInterval() : interval;
        if (!Durations.valid(interval)) {
            throw new FormValidation(SESSION_INTERVAL.name(), "'" + interval + "' bukan durasi ISO-8601 (mis. P1M)");
        }
        String key = nip + ":" + period;
        if (cases.exists(key)) {
            throw new FormValidation(NIP.name(), "pembinaan " + key + " sudah ada");
        }
        execution.setProcessBusinessKey(key);
        cases.register(key, nip, period, execution.getProcessInstanceId(), coach,
                byAppraisal ? "APPRAISAL" : "MANUAL", starter, COACHING_REASON.get(execution),
                APPRAISAL_PREDIKAT.get(execution), months, interval);
        NIP.set(execution, nip);
        COACH_NIP.set(execution, coach);
        PERIOD.set(execution, period);
        DURATION_MONTHS.set(execution, months);
        SESSION_INTERVAL.set(execution, interval);
        EMPLOYEE_NAME.set(execution, employee.nama());
        COACH_NAME.set(execution, employees.find(coach).map(Employee::nama).orElse(coach));
        String predikat = APPRAISAL_PREDIKAT.get(execution);
        if (predikat != null && !predikat.isBlank()) {
            execution.setVariable("appraisalPredikatLabel", id.jenjang.appraisal.Predikat.valueOf(predikat).label());
        }
        SESSION_COUNT.set(execution, 0);
        EXTENSIONS_USED.set(execution, 0);
        // only what the HR decision form shows; HrDecisionValidator judges by the configuration
        MAX_EXTENSIONS.set(execution, settings.maxExtensions());
        COACHING_END_DATE.set(execution, Durations.plus(Date.from(clock.instant()), "P" + months + "M",
                clock.getZone()));
    }

    private String currentQuarter() {
        LocalDate today = LocalDate.now(clock);
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }
}
