package id.jenjang.employee;

import id.jenjang.csvimport.ImportResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DisciplineController {

    private final DisciplineImportService importService;

    public DisciplineController(DisciplineImportService importService) {
        this.importService = importService;
    }

    @PostMapping(path = "/api/discipline/import", consumes = "text/csv")
    public ImportResult importCsv(@RequestBody(required = false) String csv) {
        return importService.importCsv(csv);
    }
}
