package id.jenjang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.JenjangPostgresTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * {@link MailDeliveryFaults} on PostgreSQL, and the database's connections cut while a batch is being sent. The
 * failing "sent" record is a PL/pgSQL trigger on mail_outbox, installed by the test and dropped after it; the
 * cuts are {@code pg_terminate_backend} on this database's backends (never the server), from a connection of
 * the test's own.
 */
@JenjangPostgresTest
class MailDeliveryFaultsPostgresIT extends MailDeliveryFaults {

    @Autowired
    DataSourceProperties dataSource;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Override
    void failSentRecordOf(String recipient) {
        if (!recipient.matches("\\d{18}")) {
            throw new IllegalArgumentException(recipient);
        }
        jdbc.execute("CREATE OR REPLACE FUNCTION jenjang_test_sent_record_fault() RETURNS trigger AS $$ BEGIN"
                + " IF OLD.sent_at IS NULL AND NEW.sent_at IS NOT NULL AND NEW.recipient = '" + recipient + "' THEN"
                + " RAISE EXCEPTION 'injected fault: the database went away while recording mail % as sent',"
                + " NEW.id; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
        jdbc.execute("DROP TRIGGER IF EXISTS jenjang_test_sent_record_fault ON mail_outbox");
        jdbc.execute("CREATE TRIGGER jenjang_test_sent_record_fault BEFORE UPDATE ON mail_outbox FOR EACH ROW"
                + " EXECUTE FUNCTION jenjang_test_sent_record_fault()");
    }

    @Override
    void stopFailingSentRecords() {
        jdbc.execute("DROP TRIGGER IF EXISTS jenjang_test_sent_record_fault ON mail_outbox");
    }

    @Test
    void cuttingTheOutboxConnectionsWhileABatchIsSentSendsNoMailTwice() throws Exception {
        List<String> staff = staff("CUT", 300);
        List<String> cuts = new ArrayList<>();
        try (Connection control = control()) {
            String batch = requestMail(staff);
            for (int after : new int[] {40, 100, 160, 220}) {
                await(after + " mails of the batch arrived", Duration.ofSeconds(120), () -> arrived(batch) >= after);
                cuts.add(arrived(batch) + " arrived: " + terminate(control, "application_name = '"
                        + OutboxCommits.POOL_NAME + "'") + " cut");
            }
            awaitSent(batch, Duration.ofSeconds(120));

            List<Row> rows = rows(batch);
            Map<String, Long> delivered = delivered(rows);
            report("outbox connections cut during a batch of %d (%s): lost %d, duplicated %d", rows.size(), cuts,
                    lost(rows, delivered), duplicates(delivered));
            assertThat(lost(rows, delivered)).as("no mail lost").isZero();
            assertThat(duplicates(delivered)).as("a record of \"sent\" cut off is retried, not the mail")
                    .isZero();
            assertThat(delivered).isEqualTo(expected(rows, Map.of()));
            assertThat(incidents(batch)).isEmpty();
        }
    }

    @Test
    void cuttingEveryConnectionOfTheDatabaseWhileABatchIsSentLosesNoMail() throws Exception {
        List<String> staff = staff("CUTALL", 300);
        try (Connection control = control()) {
            String batch = requestMail(staff);
            await("100 mails of the batch arrived", Duration.ofSeconds(120), () -> arrived(batch) >= 100);
            int arrivedAtCut = (int) arrived(batch);
            int cut = terminate(control, "TRUE");
            Instant cutAt = Instant.now();
            // a sending job whose failure could not be recorded (every pooled connection was dead) waits for its
            // job lock to expire before the engine runs it again: recovery is bounded by the lock time
            long lockMillis = engine.getJobExecutor().getLockTimeInMillis();
            awaitSent(batch, Duration.ofMillis(lockMillis).plusMinutes(2));
            Duration recovered = Duration.between(cutAt, Instant.now());

            List<Row> rows = rows(batch);
            Map<String, Long> delivered = delivered(rows);
            report("every connection (%d) cut after %d of %d mails: lost %d, duplicated %d, all recorded %d ms"
                    + " after the cut (job lock %d ms)", cut, arrivedAtCut, rows.size(), lost(rows, delivered),
                    duplicates(delivered), recovered.toMillis(), lockMillis);
            assertThat(lost(rows, delivered)).as("no mail lost").isZero();
            assertThat(rows).allMatch(r -> r.sentAt() != null);
            assertThat(delivered.values()).as("at most the one mail in doubt twice").allMatch(n -> n <= 2);
            assertThat(duplicates(delivered)).as("at most one duplicate for the cut").isLessThanOrEqualTo(1);
            assertThat(incidents(batch)).isEmpty();
        }
    }

    private Connection control() throws Exception {
        return DriverManager.getConnection(dataSource.getUrl(), dataSource.getUsername(), dataSource.getPassword());
    }

    private static long lost(List<Row> rows, Map<String, Long> delivered) {
        return rows.stream().filter(r -> !delivered.containsKey(r.messageId())).count();
    }

    private static long duplicates(Map<String, Long> delivered) {
        return delivered.values().stream().mapToLong(n -> n - 1).sum();
    }

    /** Mails of the batch the relay received so far (their Message-IDs name the batch). */
    private long arrived(String batch) {
        return Arrays.stream(server.greenMail().getReceivedMessages()).map(MailDeliveryFaults::messageId)
                .filter(id -> id != null && id.endsWith("." + batch + "@kotacontoh.go.id>")).count();
    }

    /** Cuts this database's connections matching the condition, except the test's own control connection. */
    private static int terminate(Connection control, String condition) throws Exception {
        try (Statement sql = control.createStatement(); ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM"
                + " (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND " + condition + ") cut")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
