package id.jenjang.coaching;

import static id.jenjang.coaching.CoachingProcess.Variables.*;

import id.jenjang.employee.Employee;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The coaching plan: goals and development actions, and an optional mentor who works in the same unit, is not
 * the employee, and whose last annual predikat is at least BAIK (domain rules §2).
 */
@Component
public class PlanValidator implements ExecutionListener {

    private final EmployeeRepository employees;
    private final JdbcClient jdbc;

    public PlanValidator(EmployeeRepository employees, JdbcClient jdbc) {
        this.employees = employees;
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        CoachingRules.text(execution, COACHING_GOALS.name(), 4000);
        CoachingRules.text(execution, DEVELOPMENT_ACTIONS.name(), 4000);
        String mentor = MENTOR_NIP.get(execution);
        if (mentor == null || mentor.isBlank()) {
            return;
        }
        String nip = NIP.require(execution);
        Employee candidate = employees.find(mentor.trim()).orElseThrow(() ->
                new FormValidation(MENTOR_NIP.name(), "pegawai dengan NIP " + mentor + " tidak dikenal"));
        if (candidate.nip().equals(nip)) {
            throw new FormValidation(MENTOR_NIP.name(), "pegawai tidak dapat menjadi mentor bagi dirinya sendiri");
        }
        String unit = employees.find(nip).orElseThrow().unitKode();
        if (!candidate.unitKode().equals(unit)) {
            throw new FormValidation(MENTOR_NIP.name(), "mentor harus dari unit yang sama (" + unit + "), bukan "
                    + candidate.unitKode());
        }
        String last = jdbc.sql("SELECT predikat FROM annual_result WHERE nip = ? ORDER BY periode DESC LIMIT 1")
                .param(candidate.nip()).query(String.class).optional().orElse(null);
        if (!"BAIK".equals(last) && !"SANGAT_BAIK".equals(last)) {
            throw new FormValidation(MENTOR_NIP.name(), "predikat tahunan terakhir mentor harus paling rendah Baik"
                    + (last == null ? " (belum ada)" : ", bukan " + last));
        }
        MENTOR_NAME.set(execution, candidate.nama());
    }
}
