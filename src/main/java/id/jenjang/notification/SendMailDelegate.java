package id.jenjang.notification;

import static id.jenjang.notification.MailNotificationProcess.Variables.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.employee.EmployeeRepository;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends one mail. Runs as an asynchronous job with a retry cycle: when SMTP is down the exception fails the
 * job, the engine retries and finally raises an incident that BKPSDM sees in Cockpit; nothing is lost.
 * The address is looked up when sending, so a corrected address in the master data is used.
 */
@Component
public class SendMailDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendMailDelegate.class);

    private final JavaMailSender mailSender;
    private final MailTemplates templates;
    private final EmployeeRepository employees;
    private final IdentityService identityService;
    private final ObjectMapper json;
    private final String from;

    public SendMailDelegate(JavaMailSender mailSender, MailTemplates templates, EmployeeRepository employees,
            IdentityService identityService, ObjectMapper json,
            @Value("${jenjang.mail.from:jenjang@kotacontoh.go.id}") String from) {
        this.mailSender = mailSender;
        this.templates = templates;
        this.employees = employees;
        this.identityService = identityService;
        this.json = json;
        this.from = from;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String recipient = RECIPIENT.require(execution);
        String address = address(recipient);
        if (address == null || address.isBlank()) {
            log.warn("No mail address for {}: mail {} not sent", recipient, TEMPLATE.get(execution));
            SENT_TO.set(execution, "-");
            return;
        }
        Map<String, String> params = json.readValue(PARAMS.require(execution), new TypeReference<>() { });
        MailTemplates.Mail mail = templates.render(TEMPLATE.require(execution), params);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(mail.subject());
        message.setText(mail.body());
        mailSender.send(message);
        SENT_TO.set(execution, address);
    }

    private String address(String recipient) {
        return employees.find(recipient).map(e -> e.email()).orElseGet(() -> {
            User user = identityService.createUserQuery().userId(recipient).singleResult();
            return user == null ? null : user.getEmail();
        });
    }
}
