package id.jenjang.employee;

import id.jenjang.csvimport.ImportResult;
import id.jenjang.system.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Master data over REST; who may call the import is decided in the security configuration. */
@RestController
@RequestMapping("/api/employees")
public class EmployeeController {

    private final EmployeeImportService importService;
    private final EmployeeRepository repository;
    private final EmployeeAccess access;

    public EmployeeController(EmployeeImportService importService, EmployeeRepository repository,
            EmployeeAccess access) {
        this.importService = importService;
        this.repository = repository;
        this.access = access;
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    public ImportResult importCsv(@RequestBody(required = false) String csv) {
        return importService.importCsv(csv, false);
    }

    @GetMapping("/{nip}")
    public ResponseEntity<EmployeeView> get(@PathVariable String nip, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!access.mayRead(caller.id(), caller.groups(), nip)) {
            throw new AccessDeniedException("Tidak berhak membaca data pegawai " + nip);
        }
        return repository.find(nip)
                .map(e -> ResponseEntity.ok(EmployeeView.of(e,
                        repository.findUnit(e.unitKode()).map(Unit::nama).orElse(null))))
                .orElse(ResponseEntity.notFound().build());
    }
}
