package id.jenjang.employee;

import java.util.Collection;
import org.springframework.stereotype.Component;

/** Who may read an employee's records: the employee, anyone above them in the supervisor chain, and BKPSDM. */
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
}
