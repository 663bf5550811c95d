package id.jenjang.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained log of every decision on a promotion case (domain rules §3 "Transparency").
 * Each entry carries the hash of the one before, so an entry changed or removed in the database afterwards no
 * longer verifies. Steps of the promotion process call {@link #append} inside the engine's transaction: the
 * entry is written if and only if the step's decision is.
 */
@Service
public class PromotionAuditLog {

    private static final String COLUMNS = "process_instance_id, seq, occurred_at, step, actor, decision, reason,"
            + " payload, prev_hash, hash";

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Sorted keys: the stored text of a payload does not depend on the map class the caller used. */
    private final ObjectMapper payloadJson;

    public PromotionAuditLog(JdbcClient jdbc, Clock clock, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.payloadJson = objectMapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /**
     * Appends a decision to the case's chain and returns it as stored. Joins the caller's transaction (the
     * engine's, in a delegate); alone it runs in its own.
     *
     * @param step one of {@link PromotionStep}
     * @param actor the login that decided (a NIP, {@code walikota}, ...); shown masked on the public board
     * @param reason may be null (stored as "")
     * @param payload details that belong to the decision (vote counts, eligibility criteria); may be null
     * @throws IllegalArgumentException for an unknown step or a missing actor or decision
     * @throws IllegalStateException when the case does not exist
     */
    @Transactional
    public AuditEntry append(String processInstanceId, String step, String actor, String decision, String reason,
            Map<String, Object> payload) {
        Objects.requireNonNull(processInstanceId, "processInstanceId");
        if (PromotionStep.of(step).isEmpty()) {
            throw new IllegalArgumentException("Unknown promotion step '" + step + "'; see PromotionStep");
        }
        if (actor == null || actor.isBlank() || decision == null || decision.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an actor and a decision");
        }
        // Taking the next seq by updating the case row locks it until the caller's transaction ends: a second
        // append to the same case waits here and then sees this one's seq and hash, so the chain cannot fork.
        // (An UPDATE rather than SELECT ... FOR UPDATE: both databases then read the latest committed row.)
        int locked = jdbc.sql("UPDATE promotion_case SET audit_seq = audit_seq + 1 WHERE process_instance_id = ?")
                .param(processInstanceId).update();
        if (locked != 1) {
            throw new IllegalStateException("No promotion case " + processInstanceId + ": create it first");
        }
        Map<String, Object> head = jdbc.sql("SELECT audit_seq, audit_head FROM promotion_case"
                + " WHERE process_instance_id = ?").param(processInstanceId).query().singleRow();
        int seq = ((Number) head.get("AUDIT_SEQ")).intValue();
        String prevHash = head.get("AUDIT_HEAD") == null ? AuditChain.GENESIS : (String) head.get("AUDIT_HEAD");
        // milliseconds: what every database keeps of a timestamp, so the hashed time is the time read back
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String payloadText = toJson(payload);
        String reasonText = reason == null ? "" : reason;
        String hash = AuditChain.hash(processInstanceId, seq, occurredAt, step, actor, decision, reasonText,
                payloadText, prevHash);
        jdbc.sql("INSERT INTO promotion_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(processInstanceId, seq, PromotionCaseRepository.utc(occurredAt), step, actor, decision,
                        reasonText, payloadText, prevHash, hash)
                .update();
        jdbc.sql("UPDATE promotion_case SET audit_head = ? WHERE process_instance_id = ?")
                .params(hash, processInstanceId).update();
        return new AuditEntry(processInstanceId, seq, occurredAt, step, actor, decision, reasonText, payloadText,
                prevHash, hash);
    }

    /** The case's entries in chain order, as stored (not checked: see {@link #verify}). */
    public List<AuditEntry> entries(String processInstanceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM promotion_audit WHERE process_instance_id = ? ORDER BY seq")
                .param(processInstanceId).query(PromotionAuditLog::entry).list();
    }

    /**
     * Recomputes every hash and link of the case's chain and compares its end with the head the case recorded.
     *
     * @throws IllegalArgumentException when the case does not exist
     */
    public ChainVerification verify(String processInstanceId) {
        return chain(processInstanceId).verification();
    }

    /**
     * The case's entries and their verification. Head and entries come from one statement: read apart, an
     * append committed in between would make a sound chain look cut off or overlong.
     *
     * @throws IllegalArgumentException when the case does not exist
     */
    public VerifiedChain chain(String processInstanceId) {
        VerifiedChain chain = chains(" WHERE c.process_instance_id = ?", processInstanceId).get(processInstanceId);
        if (chain == null) {
            throw new IllegalArgumentException("No promotion case " + processInstanceId);
        }
        return chain;
    }

    /** The chains of every public case, by process instance id (the public board shows them all at once). */
    public Map<String, VerifiedChain> chainsOfPublicCases() {
        return chains(" WHERE " + PromotionCaseRepository.IS_PUBLIC);
    }

    private Map<String, VerifiedChain> chains(String where, Object... params) {
        record Row(String caseId, int headSeq, String headHash, AuditEntry entry) {
        }
        List<Row> rows = jdbc.sql("SELECT c.process_instance_id AS case_id, c.audit_seq, c.audit_head,"
                        + " a.process_instance_id, a.seq, a.occurred_at, a.step, a.actor, a.decision, a.reason,"
                        + " a.payload, a.prev_hash, a.hash FROM promotion_case c LEFT JOIN promotion_audit a"
                        + " ON a.process_instance_id = c.process_instance_id" + where
                        + " ORDER BY c.process_instance_id, a.seq")
                .params(params)
                .query((rs, i) -> new Row(rs.getString("case_id"), rs.getInt("audit_seq"), rs.getString("audit_head"),
                        rs.getObject("seq") == null ? null : entry(rs, i)))
                .list();
        Map<String, List<Row>> byCase = new LinkedHashMap<>();
        rows.forEach(r -> byCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r));
        Map<String, VerifiedChain> chains = new LinkedHashMap<>();
        byCase.forEach((caseId, caseRows) -> {
            List<AuditEntry> entries = caseRows.stream().map(Row::entry).filter(Objects::nonNull).toList();
            Row head = caseRows.get(0);
            chains.put(caseId, new VerifiedChain(entries,
                    AuditChain.verify(entries, head.headSeq(), head.headHash())));
        });
        return chains;
    }

    private String toJson(Map<String, Object> payload) {
        try {
            return payloadJson.writeValueAsString(payload == null ? Map.of() : payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The audit payload is not JSON-serialisable: " + e.getMessage(), e);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getString("process_instance_id"), rs.getInt("seq"),
                PromotionCaseRepository.instant(rs, "occurred_at"), rs.getString("step"), rs.getString("actor"),
                rs.getString("decision"), rs.getString("reason"), rs.getString("payload"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
