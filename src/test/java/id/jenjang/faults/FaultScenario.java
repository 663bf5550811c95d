package id.jenjang.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.jenjang.support.SyntheticOrganisation;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;

/**
 * What every fault scenario shares: its own database and mail relay, the nodes it started (stopped at the end
 * whatever happened), and the operator's actions over HTTP: import an organisation, open a cycle, fire the
 * monthly sweep, retry failed jobs. Observations read the database (what the application stored), so they
 * work while a node is dead. Failures are collected and raised at the end, after every figure is printed.
 */
abstract class FaultScenario {

    /** The quarter every scenario opens (a period the cycle accepts: not in the future). */
    static final String PERIOD = "2026-Q4";
    static final String CYCLE_KEY = "cycle:" + PERIOD + ":ALL";
    static final Duration POLL = Duration.ofMillis(200);

    final FaultReport report;
    final FaultDatabase db;
    final MailReceiver mail;
    final SoftAssertions softly = new SoftAssertions();
    private final List<AppNode> nodes = new ArrayList<>();

    /** {@code index} picks the scenario's own SMTP port among the suite's ten. */
    FaultScenario(String scenario, int index) {
        try {
            report = new FaultReport(scenario);
            db = FaultDatabase.fresh(scenario.replace('-', '_'));
            mail = new MailReceiver(FaultSettings.SMTP_PORT + index);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the scenario's database", e);
        }
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (AppNode node : nodes) {
            node.close();
        }
        mail.close();
    }

    AppNode startNode(String name) {
        AppNode node = AppNode.start(name, db, mail.port);
        nodes.add(node);
        return node;
    }

    /** Starts a node and waits until it serves; reports how long it took. */
    AppNode startReadyNode(String name) throws InterruptedException {
        AppNode node = startNode(name);
        Instant ready = node.awaitReady(FaultSettings.START_TIMEOUT);
        report.line("start", "%s ready in %s", node, FaultReport.between(node.startedAt, ready));
        return node;
    }

    /**
     * The synthetic organisation (SyntheticOrganisation) through the employee import, as BKPSDM loads it. The
     * administrator first joins group {@code bkpsdm} (Admin, Groups) so that it may open cycles afterwards.
     */
    void importOrganisation(AppNode node) throws IOException {
        AppNode.Response joined = node.put("/engine-rest/group/bkpsdm/members/admin", "");
        assertThat(joined.status()).as("admin joins bkpsdm: %s", joined.body()).isEqualTo(204);
        Instant start = Instant.now();
        for (String csv : SyntheticOrganisation.employeeCsv(FaultSettings.EMPLOYEES, FaultSettings.EMPLOYEES)) {
            AppNode.Response answer = node.post("/api/employees/import", "text/csv; charset=utf-8", csv);
            assertThat(answer.status()).as("employee import: %s", answer.body()).isEqualTo(200);
        }
        report.line("import", "%d employees (+1 head) in %s", FaultSettings.EMPLOYEES,
                FaultReport.between(start, Instant.now()));
    }

    /**
     * BAIK for everyone in the three years before this one, so the last two annual results the KP reguler rule
     * reads are there whichever two it takes on the sweep's KP period date.
     */
    void importAnnualResults(AppNode node) throws IOException {
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        String csv = SyntheticOrganisation.annualResultCsv(FaultSettings.EMPLOYEES, List.of(year - 3, year - 2,
                year - 1), "BAIK");
        AppNode.Response answer = node.post("/api/appraisals/import", "text/csv; charset=utf-8", csv);
        assertThat(answer.status()).as("annual results import: %s", answer.body()).isEqualTo(200);
    }

    /** Staff (pelaksana, in rank since 2019, S1, BAIK twice) are due for KP reguler to the next rank. */
    static Map<String, String> dueForKpReguler() {
        Map<String, String> due = new LinkedHashMap<>();
        for (int i = 0; i < FaultSettings.EMPLOYEES; i++) {
            if (!SyntheticOrganisation.isHead(i)) {
                due.put(SyntheticOrganisation.nip(i), "II/d");
            }
        }
        return due;
    }

    /** {@code POST /api/cycles} for the whole organisation, as BKPSDM opens a quarter. */
    AppNode.Response openCycle(AppNode node) throws IOException {
        return node.post("/api/cycles", "application/json", "{\"period\":\"" + PERIOD + "\",\"unitCode\":null,"
                + "\"selfAssessmentDue\":\"P14D\",\"ratingDue\":\"P14D\"}");
    }

    /** The cycle's progress as stored (what {@code GET /api/cycles/{key}} answers); null before it is registered. */
    Progress cycle() throws SQLException {
        if (db.count("SELECT COUNT(*) FROM appraisal_cycle WHERE business_key = ?", CYCLE_KEY) == 0) {
            return null;
        }
        return new Progress(db.count("SELECT started FROM appraisal_cycle WHERE business_key = ?", CYCLE_KEY),
                db.strings("SELECT status FROM appraisal_cycle WHERE business_key = ?", CYCLE_KEY).get(0));
    }

    record Progress(long started, String status) {
        boolean opening() {
            return "OPENING".equals(status);
        }
    }

    /**
     * Fires the monthly sweep's timer now, as an operator does with {@code POST /engine-rest/job/{id}/execute}
     * on the timer the engine scheduled for the 1st: the timer starts a sweep instance, whose asynchronous sweep
     * step the job executor then runs.
     */
    AppNode.Response fireSweep(AppNode node) throws IOException {
        return executeJob(node, sweepTimer(node));
    }

    /** The id of the sweep's timer job (one is always scheduled: the next 1st of the month). */
    String sweepTimer(AppNode node) throws IOException {
        JsonNode timers = node.json(node.get("/engine-rest/job?processDefinitionKey=promotion-sweep&timers=true"));
        assertThat(timers.size()).as("sweep timers scheduled: %s", timers).isEqualTo(1);
        return timers.get(0).path("id").asText();
    }

    AppNode.Response executeJob(AppNode node, String jobId) throws IOException {
        return node.post("/engine-rest/job/" + jobId + "/execute", "application/json", "");
    }

    /** Jobs of the sweep besides its timer (the sweep step, or its pieces), and how many are locked by a node. */
    long sweepJobs(boolean lockedOnly) throws SQLException {
        return db.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = 'promotion-sweep'"
                + " AND TYPE_ <> 'timer'" + (lockedOnly ? " AND LOCK_OWNER_ IS NOT NULL" : ""));
    }

    long casesOpened() throws SQLException {
        return db.count("SELECT COUNT(*) FROM promotion_case WHERE promotion_type = 'KP_REGULER'");
    }

    /** Jobs locked at the moment (by a node that may be dead), and seconds until the last of those locks expires. */
    String locks(Instant now) throws SQLException {
        long locked = db.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL");
        if (locked == 0) {
            return "no job locked";
        }
        long expiresInMs = db.count("SELECT CAST(EXTRACT(EPOCH FROM MAX(LOCK_EXP_TIME_)) * 1000 AS BIGINT)"
                + " FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL") - now.toEpochMilli();
        return String.format("%d jobs locked, the last lock expires %s later", locked,
                FaultReport.seconds(Duration.ofMillis(expiresInMs)));
    }

    /** Failed jobs and incidents of a process, as Cockpit shows them. */
    long incidents(String processKey) throws SQLException {
        return db.count("SELECT COUNT(*) FROM ACT_RU_INCIDENT i JOIN ACT_RE_PROCDEF d ON d.ID_ = i.PROC_DEF_ID_"
                + " WHERE d.KEY_ = ?", processKey);
    }

    /**
     * The operator's retry of every job of a process that ran out of retries ({@code PUT
     * /engine-rest/job/{id}/retries}, what "Retry" in Cockpit does). Returns how many were retried.
     */
    int retryExhaustedJobs(AppNode node, String processKey) throws IOException {
        JsonNode failed = node.json(node.get("/engine-rest/job?processDefinitionKey=" + processKey
                + "&noRetriesLeft=true"));
        for (JsonNode job : failed) {
            AppNode.Response answer = node.put("/engine-rest/job/" + job.path("id").asText() + "/retries",
                    "{\"retries\":1}");
            assertThat(answer.status()).as("retry of job %s: %s", job.path("id"), answer.body()).isEqualTo(204);
        }
        return failed.size();
    }

    /** Mail asked for and not yet marked sent, or not yet received by the relay. */
    boolean mailSettled() throws SQLException {
        long rows = db.count("SELECT COUNT(*) FROM mail_outbox WHERE sent_to IS NULL OR sent_to <> '-'");
        return db.count("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL") == 0 && mail.count() >= rows
                && db.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = 'mail-notification'") == 0;
    }

    /** Polls until the check holds; the moment it did, or null when {@code max} ran out first. */
    static Instant waitFor(Duration max, Check check) throws Exception {
        return waitUntil(Instant.now().plus(max), check);
    }

    /** Polls until the check holds; the moment it did, or null when the deadline came first. */
    static Instant waitUntil(Instant deadline, Check check) throws Exception {
        while (true) {
            if (check.holds()) {
                return Instant.now();
            }
            if (Instant.now().isAfter(deadline)) {
                return null;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    /** Fails the scenario when recovery took longer than the limit, or never came within the wait. */
    void assertRecoveredInTime(String what, Instant faultEnded, Instant recovered) {
        softly.assertThat(recovered).as("%s: did not happen within %s of the fault ending", what,
                FaultSettings.MAX_WAIT).isNotNull();
        if (recovered != null) {
            softly.assertThat(Duration.between(faultEnded, recovered)).as("%s after the fault ended", what)
                    .isLessThanOrEqualTo(FaultSettings.RECOVERY_LIMIT);
        }
    }

    void assertNothingLostOrDuplicated(Ledger.Appraisals appraisals) {
        softly.assertThat(appraisals.lost()).as("appraisals lost: %s", appraisals).isZero();
        softly.assertThat(appraisals.duplicated()).as("appraisals duplicated: %s", appraisals).isZero();
        softly.assertThat(appraisals.rows()).as("appraisals: %s", appraisals).isEqualTo(FaultSettings.EMPLOYEES);
    }

    void assertNothingLostOrDuplicated(Ledger.Mails mails) {
        softly.assertThat(mails.rows()).as("mail asked for: %s", mails).isPositive();
        softly.assertThat(mails.lost()).as("mails lost: %s", mails).isZero();
        softly.assertThat(mails.duplicated()).as("mails duplicated: %s", mails).isZero();
        softly.assertThat(mails.duplicatedByMessageId()).as("mails duplicated by Message-ID: %s", mails).isZero();
        softly.assertThat(mails.unexpected()).as("mails not asked for: %s", mails).isZero();
    }

    void assertNothingLostOrDuplicated(Ledger.Cases cases) {
        softly.assertThat(cases.lost()).as("cases lost: %s", cases).isZero();
        softly.assertThat(cases.duplicated()).as("cases duplicated: %s", cases).isZero();
        softly.assertThat(cases.unexpected()).as("cases for employees not due: %s", cases).isZero();
    }
}
