package id.jenjang.coaching;

import id.jenjang.employee.EmployeeAccess;
import id.jenjang.system.Caller;
import id.jenjang.system.ColumnNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An employee's coaching cases with their sessions: for the employee, their supervisors and BKPSDM. */
@RestController
public class CoachingController {

    private final CoachingRepository cases;
    private final EmployeeAccess access;

    public CoachingController(CoachingRepository cases, EmployeeAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @GetMapping("/api/coaching")
    public List<Map<String, Object>> get(@RequestParam String nip, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!access.mayRead(caller.id(), caller.groups(), nip)) {
            throw new AccessDeniedException("Tidak berhak membaca pembinaan " + nip);
        }
        return cases.casesOf(nip).stream().map(CoachingController::camel).toList();
    }

    /** Column names as JSON fields: COACH_NIP becomes coachNip, sessions likewise. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> camel(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            Object converted = value instanceof List<?> list
                    ? list.stream().map(r -> camel((Map<String, Object>) r)).toList() : value;
            out.put(ColumnNames.camel(column), converted);
        });
        return out;
    }
}
