package id.jenjang.rules;

import id.jenjang.employee.Groups;
import id.jenjang.promotion.EligibilityReplay;
import id.jenjang.system.Caller;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/rules/replay} (BKPSDM only): a decision for one employee and date under the rule version in
 * force on that date and under the latest deployed one, side by side. Nothing is written: an old case is
 * re-checked against the rule of its time without touching its record or its trail.
 */
@RestController
public class RulesReplayController {

    static final String PROMOTION_ELIGIBILITY = "promotion-eligibility";

    private final EligibilityReplay eligibility;

    public RulesReplayController(EligibilityReplay eligibility) {
        this.eligibility = eligibility;
    }

    @GetMapping("/api/rules/replay")
    public Map<String, Object> replay(@RequestParam String decision, @RequestParam String nip,
            @RequestParam String date, @RequestParam(required = false) String promotionType,
            @RequestParam(required = false) String target, Authentication authentication) {
        if (!Caller.of(authentication).groups().contains(Groups.BKPSDM)) {
            throw new AccessDeniedException("Hanya BKPSDM yang boleh menguji ulang keputusan dengan aturan lama");
        }
        if (!PROMOTION_ELIGIBILITY.equals(decision)) {
            throw new IllegalArgumentException("decision: hanya " + PROMOTION_ELIGIBILITY
                    + " yang dapat diuji ulang saat ini");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date: tanggal '" + date + "' tidak sah; tulis yyyy-mm-dd");
        }
        EligibilityReplay.Replay replay = eligibility.replay(nip, promotionType, target, day);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("date", day.toString());
        body.put("nip", nip);
        body.put("inForce", replay.inForce());
        body.put("latest", replay.latest());
        body.put("differences", replay.differences());
        return body;
    }

    /** Unknown employee, type, target or date, or no rule in force on the date: the caller's 400, in words. */
    @ExceptionHandler({IllegalArgumentException.class, RuleNotInForce.class})
    ResponseEntity<Map<String, String>> refused(RuntimeException e) {
        return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
    }
}
