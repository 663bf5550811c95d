package id.jenjang.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail is handed to the SMTP relay and how long an outage is waited out ({@code jenjang.mail.*},
 * docs/operations.md "Mail", ADR 0008).
 *
 * @param from the sender address; its domain is the right-hand side of every Message-ID
 * @param retrySpan how long a batch keeps waiting for a relay that refuses or cannot be reached, without an
 *     incident; after it the sending step fails and the batch gets one incident in Cockpit
 * @param firstWait the first wait after a failed handover; each later wait is as long as the outage has lasted
 *     so far (so the waits double), up to {@code maxWait}
 * @param maxWait the longest wait between two attempts while the relay is away
 * @param jobRetryCycle the engine's retry cycle of the sending step for failures that are not the relay's (the
 *     database away, a broken template) and after the span: a short list, then the incident
 * @param resumeCheck how often each node asks the relay whether it is back, to end the waits at once when it is
 * @param handoverLease how long a row taken for handing over stays with the attempt that took it; longer than
 *     one mail's SMTP timeouts plus {@code recordRetry}, so two attempts never hand over the same row at once
 * @param recordRetry how long a handover keeps trying to record "sent" (or to take a row) while the database is
 *     away before it gives up; a mail whose 250 could not be recorded is the one that may arrive twice
 * @param outboxConnections the small pool of database connections whose statements commit on their own, outside
 *     the sending job's transaction (MailOutbox)
 */
@ConfigurationProperties("jenjang.mail")
public record MailSettings(
        @DefaultValue("jenjang@kotacontoh.go.id") String from,
        @DefaultValue("PT6H") Duration retrySpan,
        @DefaultValue("PT30S") Duration firstWait,
        @DefaultValue("PT30M") Duration maxWait,
        @DefaultValue("PT30S,PT1M,PT2M") String jobRetryCycle,
        @DefaultValue("PT30S") Duration resumeCheck,
        @DefaultValue("PT2M") Duration handoverLease,
        @DefaultValue("PT1M") Duration recordRetry,
        @DefaultValue("3") int outboxConnections) {

    public MailSettings {
        // a wrong value stops the start instead of silently sending twice or never
        positive("retry-span", retrySpan);
        positive("first-wait", firstWait);
        positive("max-wait", maxWait);
        positive("resume-check", resumeCheck);
        positive("handover-lease", handoverLease);
        positive("record-retry", recordRetry);
        if (maxWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("jenjang.mail.max-wait is shorter than first-wait");
        }
        if (handoverLease.compareTo(recordRetry) <= 0) {
            throw new IllegalArgumentException("jenjang.mail.handover-lease must be longer than record-retry: a"
                    + " handover still recording its 250 would otherwise be taken over and sent twice");
        }
        if (outboxConnections < 1) {
            throw new IllegalArgumentException("jenjang.mail.outbox-connections must be at least 1");
        }
        if (jobRetryCycle == null || !jobRetryCycle.matches("(R\\d+/)?P[0-9A-Z.]+(\\s*,\\s*P[0-9A-Z.]+)*")) {
            throw new IllegalArgumentException("jenjang.mail.job-retry-cycle is no retry cycle such as"
                    + " PT30S,PT1M,PT2M or R3/PT5M: " + jobRetryCycle);
        }
    }

    /** The right-hand side of the Message-IDs: the sender's domain. */
    public String messageIdDomain() {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).trim();
        return domain.isEmpty() ? "jenjang.invalid" : domain;
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("jenjang.mail." + name + " must be a positive duration");
        }
    }
}
