package id.jenjang.appraisal;

import id.jenjang.employee.EmployeeAccess;
import id.jenjang.system.Caller;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stored appraisal results; readable by the employee, their supervisors and BKPSDM. */
@RestController
public class AppraisalController {

    private final AppraisalRepository appraisals;
    private final EmployeeAccess access;

    public AppraisalController(AppraisalRepository appraisals, EmployeeAccess access) {
        this.appraisals = appraisals;
        this.access = access;
    }

    /** With {@code period}: that result (404 when none); without: every period of the employee. */
    @GetMapping("/api/appraisals")
    public ResponseEntity<?> get(@RequestParam String nip, @RequestParam(required = false) String period,
            Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!access.mayRead(caller.id(), caller.groups(), nip)) {
            throw new AccessDeniedException("Tidak berhak membaca hasil penilaian " + nip);
        }
        if (period == null) {
            List<AppraisalView> all = appraisals.findByNip(nip).stream().map(AppraisalView::of).toList();
            return ResponseEntity.ok(all);
        }
        return appraisals.find(nip, period).map(r -> ResponseEntity.ok((Object) AppraisalView.of(r)))
                .orElse(ResponseEntity.notFound().build());
    }
}
