package id.jenjang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import id.jenjang.system.demo.DemoMailServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
 * mail-notification instance, not one each, and it is sent in jobs of one SMTP connection each. When SMTP goes
 * down halfway, what left is not sent again and the rest arrives after the incident is retried.
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
        int receivedBefore = server.greenMail().getReceivedMessages().length;

        // first job: one SMTP connection's worth
        managementService.executeJob(mailJob().getId());
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE batch_id = ? AND sent_at IS NOT NULL", batch))
                .isEqualTo(SendMailDelegate.PER_JOB);

        // a stopped and restarted GreenMail forgets what it received: keep what arrived so far
        List<String> arrived = new java.util.ArrayList<>(Arrays.stream(server.greenMail().getReceivedMessages())
                .skip(receivedBefore).map(MailBatchTest::recipient).toList());
        server.stop();
        Job looped;
        try {
            looped = mailJob();
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThatThrownBy(() -> managementService.executeJob(looped.getId())).isNotNull();
            }
            assertThat(managementService.createJobQuery().jobId(looped.getId()).singleResult().getRetries())
                    .isZero();
            assertThat(fixture.incidentOf(looped).getActivityId()).isEqualTo("Task_SendMail");
        } finally {
            server.start();
        }
        // BKPSDM retries the incident in Cockpit once SMTP is back (the retry runs at once, as Cockpit's does)
        managementService.setJobRetries(looped.getId(), 1);
        managementService.executeJob(looped.getId());
        fixture.sendPendingMail();

        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE batch_id = ? AND sent_at IS NULL", batch)).isZero();
        Arrays.stream(server.greenMail().getReceivedMessages()).map(MailBatchTest::recipient).forEach(arrived::add);
        Map<String, Long> received = arrived.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        List<String> addresses = jdbc.queryForList("SELECT sent_to FROM mail_outbox WHERE batch_id = ?",
                String.class, batch);
        assertThat(addresses).hasSize(71).doesNotHaveDuplicates().allMatch(a -> a.endsWith("@uji.go.id"));
        assertThat(received).as("every mail of the batch arrived exactly once")
                .isEqualTo(addresses.stream().collect(Collectors.toMap(a -> a, a -> 1L)));
        ProcessInstance batchInstance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MailNotificationProcess.KEY).variableValueEquals("mailBatch", batch)
                .singleResult();
        assertThat(batchInstance).as("the batch instance ended").isNull();
    }

    private Job mailJob() {
        return managementService.createJobQuery().processDefinitionKey(MailNotificationProcess.KEY).singleResult();
    }

    private long mailInstances() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?", Long.class,
                MailNotificationProcess.KEY);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static String recipient(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
