package id.jenjang.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Scenario 4: the database cuts the node off for {@code faults.db-cut} (30 s) while a cycle opens and its mail
 * leaves: new connections refused ({@code ALTER DATABASE ... ALLOW_CONNECTIONS false}) and every backend of the
 * node's pool ended ({@code pg_terminate_backend}), again each second of the cut. The node is not restarted: it
 * has to find its database again by itself. Every employee must end with one appraisal, every mail once.
 */
@FaultTest
class DatabaseCutFaultIT extends FaultScenario {

    DatabaseCutFaultIT() {
        super("database-cut", 3);
    }

    @Test
    void openingAndMailCutOffFromTheDatabaseCarryOnOnceItIsBack() throws Exception {
        AppNode node = startReadyNode("node-1");
        importOrganisation(node);
        AppNode.Response answer = openCycle(node);
        assertThat(answer.status()).as("POST /api/cycles: %s", answer.body()).isEqualTo(201);

        long cutAt = FaultSettings.EMPLOYEES / 3;
        Instant midway = waitFor(FaultSettings.MAX_WAIT, () -> {
            Progress p = cycle();
            return p != null && (p.started() >= cutAt && mail.count() > 0 || !p.opening());
        });
        assertThat(midway).as("the opening and its mail did not get under way within %s", FaultSettings.MAX_WAIT)
                .isNotNull();
        Progress beforeCut = cycle();
        db.refuseConnections();
        int ended = db.terminateBackends();
        Instant cut = Instant.now();
        assertThat(beforeCut.opening()).as("the opening finished before the cut (%s); run with more employees",
                beforeCut).isTrue();
        Instant end = cut.plus(FaultSettings.DB_CUT);
        while (Instant.now().isBefore(end)) {
            Thread.sleep(1_000);
            ended += db.terminateBackends();
        }
        db.allowConnections();
        Instant back = Instant.now();
        Progress atBack = cycle();
        int mailAtBack = mail.count();
        report.line("cut", "database refused %s from %s to %s (%s), %d backends ended; %d opened and %d mails"
                + " received before the cut; node alive after the cut: %s", node, report.at(cut), report.at(back),
                FaultReport.between(cut, back), ended, beforeCut.started(), mailAtBack, node.isAlive());

        Instant deadline = back.plus(FaultSettings.MAX_WAIT);
        Instant resumed = waitUntil(deadline, () -> cycle().started() > atBack.started() || !cycle().opening());
        Instant mailResumed = waitUntil(deadline, () -> mail.count() > mailAtBack || mailSettled());
        Instant finished = waitUntil(deadline, () -> !cycle().opening());
        Instant mailDone = waitUntil(deadline, this::mailSettled);
        report.line("recovery", "after the database was back: opening resumed %s, finished %s; mail resumed %s, all"
                + " delivered %s; status %s; node alive %s", FaultReport.between(back, resumed),
                FaultReport.between(back, finished), FaultReport.between(back, mailResumed),
                FaultReport.between(back, mailDone), cycle(), node.isAlive());

        Ledger.Appraisals appraisals = Ledger.appraisals(db, PERIOD);
        Ledger.Mails mails = Ledger.mails(db, mail.received());
        report.line("appraisals", "%s", appraisals);
        report.line("mail", "%s", mails);
        assertNothingLostOrDuplicated(appraisals);
        assertNothingLostOrDuplicated(mails);
        softly.assertThat(node.isAlive()).as("node survived the cut").isTrue();
        assertRecoveredInTime("opening resumed", back, resumed);
        assertRecoveredInTime("mail resumed", back, mailResumed);
        softly.assertAll();
    }
}
