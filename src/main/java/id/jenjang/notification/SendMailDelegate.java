package id.jenjang.notification;

import static id.jenjang.notification.MailNotificationProcess.Variables.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.employee.EmployeeRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends up to one SMTP connection's worth of a batch's unsent mail and marks what left. When SMTP is down
 * nothing leaves: the exception fails the job, the engine retries and finally raises an incident that BKPSDM
 * sees in Cockpit; nothing is lost. When only part leaves, that part is marked and committed (no exception),
 * and the process loops to send the rest, so a retry never sends a mail twice. The address is looked up when
 * sending, so a corrected address in the master data is used.
 */
@Component
public class SendMailDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendMailDelegate.class);
    /** Mails per job: one SMTP connection, one short transaction. */
    static final int PER_JOB = 50;

    private final JavaMailSender mailSender;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final EmployeeRepository employees;
    private final IdentityService identityService;
    private final ObjectMapper json;
    private final String from;
    private final Counter sent;

    public SendMailDelegate(JavaMailSender mailSender, MailTemplates templates, MailOutbox outbox,
            EmployeeRepository employees, IdentityService identityService, ObjectMapper json,
            @Value("${jenjang.mail.from:jenjang@kotacontoh.go.id}") String from, MeterRegistry registry) {
        this.mailSender = mailSender;
        this.templates = templates;
        this.outbox = outbox;
        this.employees = employees;
        this.identityService = identityService;
        this.json = json;
        this.from = from;
        this.sent = Counter.builder("jenjang.mail.sent")
                .description("mails handed to the SMTP relay (counted when it accepted them)").register(registry);
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String batch = MAIL_BATCH.require(execution);
        Map<Long, String> done = send(outbox.unsent(batch, PER_JOB));
        // handed over now, whatever happens to this job's transaction later
        sent.increment(done.values().stream().filter(address -> !"-".equals(address)).count());
        outbox.markSent(done);
        Integer before = SENT_COUNT.get(execution);
        SENT_COUNT.set(execution, (before == null ? 0 : before) + done.size());
        MAIL_PENDING.set(execution, outbox.countUnsent(batch));
    }

    /** The mails that left (or can never leave: no address), by outbox id, with the address used or "-". */
    private Map<Long, String> send(List<MailOutbox.Pending> mails) throws Exception {
        Map<Long, String> done = new LinkedHashMap<>();
        Map<SimpleMailMessage, MailOutbox.Pending> messages = new IdentityHashMap<>();
        for (MailOutbox.Pending mail : mails) {
            String address = address(mail.recipient());
            if (!valid(address)) {
                log.warn("No usable mail address for {} ({}): mail {} not sent", mail.recipient(), address,
                        mail.template());
                done.put(mail.id(), "-");
                continue;
            }
            messages.put(message(mail, address), mail);
        }
        if (messages.isEmpty()) {
            return done;
        }
        try {
            mailSender.send(messages.keySet().toArray(SimpleMailMessage[]::new));
            messages.forEach((message, mail) -> done.put(mail.id(), message.getTo()[0]));
        } catch (MailSendException e) {
            messages.forEach((message, mail) -> {
                if (!e.getFailedMessages().containsKey(message)) {
                    done.put(mail.id(), message.getTo()[0]);
                }
            });
            if (done.isEmpty()) {
                throw e;
            }
            // part left: commit that part; the loop sends the rest, and fails there if SMTP stays down
            log.warn("{} of {} mails not sent, sending them again: {}", e.getFailedMessages().size(),
                    messages.size(), e.getMessage());
        }
        return done;
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

    private SimpleMailMessage message(MailOutbox.Pending mail, String address) throws Exception {
        Map<String, String> params = json.readValue(mail.params(), new TypeReference<>() { });
        MailTemplates.Mail text = templates.render(mail.template(), params);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(text.subject());
        message.setText(text.body());
        return message;
    }

    private String address(String recipient) {
        return employees.find(recipient).map(e -> e.email()).orElseGet(() -> {
            User user = identityService.createUserQuery().userId(recipient).singleResult();
            return user == null ? null : user.getEmail();
        });
    }
}
