package id.jenjang.notification;

import id.jenjang.support.JenjangSpringTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.h2.api.Trigger;

/**
 * {@link MailDeliveryFaults} on H2, in the shared application context of {@code ./mvnw verify}. The failing
 * "sent" record is an H2 trigger (this class's {@link SentRecordFault}) on mail_outbox, installed by the test
 * and dropped after it: the production code runs unchanged.
 */
@JenjangSpringTest
class MailDeliveryFaultsTest extends MailDeliveryFaults {

    @Override
    void failSentRecordOf(String recipient) {
        SentRecordFault.recipient = recipient;
        jdbc.execute("CREATE TRIGGER IF NOT EXISTS mail_sent_record_fault BEFORE UPDATE ON mail_outbox FOR EACH ROW"
                + " CALL '" + SentRecordFault.class.getName() + "'");
    }

    @Override
    void stopFailingSentRecords() {
        jdbc.execute("DROP TRIGGER IF EXISTS mail_sent_record_fault");
        SentRecordFault.recipient = null;
    }

    /** Refuses to record the chosen recipient's mail as sent, as a database gone right after the 250 would. */
    public static class SentRecordFault implements Trigger {

        static volatile String recipient;
        private final Map<String, Integer> columns = new HashMap<>();

        @Override
        public void init(Connection connection, String schema, String trigger, String table, boolean before,
                int type) throws SQLException {
            try (ResultSet rs = connection.getMetaData().getColumns(null, schema, table, null)) {
                while (rs.next()) {
                    columns.put(rs.getString("COLUMN_NAME").toLowerCase(), rs.getInt("ORDINAL_POSITION") - 1);
                }
            }
        }

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            String target = recipient;
            boolean recordingSent = oldRow[columns.get("sent_at")] == null && newRow[columns.get("sent_at")] != null;
            if (target != null && recordingSent && target.equals(newRow[columns.get("recipient")])) {
                throw new SQLException("injected fault: the database went away while recording mail "
                        + newRow[columns.get("id")] + " as sent", "08006");
            }
        }
    }
}
