package id.jenjang.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1: {@code kill -9} of the only node while a cycle opening is under way, then a new node on the same
 * database. Measures when the opening resumed and finished after the restart; every employee must end with
 * exactly one appraisal (row and running instance), and every mail the opening asked for must arrive once.
 */
@FaultTest
class KillDuringOpeningFaultIT extends FaultScenario {

    KillDuringOpeningFaultIT() {
        super("kill-during-opening", 0);
    }

    @Test
    void openingKilledMidwayResumesOnRestartWithOneAppraisalPerEmployee() throws Exception {
        AppNode first = startReadyNode("node-1");
        importOrganisation(first);

        Instant opened = Instant.now();
        AppNode.Response answer = openCycle(first);
        assertThat(answer.status()).as("POST /api/cycles: %s", answer.body()).isEqualTo(201);
        // kill once a third has committed: pages behind it, pages in flight, pages still to come
        long killAt = FaultSettings.EMPLOYEES / 3;
        Instant midway = waitFor(FaultSettings.MAX_WAIT, () -> {
            Progress p = cycle();
            return p != null && (p.started() >= killAt || !p.opening());
        });
        assertThat(midway).as("the opening did not reach %d within %s", killAt, FaultSettings.MAX_WAIT).isNotNull();
        Instant killed = first.kill();
        Progress atKill = cycle();
        assertThat(atKill.opening()).as("the opening finished before the kill (%s): nothing was interrupted; run"
                + " with more employees", atKill).isTrue();
        report.line("kill", "kill -9 of %s at %s, %s after the opening started: %d of %d opened (committed), %s",
                first, report.at(killed), FaultReport.between(opened, killed), atKill.started(),
                FaultSettings.EMPLOYEES, locks(killed));

        AppNode second = startNode("node-2");
        Instant ready = second.awaitReady(FaultSettings.START_TIMEOUT);
        // one deadline for everything recovery owes: resuming, finishing and the mail
        Instant deadline = ready.plus(FaultSettings.MAX_WAIT);
        Instant resumed = waitUntil(deadline, () -> cycle().started() > atKill.started() || !cycle().opening());
        Instant finished = waitUntil(deadline, () -> !cycle().opening());
        report.line("recovery", "%s ready %s after the kill; opening resumed %s after the restart (%s after the"
                + " kill), finished %s after the restart; status %s", second, FaultReport.between(killed, ready),
                FaultReport.between(ready, resumed), FaultReport.between(killed, resumed),
                FaultReport.between(ready, finished), cycle());

        Instant mailDone = waitUntil(deadline, this::mailSettled);
        Ledger.Appraisals appraisals = Ledger.appraisals(db, PERIOD);
        Ledger.Mails mails = Ledger.mails(db, mail.received());
        report.line("appraisals", "%s", appraisals);
        report.line("mail", "%s; all delivered %s after the restart", mails, FaultReport.between(ready, mailDone));

        assertNothingLostOrDuplicated(appraisals);
        assertNothingLostOrDuplicated(mails);
        assertRecoveredInTime("opening resumed", ready, resumed);
        softly.assertAll();
    }
}
