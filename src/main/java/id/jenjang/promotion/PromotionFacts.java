package id.jenjang.promotion;

import id.jenjang.employee.Employee;
import id.jenjang.employee.EmployeeRepository;
import id.jenjang.process.FormValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Reads the case's candidate and target the same way in every step. */
@Component
public class PromotionFacts {

    private final EmployeeRepository employees;

    public PromotionFacts(EmployeeRepository employees) {
        this.employees = employees;
    }

    public Employee candidate(DelegateExecution execution) {
        String nip = PromotionProcess.Variables.NIP.get(execution);
        return employees.find(nip == null ? "" : nip.trim()).orElseThrow(() ->
                new FormValidation(PromotionProcess.Variables.NIP.name(), "pegawai dengan NIP " + nip + " tidak dikenal"));
    }

    public PromotionType type(DelegateExecution execution) {
        String type = PromotionProcess.Variables.PROMOTION_TYPE.get(execution);
        try {
            return PromotionType.valueOf(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            throw new FormValidation(PromotionProcess.Variables.PROMOTION_TYPE.name(),
                    "wajib diisi: KP_REGULER, KP_PILIHAN atau JABATAN");
        }
    }

    public String target(DelegateExecution execution) {
        return type(execution) == PromotionType.JABATAN ? PromotionProcess.Variables.TARGET_POSITION.get(execution)
                : PromotionProcess.Variables.TARGET_RANK.get(execution);
    }

    /** Who acts: the logged-in user in Tasklist or REST; the engine itself otherwise. */
    public static String actor() {
        var context = org.camunda.bpm.engine.impl.context.Context.getCommandContext();
        String user = context == null ? null : context.getAuthenticatedUserId();
        return user == null ? PromotionProcess.SYSTEM_NOMINATOR : user;
    }
}
