package id.jenjang.system;

import id.jenjang.promotion.PromotionAuditLog;
import id.jenjang.promotion.PromotionCaseRepository;
import id.jenjang.promotion.PromotionStep;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The trail of administrators' repairs of a running case's variables (the only way left to change them, see
 * RestSurfaceGuard). A promotion case records it in its own hash-chained audit, so the public board's chain
 * shows it; every other case in {@code case_repair}. Camunda's user operation log records the change as well.
 * Written in the transaction of the repair itself: no repair without its record.
 */
@Repository
public class CaseRepairLog {

    /** One recorded repair. */
    public record Repair(String actor, String processInstanceId, String businessKey, String operation,
            List<String> variables) {
    }

    private static final int MAX_NAMES = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PromotionAuditLog promotionAudit;
    private final PromotionCaseRepository promotionCases;

    public CaseRepairLog(JdbcClient jdbc, Clock clock, PromotionAuditLog promotionAudit,
            PromotionCaseRepository promotionCases) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.promotionAudit = promotionAudit;
        this.promotionCases = promotionCases;
    }

    public void record(String actor, String processInstanceId, String businessKey, String operation,
            Collection<String> variables) {
        String names = String.join(", ", variables);
        if (promotionCases.find(processInstanceId).isPresent()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("operation", operation);
            payload.put("variables", List.copyOf(variables));
            promotionAudit.append(processInstanceId, PromotionStep.REPAIR.name(), actor, "Variabel proses diubah",
                    "Variabel: " + names, payload);
            return;
        }
        jdbc.sql("INSERT INTO case_repair (repaired_at, actor, process_instance_id, business_key, operation, variables)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(clock.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC), actor,
                        processInstanceId, businessKey, operation,
                        names.length() > MAX_NAMES ? names.substring(0, MAX_NAMES) : names)
                .update();
    }

    /** The repairs recorded in {@code case_repair} for an instance, oldest first (promotions: see their audit). */
    public List<Repair> repairsOf(String processInstanceId) {
        return jdbc.sql("SELECT actor, process_instance_id, business_key, operation, variables FROM case_repair"
                        + " WHERE process_instance_id = ? ORDER BY id")
                .param(processInstanceId)
                .query((rs, n) -> new Repair(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        List.of(rs.getString(5).split(", "))))
                .list();
    }
}
