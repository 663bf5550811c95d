package id.jenjang.employee;

import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Who may read an employee's records (the employee, anyone above them in the supervisor chain, BKPSDM) and who
 * may open a case about them (the same, less the employee).
 */
@Component
public class EmployeeAccess {

    private final EmployeeRepository repository;

    public EmployeeAccess(EmployeeRepository repository) {
        this.repository = repository;
    }

    public boolean mayRead(String callerId, Collection<String> callerGroups, String nip) {
        if (callerGroups.contains(Groups.BKPSDM) || callerId.equals(nip)) {
            return true;
        }
        return repository.supervisorChain(nip).contains(callerId);
    }

    /**
     * Whether {@code callerId} may start a coaching or promotion case about {@code nip}: a supervisor anywhere up
     * the chain, or BKPSDM. Never the employee themself: nobody nominates or coaches themself.
     *
     * @param callerGroups may be null (the engine passes null when the caller's groups were never set)
     */
    public boolean mayStartCaseFor(String callerId, Collection<String> callerGroups, String nip) {
        if (callerGroups != null && callerGroups.contains(Groups.BKPSDM)) {
            return true;
        }
        return repository.supervisorChain(nip).contains(callerId);
    }
}
