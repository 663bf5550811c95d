package id.jenjang.promotion;

import id.jenjang.system.Caller;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any logged-in employee may object to an announced promotion while its window is open. The objection goes on
 * the public trail (the objector's NIP masked there) and wakes the case for BKPSDM's review.
 */
@RestController
public class ObjectionController {

    public record Objection(String reason) {
    }

    private final RuntimeService runtimeService;
    private final PromotionCaseRepository cases;
    private final PromotionAuditLog audit;
    private final Clock clock;

    public ObjectionController(RuntimeService runtimeService, PromotionCaseRepository cases, PromotionAuditLog audit,
            Clock clock) {
        this.runtimeService = runtimeService;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/api/promotions/{processInstanceId}/objections")
    public ResponseEntity<Map<String, String>> object(@PathVariable String processInstanceId,
            @RequestBody(required = false) Objection objection, Authentication authentication) {
        if (objection == null || objection.reason() == null || objection.reason().isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("field", "reason", "message", "reason: wajib diisi"));
        }
        if (objection.reason().length() > 4000) {
            return ResponseEntity.badRequest().body(Map.of("field", "reason", "message",
                    "reason: paling banyak 4000 karakter"));
        }
        var waiting = runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(PromotionProcess.Messages.OBJECTION).singleResult();
        if (waiting == null) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message",
                    "Tidak ada masa sanggah yang sedang berjalan untuk kasus ini"));
        }
        String objector = Caller.of(authentication).id();
        audit.append(processInstanceId, PromotionStep.OBJECTION.name(), objector, "Sanggahan diajukan",
                objection.reason().trim(), Map.of());
        cases.updateStatus(processInstanceId, PromotionStatus.OBJECTION);
        runtimeService.createMessageCorrelation(PromotionProcess.Messages.OBJECTION)
                .processInstanceId(processInstanceId)
                .setVariable(PromotionProcess.Variables.OBJECTION_REASON.name(), objection.reason().trim())
                .setVariable(PromotionProcess.Variables.OBJECTOR.name(), objector)
                // a new objection starts from an empty review form
                .setVariable(PromotionProcess.Variables.OBJECTION_OUTCOME.name(), null)
                .setVariable(PromotionProcess.Variables.OBJECTION_NOTE.name(), null)
                .correlate();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("message", "Sanggahan diterima untuk diperiksa"
                + " BKPSDM"));
    }
}
