package id.jenjang.appraisal;

import id.jenjang.csvimport.ImportResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AppraisalHistoryController {

    private final AppraisalHistoryImportService importService;

    public AppraisalHistoryController(AppraisalHistoryImportService importService) {
        this.importService = importService;
    }

    @PostMapping(path = "/api/appraisals/import", consumes = "text/csv")
    public ImportResult importCsv(@RequestBody(required = false) String csv) {
        return importService.importCsv(csv);
    }
}
