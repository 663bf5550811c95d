package id.jenjang.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Scenario 3: the mail relay goes down in the middle of a cycle opening's mail and stays down for
 * {@code faults.smtp-outage}, then comes back on the same port. The operator retries, as Cockpit offers, any
 * mail job that ran out of retries. Every outbox row must reach the relay exactly once, counted at the relay by
 * recipient and text and by Message-ID; incidents are counted (at most one per batch).
 */
@FaultTest
class SmtpOutageFaultIT extends FaultScenario {

    SmtpOutageFaultIT() {
        super("smtp-outage", 2);
    }

    @Test
    void mailOfAnOutageLeavesOnceWhenTheRelayIsBack() throws Exception {
        AppNode node = startReadyNode("node-1");
        importOrganisation(node);
        AppNode.Response answer = openCycle(node);
        assertThat(answer.status()).as("POST /api/cycles: %s", answer.body()).isEqualTo(201);

        Instant flowing = waitFor(FaultSettings.MAX_WAIT, () -> mail.count() >= FaultSettings.EMPLOYEES / 5);
        assertThat(flowing).as("a fifth of the opening's mail did not arrive within %s", FaultSettings.MAX_WAIT)
                .isNotNull();
        mail.stop();
        Instant down = Instant.now();
        int receivedBefore = mail.count();
        report.line("outage", "relay stopped at %s with %d mails received; down for %s", report.at(down),
                receivedBefore, FaultSettings.SMTP_OUTAGE);

        long incidentsDuringOutage = 0;
        Instant end = down.plus(FaultSettings.SMTP_OUTAGE);
        while (Instant.now().isBefore(end)) {
            incidentsDuringOutage = Math.max(incidentsDuringOutage, incidents("mail-notification"));
            Thread.sleep(1_000);
        }
        mail.start();
        Instant up = Instant.now();
        long batches = db.count("SELECT COUNT(DISTINCT batch_id) FROM mail_outbox");
        report.line("outage", "relay back at %s; mail batches %d, incidents on them during the outage %d (nodes"
                + " alive: %s), opening %s", report.at(up), batches, incidentsDuringOutage, node.isAlive(),
                cycle());

        Instant deadline = up.plus(FaultSettings.MAX_WAIT);
        int[] retried = {0};
        Instant resumed = waitUntil(deadline, () -> mail.count() > receivedBefore || mailSettled());
        // an operator who sees incidents in Cockpit after the relay is back retries them
        Instant delivered = waitUntil(deadline, () -> {
            if (incidents("mail-notification") > 0) {
                retried[0] += retryExhaustedJobs(node, "mail-notification");
            }
            return mailSettled();
        });
        Ledger.Mails mails = Ledger.mails(db, mail.received());
        report.line("recovery", "first mail %s after the relay was back, all delivered %s after; jobs retried by the"
                + " operator %d; incidents left %d", FaultReport.between(up, resumed),
                FaultReport.between(up, delivered), retried[0], incidents("mail-notification"));
        report.line("mail", "%s", mails);
        Ledger.Appraisals appraisals = Ledger.appraisals(db, PERIOD);
        report.line("appraisals", "%s", appraisals);

        assertNothingLostOrDuplicated(mails);
        assertNothingLostOrDuplicated(appraisals);
        softly.assertThat(incidentsDuringOutage).as("incidents: at most one per mail batch").isLessThanOrEqualTo(
                batches);
        assertRecoveredInTime("mail flowing again", up, resumed);
        softly.assertAll();
    }
}
