package id.jenjang.faults;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts what a fault cost, from what the application stored (its tables and the engine's) and what the mail
 * relay received, independently of the application's own progress figures. "Lost" is something owed that does
 * not exist; "duplicated" is every copy beyond the first (a second row, a second process instance, a second
 * mail), and an instance without its record.
 */
final class Ledger {

    private static final String RUNNING_INSTANCES = "FROM ACT_RU_EXECUTION x JOIN ACT_RE_PROCDEF d"
            + " ON d.ID_ = x.PROC_DEF_ID_ WHERE x.ID_ = x.PROC_INST_ID_ AND d.KEY_ = ?";

    private Ledger() {
    }

    /** A cycle's appraisals: one row and one running {@code employee-appraisal} per employee with a supervisor. */
    record Appraisals(long expected, long rows, long withoutRow, long duplicateRows, long rowsWithoutInstance,
            long instances, long duplicateInstances, long instancesWithoutRow) {

        long lost() {
            return withoutRow + rowsWithoutInstance;
        }

        long duplicated() {
            return duplicateRows + duplicateInstances + instancesWithoutRow;
        }

        @Override
        public String toString() {
            return String.format("expected %d, rows %d, instances %d: lost %d (no row %d, row without instance %d),"
                    + " duplicated %d (rows %d, instances %d, instance without row %d)", expected, rows, instances,
                    lost(), withoutRow, rowsWithoutInstance, duplicated(), duplicateRows, duplicateInstances,
                    instancesWithoutRow);
        }
    }

    static Appraisals appraisals(FaultDatabase db, String period) throws SQLException {
        String keys = "%:" + period;
        return new Appraisals(
                db.count("SELECT COUNT(*) FROM employee WHERE nip_atasan IS NOT NULL AND aktif"),
                db.count("SELECT COUNT(*) FROM appraisal WHERE period = ?", period),
                db.count("SELECT COUNT(*) FROM employee e WHERE e.nip_atasan IS NOT NULL AND e.aktif AND NOT EXISTS"
                        + " (SELECT 1 FROM appraisal a WHERE a.nip = e.nip AND a.period = ?)", period),
                db.count("SELECT COUNT(*) - COUNT(DISTINCT nip) FROM appraisal WHERE period = ?", period),
                db.count("SELECT COUNT(*) FROM appraisal a WHERE a.period = ? AND NOT EXISTS (SELECT 1 FROM"
                        + " ACT_RU_EXECUTION x WHERE x.ID_ = a.process_instance_id AND x.ID_ = x.PROC_INST_ID_)",
                        period),
                db.count("SELECT COUNT(*) " + RUNNING_INSTANCES + " AND x.BUSINESS_KEY_ LIKE ?",
                        "employee-appraisal", keys),
                db.count("SELECT COUNT(*) - COUNT(DISTINCT x.BUSINESS_KEY_) " + RUNNING_INSTANCES
                        + " AND x.BUSINESS_KEY_ LIKE ?", "employee-appraisal", keys),
                db.count("SELECT COUNT(*) " + RUNNING_INSTANCES + " AND x.BUSINESS_KEY_ LIKE ? AND NOT EXISTS"
                        + " (SELECT 1 FROM appraisal a WHERE a.process_instance_id = x.ID_)", "employee-appraisal",
                        keys));
    }

    /** Promotion cases of one type: one case row and one running {@code promotion} per due employee, no other. */
    record Cases(long due, long rows, long instances, long lost, long duplicated, long unexpected) {

        @Override
        public String toString() {
            return String.format("due %d, case rows %d, running instances %d: lost %d, duplicated %d, for employees"
                    + " not due %d", due, rows, instances, lost, duplicated, unexpected);
        }
    }

    static Cases cases(FaultDatabase db, Map<String, String> targetByDueNip, String promotionType)
            throws SQLException {
        Map<String, Long> rowsByNip = db.counts("SELECT nip, COUNT(*) FROM promotion_case WHERE promotion_type = ?"
                + " GROUP BY nip", promotionType);
        Map<String, Long> instancesByKey = db.counts("SELECT x.BUSINESS_KEY_, COUNT(*) " + RUNNING_INSTANCES
                + " GROUP BY x.BUSINESS_KEY_", "promotion");
        long lost = 0;
        long duplicated = 0;
        long unexpected = 0;
        for (Map.Entry<String, String> due : targetByDueNip.entrySet()) {
            String key = due.getKey() + ":" + promotionType + ":" + due.getValue();
            if (!rowsByNip.containsKey(due.getKey()) || !instancesByKey.containsKey(key)) {
                lost++;
            }
        }
        for (Map.Entry<String, Long> row : rowsByNip.entrySet()) {
            duplicated += row.getValue() - 1;
            unexpected += targetByDueNip.containsKey(row.getKey()) ? 0 : 1;
        }
        for (Map.Entry<String, Long> instance : instancesByKey.entrySet()) {
            duplicated += instance.getValue() - 1;
            String nip = instance.getKey().substring(0, instance.getKey().indexOf(':'));
            unexpected += targetByDueNip.containsKey(nip) || rowsByNip.containsKey(nip) ? 0 : 1;
        }
        return new Cases(targetByDueNip.size(), rowsByNip.values().stream().mapToLong(Long::longValue).sum(),
                instancesByKey.values().stream().mapToLong(Long::longValue).sum(), lost, duplicated, unexpected);
    }

    /**
     * Mail: every outbox row received exactly once. A row is known at the relay by its recipient and its text
     * (each row's text is its own: the task's link is in it), and by the Message-ID the sender gave it;
     * "duplicated" counts copies of the same text and, separately, of the same Message-ID.
     */
    record Mails(long rows, long unsent, long received, long lost, long duplicated, long duplicatedByMessageId,
            long unexpected) {

        @Override
        public String toString() {
            return String.format("outbox rows %d (not marked sent %d), received %d: lost %d, duplicated %d (by"
                    + " Message-ID %d), received but not asked for %d", rows, unsent, received, lost, duplicated,
                    duplicatedByMessageId, unexpected);
        }
    }

    static Mails mails(FaultDatabase db, List<MailReceiver.Mail> received) throws SQLException {
        Map<String, Long> expectedByAddress = db.counts("SELECT COALESCE(e.email, o.recipient), COUNT(*)"
                + " FROM mail_outbox o LEFT JOIN employee e ON e.nip = o.recipient"
                + " WHERE o.sent_to IS NULL OR o.sent_to <> '-' GROUP BY COALESCE(e.email, o.recipient)");
        Map<String, Set<String>> contentsByAddress = new HashMap<>();
        Set<String> messageIds = new HashSet<>();
        for (MailReceiver.Mail mail : received) {
            contentsByAddress.computeIfAbsent(mail.to(), a -> new HashSet<>()).add(mail.content());
            messageIds.add(mail.messageId());
        }
        long distinctContents = contentsByAddress.values().stream().mapToLong(Set::size).sum();
        long lost = 0;
        long unexpected = 0;
        for (Map.Entry<String, Long> expected : expectedByAddress.entrySet()) {
            long got = contentsByAddress.getOrDefault(expected.getKey(), Set.of()).size();
            lost += Math.max(0, expected.getValue() - got);
            unexpected += Math.max(0, got - expected.getValue());
        }
        for (Map.Entry<String, Set<String>> got : contentsByAddress.entrySet()) {
            if (!expectedByAddress.containsKey(got.getKey())) {
                unexpected += got.getValue().size();
            }
        }
        return new Mails(expectedByAddress.values().stream().mapToLong(Long::longValue).sum(),
                db.count("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL"), received.size(), lost,
                received.size() - distinctContents, received.size() - messageIds.size(), unexpected);
    }
}
