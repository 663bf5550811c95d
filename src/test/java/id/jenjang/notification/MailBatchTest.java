package id.jenjang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import id.jenjang.system.demo.DemoMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * All mail one transaction asks for is one batch: a cycle opening's page of hundreds of "new task" mails is one
 * mail-notification instance, not one each, and it is sent in runs of one SMTP connection each, one mail at a
 * time under its own Message-ID. When SMTP goes down halfway, what left is not sent again, the batch waits
 * without an incident, and the rest arrives once the relay is back, without anyone retrying anything.
 */
@JenjangProcessTest
class MailBatchTest {

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    DemoMailServer server;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailResumption resumption;

    @Test
    void aPageOfTheOpeningIsOneBatchAndEveryMailArrivesOnceThoughSmtpFailsHalfway() throws Exception {
        var unit = fixture.org("UJI.BATCH", 70);
        fixture.sendPendingMail();
        long batchesBefore = mailInstances();
        fixture.openCycle("2026-Q2", unit.unit());

        List<String> batches = jdbc.queryForList("SELECT DISTINCT o.batch_id FROM mail_outbox o WHERE o.sent_at IS"
                + " NULL AND o.template = 'task-assigned'", String.class);
        assertThat(batches).as("one batch for the opening's one page").hasSize(1);
        String batch = batches.get(0);
        int mails = count("SELECT COUNT(*) FROM mail_outbox WHERE batch_id = ?", batch);
        assertThat(mails).as("staff and their rater each have a self-assessment").isEqualTo(71);
        assertThat(mailInstances() - batchesBefore).isEqualTo(1);
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(MailNotificationProcess.KEY)
                .variableValueEquals("mailBatch", batch).singleResult().getId();
        int receivedBefore = server.greenMail().getReceivedMessages().length;

        // first run: one SMTP connection's worth
        managementService.executeJob(job(instance).getId());
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE batch_id = ? AND sent_at IS NOT NULL", batch))
                .isEqualTo(MailHandover.PER_RUN);

        // a stopped and restarted GreenMail forgets what it received: keep what arrived so far
        List<MimeMessage> arrived = new ArrayList<>(Arrays.asList(server.greenMail().getReceivedMessages())
                .subList(receivedBefore, server.greenMail().getReceivedMessages().length));
        server.stop();
        try {
            managementService.executeJob(job(instance).getId());
            Job wait = job(instance);
            assertThat(wait.getExceptionMessage()).as("waiting for the relay is no failure").isNull();
            assertThat(wait.getDuedate()).isInTheFuture();
            assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
            assertThat(runtimeService.getVariable(instance, "mailLastError")).asString().isNotBlank();
            assertThat(resumption.resumeIfRelayAnswers()).as("the relay does not answer yet").isZero();
        } finally {
            server.start();
        }
        // nobody retries anything: the resume check sees the relay back and the wait ends now
        resumption.resumeIfRelayAnswers();
        assertThat(managementService.createJobQuery().processInstanceId(instance).executable().count()).isOne();
        fixture.sendPendingMail();

        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE batch_id = ? AND sent_at IS NULL", batch)).isZero();
        arrived.addAll(Arrays.asList(server.greenMail().getReceivedMessages()));
        List<String> messageIds = jdbc.queryForList("SELECT message_id FROM mail_outbox WHERE batch_id = ?",
                String.class, batch);
        assertThat(messageIds).hasSize(71).doesNotHaveDuplicates().allMatch(id -> id.startsWith("<jenjang."));
        Map<String, Long> received = arrived.stream().map(MailBatchTest::messageId).filter(messageIds::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).as("every mail of the batch arrived exactly once")
                .isEqualTo(messageIds.stream().collect(Collectors.toMap(id -> id, id -> 1L)));
        List<String> addresses = jdbc.queryForList("SELECT sent_to FROM mail_outbox WHERE batch_id = ?",
                String.class, batch);
        assertThat(addresses).hasSize(71).doesNotHaveDuplicates().allMatch(a -> a.endsWith("@uji.go.id"));
        ProcessInstance batchInstance = runtimeService.createProcessInstanceQuery().processInstanceId(instance)
                .singleResult();
        assertThat(batchInstance).as("the batch instance ended").isNull();
    }

    private Job job(String instance) {
        return managementService.createJobQuery().processInstanceId(instance).singleResult();
    }

    private long mailInstances() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?", Long.class,
                MailNotificationProcess.KEY);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
