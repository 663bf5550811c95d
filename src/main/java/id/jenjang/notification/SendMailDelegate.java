package id.jenjang.notification;

import static id.jenjang.notification.MailNotificationProcess.Variables.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The sending step of {@code mail-notification}: hands up to one connection's worth of the batch to the relay
 * ({@link MailHandover}) and decides what the process does next, from mail_outbox: all sent, the end; some
 * left, again at once; nothing could leave, wait at {@code Timer_MailRetry} as {@link MailRetryPolicy} says.
 * Waiting is not failing: an SMTP outage inside {@code retry-span} raises no incident and rolls nothing back.
 * Once the relay has failed the batch for the whole span, the step fails and the engine's retries end in one
 * incident for the batch, which BKPSDM retries in Cockpit once the relay is back.
 */
@Component
public class SendMailDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendMailDelegate.class);

    private final MailHandover handover;
    private final MailOutbox outbox;
    private final MailParameters parameters;
    private final Clock clock;
    private final MailRetryPolicy policy;

    SendMailDelegate(MailHandover handover, MailOutbox outbox, MailParameters parameters, Clock clock,
            MailSettings settings) {
        this.handover = handover;
        this.outbox = outbox;
        this.parameters = parameters;
        this.clock = clock;
        this.policy = MailRetryPolicy.of(settings);
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String batch = MAIL_BATCH.require(execution);
        MailHandover.Outcome outcome = handover.handOver(batch);
        MailOutbox.Counts counts = outbox.counts(batch);
        SENT_COUNT.set(execution, counts.sent());
        MAIL_PENDING.set(execution, counts.pending());
        if (counts.pending() == 0 || outcome.progress()) {
            MAIL_WAITING.set(execution, false);
            MAIL_FAILING_SINCE.set(execution, null);
            MAIL_LAST_ERROR.set(execution, null);
            return;
        }
        if (execution.getBpmnModelInstance().getModelElementById(
                MailNotificationProcess.Elements.TIMER_MAIL_RETRY) == null) {
            // an instance of a version without the timer: its loop would run again at once, so fail as it did
            throw new MailNotDeliveredException("Surel belum dapat diserahkan ke server SMTP: "
                    + (outcome.failureMessage() == null ? "surel sedang diserahkan oleh percobaan lain"
                            : outcome.failureMessage()));
        }
        if (outcome.failure() == null) {
            // every mail left is held by another attempt (one that outlived its job lock or died): wait for it
            Duration wait = handover.untilHoldsEnd(batch);
            log.info("Mail batch {}: the {} mails left are held by another attempt; waiting {}", batch,
                    counts.pending(), wait);
            waitFor(execution, wait);
            return;
        }
        Instant now = clock.instant();
        Date since = MAIL_FAILING_SINCE.get(execution);
        Instant failingSince = since == null ? now : since.toInstant();
        Optional<Duration> wait = policy.waitAfterFailure(failingSince, now);
        if (wait.isEmpty()) {
            throw new MailNotDeliveredException("Surel belum dapat diserahkan ke server SMTP sejak "
                    + parameters.format(Date.from(failingSince)) + " (lebih dari " + policy.span()
                    + "); kesalahan terakhir: " + outcome.failureMessage()
                    + ". Coba lagi di Cockpit setelah server SMTP pulih.");
        }
        log.warn("Mail batch {}: relay {} ({}), {} mails wait {} (failing since {})", batch, outcome.failure(),
                outcome.failureMessage(), counts.pending(), wait.get(), failingSince);
        MAIL_FAILING_SINCE.set(execution, Date.from(failingSince));
        MAIL_LAST_ERROR.set(execution, outcome.failureMessage());
        waitFor(execution, wait.get());
    }

    private static void waitFor(DelegateExecution execution, Duration wait) {
        MAIL_WAITING.set(execution, true);
        MAIL_RETRY_WAIT.set(execution, wait.toString());
    }

    /** The batch could not be handed over; its message is what BKPSDM reads on the incident in Cockpit. */
    static final class MailNotDeliveredException extends RuntimeException {
        MailNotDeliveredException(String message) {
            super(message);
        }
    }
}
