package id.jenjang.notification;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The mail_outbox table: mail asked for, grouped in batches, each row handed to the relay on its own. Requests
 * are written in the caller's transaction; the handover marks ({@link #take}, {@link #markSent},
 * {@link #markSentAndTake}) commit on their own ({@link OutboxCommits}) so that what the relay was given is
 * recorded whatever the sending job's transaction does, and they keep trying for {@code record-retry} while the
 * database is away.
 */
@Repository
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    /** A mail as asked for. */
    public record Request(String recipient, String template, String params) {
    }

    /**
     * A mail not sent yet. {@code messageId} is null until its first handover; {@code handovers} above zero with
     * a {@code handoverAt} means an earlier attempt took it and never recorded the relay's answer.
     */
    public record Pending(long id, String recipient, String template, String params, String messageId,
            int handovers, Instant handoverAt) {
    }

    /** Rows of a batch by state. */
    public record Counts(int sent, int pending) {
    }

    private static final String TAKE = "UPDATE mail_outbox SET handover_attempt = ?, handover_at = ?,"
            + " handovers = handovers + 1, message_id = COALESCE(message_id, ?) WHERE id = ? AND sent_at IS NULL"
            + " AND (handover_at IS NULL OR handover_at < ? OR handover_attempt = ?)";
    private static final String MARK_SENT = "UPDATE mail_outbox SET sent_at = ?, sent_to = ? WHERE id = ?"
            + " AND sent_at IS NULL";

    private final JdbcTemplate jdbc;
    private final OutboxCommits own;
    private final Clock clock;
    private final Duration recordRetry;

    public MailOutbox(JdbcTemplate jdbc, OutboxCommits commits, Clock clock, MailSettings settings) {
        this.jdbc = jdbc;
        this.own = commits;
        this.clock = clock;
        this.recordRetry = settings.recordRetry();
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

    /**
     * Up to {@code limit} unsent mails of a batch that no attempt holds since {@code leaseCutoff}. Mails never
     * tried come first, so a few the relay keeps refusing do not hold back the rest of the batch.
     */
    public List<Pending> sendable(String batchId, Instant leaseCutoff, int limit) {
        return jdbc.query("SELECT id, recipient, template, params, message_id, handovers, handover_at"
                + " FROM mail_outbox WHERE batch_id = ? AND sent_at IS NULL"
                + " AND (handover_at IS NULL OR handover_at < ?) ORDER BY handovers, id FETCH FIRST " + limit
                + " ROWS ONLY", (rs, i) -> {
                    Timestamp at = rs.getTimestamp("handover_at");
                    return new Pending(rs.getLong("id"), rs.getString("recipient"), rs.getString("template"),
                            rs.getString("params"), rs.getString("message_id"), rs.getInt("handovers"),
                            at == null ? null : at.toInstant());
                }, batchId, Timestamp.from(leaseCutoff));
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

    /** When the earliest hold another attempt has on an unsent mail of the batch began (since the cutoff). */
    public Optional<Instant> earliestHold(String batchId, Instant leaseCutoff) {
        Timestamp at = jdbc.queryForObject("SELECT MIN(handover_at) FROM mail_outbox WHERE batch_id = ?"
                + " AND sent_at IS NULL AND handover_at >= ?", Timestamp.class, batchId, Timestamp.from(leaseCutoff));
        return Optional.ofNullable(at).map(Timestamp::toInstant);
    }

    public Counts counts(String batchId) {
        return jdbc.queryForObject("SELECT COUNT(sent_at) AS sent, COUNT(*) - COUNT(sent_at) AS pending"
                + " FROM mail_outbox WHERE batch_id = ?", (rs, i) -> new Counts(rs.getInt("sent"),
                        rs.getInt("pending")), batchId);
    }

    /**
     * Takes a mail for handing over, committed before it leaves: false when it was sent meanwhile or another
     * attempt holds it since {@code leaseCutoff}. The same attempt may take it again (a retried take whose
     * commit was lost with the connection). Fixes the Message-ID at the first take.
     */
    public boolean take(long id, String attempt, String messageId, Instant leaseCutoff) {
        Timestamp now = Timestamp.from(clock.instant());
        return committed("take mail " + id, () -> own.update(TAKE, attempt, now, messageId, id,
                Timestamp.from(leaseCutoff), attempt)) == 1;
    }

    /**
     * Records one mail as sent and takes the next for its handover in the same commit: one commit per mail
     * instead of two, the order unchanged (the record follows its 250, the take precedes the next mail). Whether
     * the next was taken.
     */
    public boolean markSentAndTake(long sentId, String sentTo, long nextId, String attempt, String nextMessageId,
            Instant leaseCutoff) {
        Timestamp now = Timestamp.from(clock.instant());
        return committed("record mail " + sentId + " as sent and take mail " + nextId,
                () -> own.inOneCommit(MARK_SENT + "; " + TAKE, connection -> {
                    try (PreparedStatement sent = OutboxCommits.prepare(connection, MARK_SENT, now, sentTo, sentId);
                            PreparedStatement take = OutboxCommits.prepare(connection, TAKE, attempt, now,
                                    nextMessageId, nextId, Timestamp.from(leaseCutoff), attempt)) {
                        sent.executeUpdate();
                        return take.executeUpdate() == 1;
                    }
                }));
    }

    /**
     * Gives a mail back that this attempt took and the relay did not take (refused, connection lost before the
     * hand-over began): the next attempt may try it at once. Best effort: if it fails, the hold simply expires.
     */
    public void release(long id, String attempt) {
        try {
            own.update("UPDATE mail_outbox SET handover_at = NULL WHERE id = ? AND handover_attempt = ?"
                    + " AND sent_at IS NULL", id, attempt);
        } catch (DataAccessException e) {
            log.warn("Mail {}: could not give it back after a failed handover ({}); it waits for its lease", id,
                    e.getMessage());
        }
    }

    /** Records that the relay accepted the mail (or that it can never leave: sentTo "-"), committed at once. */
    public void markSent(long id, String sentTo) {
        Timestamp now = Timestamp.from(clock.instant());
        committed("record mail " + id + " as sent", () -> own.update(MARK_SENT, now, sentTo, id));
    }

    /**
     * Runs a statement of its own until it commits or {@code record-retry} has passed: a database cut of a few
     * seconds must not turn a mail the relay already accepted into one that is sent again. Constraint and
     * grammar errors are not the database being away: they fail at once.
     */
    private <T> T committed(String what, Supplier<T> statement) {
        Instant deadline = clock.instant().plus(recordRetry);
        long pause = 100;
        while (true) {
            try {
                return statement.get();
            } catch (DataIntegrityViolationException | BadSqlGrammarException e) {
                throw e;
            } catch (DataAccessException e) {
                if (!clock.instant().plusMillis(pause).isBefore(deadline)) {
                    throw e;
                }
                log.warn("Could not {} ({}); trying again in {} ms", what, e.getMessage(), pause);
                sleep(pause);
                pause = Math.min(pause * 2, 2_000);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording a mail handover", e);
        }
    }
}
