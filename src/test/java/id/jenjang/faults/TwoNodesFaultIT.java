package id.jenjang.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5: two nodes on one database. Both start at the same moment on the empty database; both are asked
 * at the same moment to open the same cycle and to fire the same sweep (one of each may happen), and both job
 * executors work on what follows. Every employee must end with one appraisal and every due employee with one
 * case, every mail once; a node that failed to start is counted (and started again so the rest can be measured).
 */
@FaultTest
class TwoNodesFaultIT extends FaultScenario {

    TwoNodesFaultIT() {
        super("two-nodes", 4);
    }

    @Test
    void twoNodesStartTogetherAndShareOneOpeningAndOneSweepWithoutLossOrDuplicate() throws Exception {
        Instant start = Instant.now();
        List<AppNode> nodes = new ArrayList<>(List.of(startNode("node-a"), startNode("node-b")));
        int startFailures = 0;
        // watch both at once: when each was ready, or that it ended
        List<AppNode> starting = new ArrayList<>(nodes);
        Instant startDeadline = start.plus(FaultSettings.START_TIMEOUT);
        while (!starting.isEmpty() && Instant.now().isBefore(startDeadline)) {
            for (AppNode node : List.copyOf(starting)) {
                if (!node.isAlive()) {
                    startFailures++;
                    starting.remove(node);
                    report.line("start", "%s ended %s after both were started: %s", node,
                            FaultReport.between(start, Instant.now()), node.logLines("Exception", 2));
                } else if (node.ready()) {
                    starting.remove(node);
                    report.line("start", "%s ready %s after both were started", node,
                            FaultReport.between(start, Instant.now()));
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        assertThat(starting).as("nodes neither ready nor ended within %s", FaultSettings.START_TIMEOUT).isEmpty();
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isAlive()) {
                // as an operator would: start the failed node again, so the rest can be measured
                nodes.set(i, startReadyNode(nodes.get(i).name + "-again"));
            }
        }
        AppNode a = nodes.get(0);
        AppNode b = nodes.get(1);
        importOrganisation(a);
        importAnnualResults(a);

        List<AppNode.Response> opens = together(() -> openCycle(a), () -> openCycle(b));
        long accepted = opens.stream().filter(r -> r.status() == 201).count();
        Instant opened = Instant.now();
        Set<String> openingOwners = new TreeSet<>();
        Instant deadline = opened.plus(FaultSettings.MAX_WAIT);
        Instant finished = waitUntil(deadline, () -> {
            openingOwners.addAll(db.strings("SELECT DISTINCT LOCK_OWNER_ FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ ="
                    + " 'appraisal-cycle' AND LOCK_OWNER_ IS NOT NULL"));
            return cycle() != null && !cycle().opening();
        });
        report.line("opening", "same cycle asked of both nodes at once: answers %s; opened in %s, jobs held by %d"
                + " node(s); status %s", statuses(opens), FaultReport.between(opened, finished),
                openingOwners.size(), cycle());
        Instant mailDone = waitUntil(deadline, this::mailSettled);
        Ledger.Appraisals appraisals = Ledger.appraisals(db, PERIOD);
        Ledger.Mails mails = Ledger.mails(db, mail.received());
        report.line("appraisals", "%s", appraisals);
        report.line("mail", "%s; all delivered %s after the opening began", mails,
                FaultReport.between(opened, mailDone));

        Map<String, String> due = dueForKpReguler();
        // the one timer the engine scheduled, executed through both nodes at the same moment
        String timer = sweepTimer(a);
        List<AppNode.Response> sweeps = together(() -> executeJob(a, timer), () -> executeJob(b, timer));
        Instant fired = Instant.now();
        Set<String> sweepOwners = new TreeSet<>();
        Instant[] allCases = {null};
        Instant swept = waitUntil(fired.plus(FaultSettings.MAX_WAIT), () -> {
            sweepOwners.addAll(db.strings("SELECT DISTINCT LOCK_OWNER_ FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ ="
                    + " 'promotion-sweep' AND TYPE_ <> 'timer' AND LOCK_OWNER_ IS NOT NULL"));
            if (allCases[0] == null && casesOpened() >= due.size()) {
                allCases[0] = Instant.now();
            }
            return sweepJobs(false) == 0;
        });
        Ledger.Cases cases = Ledger.cases(db, due, "KP_REGULER");
        report.line("sweep", "the sweep's timer executed through both nodes at once: answers %s; all due cases"
                + " open %s after, sweep finished %s after; jobs held by %d node(s); sweep instances %d",
                statuses(sweeps), FaultReport.between(fired, allCases[0]), FaultReport.between(fired, swept),
                sweepOwners.size(), db.count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ ="
                        + " 'promotion-sweep'"));
        report.line("cases", "%s", cases);
        report.line("nodes", "start failures %d; alive at the end: %s %s, %s %s", startFailures, a, a.isAlive(), b,
                b.isAlive());

        softly.assertThat(startFailures).as("nodes that failed to start together").isZero();
        softly.assertThat(accepted).as("cycle openings accepted of two asked at once: %s", statuses(opens))
                .isEqualTo(1);
        assertNothingLostOrDuplicated(appraisals);
        assertNothingLostOrDuplicated(mails);
        assertNothingLostOrDuplicated(cases);
        softly.assertThat(finished).as("opening finished within %s", FaultSettings.MAX_WAIT).isNotNull();
        softly.assertThat(swept).as("sweep finished within %s", FaultSettings.MAX_WAIT).isNotNull();
        softly.assertAll();
    }

    /** Both calls at the same moment, each on a thread of its own. */
    @SafeVarargs
    private static List<AppNode.Response> together(Callable<AppNode.Response>... calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch ready = new CountDownLatch(calls.length);
            List<Future<AppNode.Response>> futures = new ArrayList<>();
            for (Callable<AppNode.Response> call : calls) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return call.call();
                }));
            }
            List<AppNode.Response> answers = new ArrayList<>();
            for (Future<AppNode.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String statuses(List<AppNode.Response> answers) {
        return answers.stream().map(r -> String.valueOf(r.status())).toList().toString();
    }
}
