package id.jenjang.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.employee.EmployeeRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands the mail of one batch to the relay, one mail at a time, each in three steps that commit apart: take the
 * row (recorded before anything leaves), send it (the relay answers 250), record it as sent. The record of one
 * mail and the take of the next share a commit, so each mail costs one commit, not two. A crash or a
 * database cut can therefore only fall between the relay's 250 and the record of one mail, and that one mail is
 * sent again later with the same Message-ID; a mail recorded as sent is never taken again. Up to {@link #PER_RUN}
 * mails per run, over one SMTP connection. The address is looked up when sending, so a corrected address in the
 * master data is used.
 */
@Component
class MailHandover {

    /** Mails per run of the sending step: one SMTP connection, one short job. */
    static final int PER_RUN = 50;

    private static final Logger log = LoggerFactory.getLogger(MailHandover.class);

    /**
     * What a run did. {@code sent} counts mails the relay accepted and mails recorded as undeliverable (no
     * address); {@code failure} is set when the relay could not be reached or refused, with its message.
     */
    record Outcome(int sent, SmtpRelay.Failure failure, String failureMessage) {

        boolean progress() {
            return sent > 0;
        }
    }

    private final SmtpRelay relay;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final EmployeeRepository employees;
    private final IdentityService identityService;
    private final ObjectMapper json;
    private final Clock clock;
    private final MailSettings settings;
    private final Counter accepted;

    MailHandover(SmtpRelay relay, MailOutbox outbox, MailTemplates templates, EmployeeRepository employees,
            IdentityService identityService, ObjectMapper json, Clock clock, MailSettings settings,
            MeterRegistry registry) {
        this.relay = relay;
        this.outbox = outbox;
        this.templates = templates;
        this.employees = employees;
        this.identityService = identityService;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.accepted = Counter.builder("jenjang.mail.sent")
                .description("mails handed to the SMTP relay (counted when it accepted them)").register(registry);
    }

    /** The Message-ID of an outbox row: stable across every attempt, unique per row (docs/operations.md). */
    static String messageId(long rowId, String batchId, String domain) {
        return "<jenjang." + rowId + "." + batchId + "@" + domain + ">";
    }

    /** When holds taken by other attempts end, as seen now. */
    Instant leaseCutoff() {
        return clock.instant().minus(settings.handoverLease());
    }

    /** A mail ready to leave: its row, the address looked up now, its Message-ID and the composed message. */
    private record Ready(MailOutbox.Pending row, String address, String messageId, MimeMessage message) {
    }

    Outcome handOver(String batchId) throws IOException {
        int sent = 0;
        List<Ready> ready = new ArrayList<>();
        for (MailOutbox.Pending row : outbox.sendable(batchId, leaseCutoff(), PER_RUN)) {
            String address = address(row.recipient());
            if (!valid(address)) {
                log.warn("No usable mail address for {} ({}): mail {} ({}) not sent", row.recipient(), address,
                        row.id(), row.template());
                outbox.markSent(row.id(), "-");
                sent++;
                continue;
            }
            String messageId = row.messageId() != null ? row.messageId()
                    : messageId(row.id(), batchId, settings.messageIdDomain());
            ready.add(new Ready(row, address, messageId, message(row, address, messageId)));
        }
        String attempt = UUID.randomUUID().toString();
        String refusal = null;
        SmtpRelay.Connection connection = null;
        // true when the mail at i was already taken in the commit that recorded the one before it
        boolean taken = false;
        try {
            for (int i = 0; i < ready.size(); i++) {
                Ready mail = ready.get(i);
                if (connection == null) {
                    try {
                        connection = relay.connect();
                    } catch (MessagingException e) {
                        return new Outcome(sent, SmtpRelay.Failure.UNREACHABLE, describe(e));
                    }
                }
                if (!taken && !outbox.take(mail.row().id(), attempt, mail.messageId(), leaseCutoff())) {
                    // sent meanwhile, or another attempt holds it (a run that outlived its job lock)
                    continue;
                }
                taken = false;
                if (mail.row().handoverAt() != null) {
                    log.warn("Mail {} {}: an earlier handover ({}) never recorded the relay's answer; it may have"
                            + " arrived already and is sent again with the same Message-ID", mail.row().id(),
                            mail.messageId(), mail.row().handoverAt());
                }
                try {
                    connection.send(mail.message());
                } catch (MessagingException e) {
                    outbox.release(mail.row().id(), attempt);
                    SmtpRelay.Failure failure = SmtpRelay.classify(e);
                    log.warn("Mail {} {} to {} not accepted by the relay ({}): {}", mail.row().id(), mail.messageId(),
                            mail.address(), failure, describe(e));
                    if (failure == SmtpRelay.Failure.UNREACHABLE) {
                        return new Outcome(sent, failure, describe(e));
                    }
                    // only this mail refused: the others still go, over a new connection (this one's state is
                    // whatever the refusal left)
                    refusal = describe(e);
                    connection.close();
                    connection = null;
                    continue;
                }
                // handed over now, whatever happens to the record of it
                accepted.increment();
                if (i + 1 < ready.size()) {
                    Ready next = ready.get(i + 1);
                    taken = outbox.markSentAndTake(mail.row().id(), mail.address(), next.row().id(), attempt,
                            next.messageId(), leaseCutoff());
                } else {
                    outbox.markSent(mail.row().id(), mail.address());
                }
                sent++;
            }
            return refusal == null ? new Outcome(sent, null, null)
                    : new Outcome(sent, SmtpRelay.Failure.REFUSED, refusal);
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    private MimeMessage message(MailOutbox.Pending mail, String address, String messageId) throws IOException {
        Map<String, String> params = json.readValue(mail.params(), new TypeReference<>() { });
        MailTemplates.Mail text = templates.render(mail.template(), params);
        try {
            return relay.message(messageId, settings.from(), address, text.subject(), text.body());
        } catch (MessagingException e) {
            throw new IllegalStateException("mail " + mail.id() + " cannot be composed", e);
        }
    }

    private static String describe(MessagingException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        Throwable cause = e.getCause() != null ? e.getCause() : e.getNextException();
        if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
            text = text + ": " + cause.getMessage();
        }
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static boolean valid(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            new InternetAddress(address, true);
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    private String address(String recipient) {
        return employees.find(recipient).map(e -> e.email()).orElseGet(() -> {
            User user = identityService.createUserQuery().userId(recipient).singleResult();
            return user == null ? null : user.getEmail();
        });
    }

    /** How long until the earliest hold of another attempt on this batch ends (at least one second). */
    Duration untilHoldsEnd(String batchId) {
        Instant cutoff = leaseCutoff();
        return outbox.earliestHold(batchId, cutoff)
                .map(at -> Duration.between(clock.instant(), at.plus(settings.handoverLease())))
                .map(MailRetryPolicy::wholeSeconds).orElse(Duration.ofSeconds(1));
    }
}
