package id.jenjang.notification;

import id.jenjang.support.JenjangPostgresTest;

/**
 * {@link MailDeliveryFaults} on PostgreSQL. The failing "sent" record is a PL/pgSQL trigger on mail_outbox,
 * installed by the test and dropped after it.
 */
@JenjangPostgresTest
class MailDeliveryFaultsPostgresIT extends MailDeliveryFaults {

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
}
