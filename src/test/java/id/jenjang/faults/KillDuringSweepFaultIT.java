package id.jenjang.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2: {@code kill -9} of the only node while the monthly promotion sweep runs, then a new node on the
 * same database. Measures when the sweep was taken up again and finished; every employee due for KP reguler
 * must end with exactly one case (row and running instance), and nobody else with one.
 */
@FaultTest
class KillDuringSweepFaultIT extends FaultScenario {

    /** How long after the sweep step was taken by the job executor the node is killed, unless a third is in. */
    static final Duration KILL_AFTER = Duration.ofSeconds(2);

    KillDuringSweepFaultIT() {
        super("kill-during-sweep", 1);
    }

    @Test
    void sweepKilledMidwayIsTakenUpOnRestartWithOneCasePerDueEmployee() throws Exception {
        AppNode first = startReadyNode("node-1");
        importOrganisation(first);
        importAnnualResults(first);
        Map<String, String> due = dueForKpReguler();

        Instant fired = Instant.now();
        AppNode.Response answer = fireSweep(first);
        assertThat(answer.status()).as("sweep timer executed: %s", answer.body()).isEqualTo(204);
        Instant taken = waitFor(FaultSettings.MAX_WAIT, () -> sweepJobs(true) > 0 || sweepJobs(false) == 0);
        assertThat(taken).as("the sweep step was not taken within %s", FaultSettings.MAX_WAIT).isNotNull();
        waitUntil(taken.plus(KILL_AFTER), () -> casesOpened() >= due.size() / 3);
        Instant killed = first.kill();
        long casesAtKill = casesOpened();
        List<String> deadOwners = db.strings("SELECT DISTINCT LOCK_OWNER_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT"
                + " NULL");
        assertThat(sweepJobs(false)).as("the sweep finished before the kill (%d cases): nothing was interrupted;"
                + " run with more employees", casesAtKill).isPositive();
        report.line("kill", "kill -9 of %s at %s, %s after the sweep was fired, %s after its step was taken: %d of"
                + " %d cases committed, %s", first, report.at(killed), FaultReport.between(fired, killed),
                FaultReport.between(taken, killed), casesAtKill, due.size(), locks(killed));

        AppNode second = startNode("node-2");
        Instant ready = second.awaitReady(FaultSettings.START_TIMEOUT);
        Instant deadline = ready.plus(FaultSettings.MAX_WAIT);
        Instant resumed = waitUntil(deadline, () -> casesOpened() > casesAtKill || sweepJobs(false) == 0
                || db.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = 'promotion-sweep'"
                        + " AND LOCK_OWNER_ IS NOT NULL AND NOT LOCK_OWNER_ = ANY (?)",
                        (Object) deadOwners.toArray(String[]::new)) > 0);
        Instant finished = waitUntil(deadline, () -> sweepJobs(false) == 0);
        report.line("recovery", "%s ready %s after the kill; sweep taken up %s after the restart (%s after the"
                + " kill), finished %s after the restart; %d cases", second, FaultReport.between(killed, ready),
                FaultReport.between(ready, resumed), FaultReport.between(killed, resumed),
                FaultReport.between(ready, finished), casesOpened());

        Ledger.Cases cases = Ledger.cases(db, due, "KP_REGULER");
        report.line("cases", "%s", cases);
        assertNothingLostOrDuplicated(cases);
        assertRecoveredInTime("sweep taken up", ready, resumed);
        softly.assertAll();
    }
}
