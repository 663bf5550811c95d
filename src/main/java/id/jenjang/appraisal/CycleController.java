package id.jenjang.appraisal;

import id.jenjang.process.FormValidation;
import id.jenjang.system.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opening a cycle and following it (BKPSDM). Opening starts the {@code appraisal-cycle} process exactly as the
 * Tasklist start form does; the process itself validates and registers, so both doors share one rule set.
 */
@RestController
public class CycleController {

    public record OpenCycle(String period, String unitCode, String selfAssessmentDue, String ratingDue) {
    }

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CycleRepository cycles;

    public CycleController(RuntimeService runtimeService, IdentityService identityService, CycleRepository cycles) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.cycles = cycles;
    }

    @PostMapping("/api/cycles")
    public ResponseEntity<Map<String, Object>> open(@RequestBody OpenCycle request, Authentication authentication) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("period", request.period());
        variables.put("unitCode", request.unitCode());
        variables.put("selfAssessmentDue", request.selfAssessmentDue());
        variables.put("ratingDue", request.ratingDue());
        // the engine checks the caller's rights as in Tasklist, and the cycle records who opened it
        Caller caller = Caller.of(authentication);
        identityService.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        try {
            var instance = runtimeService.startProcessInstanceByKey(AppraisalCycleProcess.KEY, variables);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
                    "businessKey", instance.getBusinessKey(),
                    "processInstanceId", instance.getId()));
        } finally {
            identityService.clearAuthentication();
        }
    }

    @GetMapping("/api/cycles/{businessKey}")
    public ResponseEntity<CycleRepository.Cycle> get(@PathVariable String businessKey) {
        return cycles.find(businessKey).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    /** The units' recorded calibrations, with each unit's justification where it stays off its curve. */
    @GetMapping("/api/cycles/{businessKey}/calibrations")
    public ResponseEntity<List<CycleRepository.Calibration>> calibrations(@PathVariable String businessKey) {
        if (cycles.find(businessKey).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(cycles.calibrations(businessKey));
    }

    @ExceptionHandler(FormValidation.class)
    ResponseEntity<Map<String, String>> invalid(FormValidation e) {
        return ResponseEntity.badRequest().body(Map.of("field", String.valueOf(e.getDetail().toString()),
                "message", e.getMessage()));
    }
}
