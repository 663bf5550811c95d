package id.jenjang.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The mail_outbox table: mail asked for, grouped in batches, each row marked when it has left. */
@Repository
public class MailOutbox {

    /** A mail as asked for. */
    public record Request(String recipient, String template, String params) {
    }

    /** A mail not sent yet. */
    public record Pending(long id, String recipient, String template, String params) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public MailOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes a batch in the caller's transaction, so the rows exist exactly when the step commits. */
    public void insert(String batchId, List<Request> requests) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("INSERT INTO mail_outbox (batch_id, recipient, template, params, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", requests, 500, (ps, r) -> {
                    ps.setString(1, batchId);
                    ps.setString(2, r.recipient());
                    ps.setString(3, r.template());
                    ps.setString(4, r.params());
                    ps.setTimestamp(5, now);
                });
    }

    /** The first {@code limit} unsent mails of a batch. */
    public List<Pending> unsent(String batchId, int limit) {
        return jdbc.query("SELECT id, recipient, template, params FROM mail_outbox WHERE batch_id = ?"
                + " AND sent_at IS NULL ORDER BY id FETCH FIRST " + limit + " ROWS ONLY",
                (rs, i) -> new Pending(rs.getLong("id"), rs.getString("recipient"), rs.getString("template"),
                        rs.getString("params")), batchId);
    }

    /** All mail not sent yet, and when the oldest of it was asked for (null when there is none). */
    public record Backlog(long unsent, java.time.Instant oldestCreatedAt) {
    }

    /**
     * The whole backlog in one query, for monitoring. It reads every row (sent_at has no index: most rows are
     * sent and a partial index needs a migration), so it runs in the background every few seconds, never per
     * scrape or probe (see system.monitoring.OperationsMetrics).
     */
    public Backlog backlog() {
        return jdbc.queryForObject("SELECT COUNT(*), MIN(created_at) FROM mail_outbox WHERE sent_at IS NULL",
                (rs, i) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Backlog(rs.getLong(1), oldest == null ? null : oldest.toInstant());
                });
    }

    public int countUnsent(String batchId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE batch_id = ? AND sent_at IS NULL",
                Integer.class, batchId);
        return count == null ? 0 : count;
    }

    /** Marks mails as sent, in the sending job's transaction. */
    public void markSent(Map<Long, String> sentToById) {
        if (sentToById.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Map.Entry<Long, String>> rows = List.copyOf(sentToById.entrySet());
        jdbc.batchUpdate("UPDATE mail_outbox SET sent_at = ?, sent_to = ? WHERE id = ?", rows, 500, (ps, row) -> {
            ps.setTimestamp(1, now);
            ps.setString(2, row.getValue());
            ps.setLong(3, row.getKey());
        });
    }
}
