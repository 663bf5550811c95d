package id.jenjang.promotion;

import id.jenjang.rules.DecisionVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * promotion_case: one row per promotion process instance, written by the process's steps in the engine's
 * transaction. A case must exist before its first audit entry (the log locks this row to append).
 */
@Repository
public class PromotionCaseRepository {

    private static final String COLUMNS = "c.process_instance_id, c.business_key, c.nip, e.nama, c.promotion_type,"
            + " c.target, c.status, c.announced, c.announced_at, c.objection_window_ends, c.sk_number, c.sk_date,"
            + " c.created_at, c.audit_seq, c.audit_head, c.decided_at, c.decree_decision_key,"
            + " c.decree_decision_version, c.decree_version_tag";
    private static final String FROM = " FROM promotion_case c LEFT JOIN employee e ON e.nip = c.nip";
    /**
     * The one definition of a public case in SQL, for promotion_case aliased {@code c}; the same rule as
     * {@link PromotionCase#isPublic()}. Both flags only ever go from unset to set, so a case never leaves the board.
     */
    static final String IS_PUBLIC = "(c.announced OR c.decided_at IS NOT NULL)";

    private final JdbcClient jdbc;
    private final Clock clock;

    public PromotionCaseRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Registers a new case, status {@link PromotionStatus#NOMINATED}, not announced, holding its business key as
     * open key: the unique constraint on open_key is what keeps one open case per candidate and target, whatever
     * the concurrency (a second open case for the key fails here with a DuplicateKeyException).
     */
    public void create(String processInstanceId, String businessKey, String nip, String promotionType,
            String target) {
        jdbc.sql("INSERT INTO promotion_case (process_instance_id, business_key, open_key, nip, promotion_type, target,"
                        + " status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(processInstanceId, businessKey, businessKey, nip, promotionType, target,
                        PromotionStatus.NOMINATED.name(), utc(clock.instant()))
                .update();
    }

    /** The case that holds {@code businessKey} open, if any. */
    public Optional<String> openCase(String businessKey) {
        return jdbc.sql("SELECT process_instance_id FROM promotion_case WHERE open_key = ?").param(businessKey)
                .query(String.class).optional();
    }

    /**
     * Frees the key of a case whose process no longer runs (deleted in Cockpit, say), so the candidate can be
     * nominated again; the case row and its trail stay.
     */
    public void releaseOpenKey(String processInstanceId) {
        jdbc.sql("UPDATE promotion_case SET open_key = NULL WHERE process_instance_id = ?").param(processInstanceId)
                .update();
    }

    public void updateStatus(String processInstanceId, PromotionStatus status) {
        updateOne(jdbc.sql("UPDATE promotion_case SET status = ? WHERE process_instance_id = ?")
                .params(status.name(), processInstanceId).update(), processInstanceId);
    }

    /**
     * Puts the case on the public board (from now on it and its whole log are public) until the objection window
     * ends; again after a sustained objection led to a new approval, with the new window.
     */
    public void markAnnounced(String processInstanceId, Instant objectionWindowEnds) {
        updateOne(jdbc.sql("UPDATE promotion_case SET announced = TRUE, announced_at = ?, objection_window_ends = ?,"
                        + " status = ? WHERE process_instance_id = ?")
                .params(utc(clock.instant()), utc(objectionWindowEnds), PromotionStatus.ANNOUNCED.name(),
                        processInstanceId)
                .update(), processInstanceId);
    }

    /**
     * The case ends without promotion (rejected, not eligible): from now on it and its whole log are public, the
     * candidate named by initials only (ADR 0005).
     *
     * @throws IllegalArgumentException for a status that is not such an ending
     */
    public void markEnded(String processInstanceId, PromotionStatus outcome) {
        if (!outcome.endedWithoutPromotion()) {
            throw new IllegalArgumentException(outcome + " does not end a case without promotion");
        }
        updateOne(jdbc.sql("UPDATE promotion_case SET status = ?, decided_at = ?, open_key = NULL"
                        + " WHERE process_instance_id = ?")
                .params(outcome.name(), utc(clock.instant()), processInstanceId).update(), processInstanceId);
    }

    /** The KP period the case was judged for (V10); the decree's TMT golongan. */
    public void recordKpPeriod(String processInstanceId, LocalDate period) {
        updateOne(jdbc.sql("UPDATE promotion_case SET kp_period = ? WHERE process_instance_id = ?")
                .params(period, processInstanceId).update(), processInstanceId);
    }

    /** Empty for a case judged before the period was recorded. */
    public Optional<LocalDate> kpPeriod(String processInstanceId) {
        return jdbc.sql("SELECT kp_period FROM promotion_case WHERE process_instance_id = ?").param(processInstanceId)
                .query((rs, i) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate()).optional();
    }

    /**
     * @param rule the promotion-eligibility version that judged the case, from its trail (V13); null for a case
     *             judged before versions were recorded
     */
    public void recordDecree(String processInstanceId, String skNumber, LocalDate skDate, DecisionVersion rule) {
        updateOne(jdbc.sql("UPDATE promotion_case SET sk_number = ?, sk_date = ?, status = ?, decided_at = ?,"
                        + " open_key = NULL, decree_decision_key = ?, decree_decision_version = ?,"
                        + " decree_version_tag = ? WHERE process_instance_id = ?")
                .params(skNumber, skDate, PromotionStatus.DECREED.name(), utc(clock.instant()),
                        rule == null ? null : rule.decisionKey(), rule == null ? null : rule.decisionVersion(),
                        rule == null ? null : rule.versionTag(), processInstanceId)
                .update(), processInstanceId);
    }

    /**
     * The end of the case's objection window as recorded at its (last) announcement: what the window's timer is
     * set from, whatever an {@code objectionWindowEnds} variable says.
     */
    public java.util.Date objectionWindowEnds(String processInstanceId) {
        Instant ends = find(processInstanceId).map(PromotionCase::objectionWindowEnds).orElseThrow(
                () -> new IllegalStateException("No announced promotion case " + processInstanceId));
        return java.util.Date.from(ends);
    }

    public Optional<PromotionCase> find(String processInstanceId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.process_instance_id = ?").param(processInstanceId)
                .query(PromotionCaseRepository::promotionCase).optional();
    }

    /**
     * The cases on the public board, announced or decided, the latest public event first: the decision, else the
     * announcement (a decision always comes after the announcement it follows).
     */
    public List<PromotionCase> listPublic() {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE " + IS_PUBLIC
                + " ORDER BY COALESCE(c.decided_at, c.announced_at) DESC, c.process_instance_id")
                .query(PromotionCaseRepository::promotionCase).list();
    }

    private static void updateOne(int rows, String processInstanceId) {
        if (rows != 1) {
            throw new IllegalStateException("No promotion case " + processInstanceId);
        }
    }

    /** With an explicit offset: PostgreSQL and H2 store TIMESTAMP WITH TIME ZONE the same way from it. */
    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static PromotionCase promotionCase(ResultSet rs, int row) throws SQLException {
        return new PromotionCase(rs.getString("process_instance_id"), rs.getString("business_key"),
                rs.getString("nip"), rs.getString("nama"), rs.getString("promotion_type"), rs.getString("target"),
                rs.getString("status"), rs.getBoolean("announced"), instant(rs, "announced_at"),
                instant(rs, "objection_window_ends"), rs.getString("sk_number"),
                rs.getObject("sk_date", LocalDate.class), instant(rs, "created_at"), rs.getInt("audit_seq"),
                rs.getString("audit_head"), instant(rs, "decided_at"), decreeRule(rs));
    }

    private static DecisionVersion decreeRule(ResultSet rs) throws SQLException {
        String key = rs.getString("decree_decision_key");
        return key == null ? null : new DecisionVersion(key, rs.getInt("decree_decision_version"),
                rs.getString("decree_version_tag"));
    }
}
