package id.jenjang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import id.jenjang.system.demo.DemoMailServer;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mail really crosses SMTP (the demo GreenMail server), and an SMTP outage loses neither a form nor a mail and
 * raises no incident: the batch waits and leaves when the relay is back.
 */
@JenjangProcessTest
class AppraisalMailTest {

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    DemoMailServer server;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    MailResumption resumption;

    @Test
    void assignedTaskAndResultArriveByMailInBahasaIndonesia() throws Exception {
        var unit = fixture.org("UJI.MAIL1", 1);
        fixture.sendPendingMail();
        fixture.openCycle("2026-Q1", unit.unit());
        String nip = unit.staff().get(0);
        String address = "staf.1.uji.mail1@uji.go.id";
        fixture.sendPendingMail();

        assertThat(subjects(address)).contains("Tugas baru: Penilaian diri: Staf 1 UJI.MAIL1 (Triwulan I 2026)");
        MimeMessage assigned = messages(address)[0];
        assertThat(assigned.getContent().toString()).contains("Batas waktu:").contains("/camunda/app/tasklist/");

        var appraisal = fixture.appraisal(nip, "2026-Q1");
        fixture.complete(nip, fixture.task(appraisal.getId(), "Task_SelfAssessment"),
                Map.of("selfAssessment", "Target SKP tercapai seluruhnya."));
        fixture.complete(unit.rater(), fixture.task(appraisal.getId(), "Task_RateEmployee"),
                AppraisalFixture.rating("DI_ATAS", "DI_ATAS", "Melampaui target"));
        fixture.complete(nip, fixture.task(appraisal.getId(), "Task_ReviewResult"), Map.of("accepted", true));
        fixture.sendPendingMail();

        assertThat(subjects(address)).contains("Hasil penilaian kinerja Triwulan I 2026: Sangat Baik");
        String result = Arrays.stream(messages(address)).filter(m -> subject(m).startsWith("Hasil")).findFirst()
                .orElseThrow().getContent().toString();
        assertThat(result).contains("Hasil Kerja    : Di atas ekspektasi").contains("Predikat       : Sangat Baik");
    }

    @Test
    void smtpOutageDelaysMailWithoutAnIncidentAndLosesNothing() throws Exception {
        var unit = fixture.org("UJI.MAIL2", 1);
        fixture.openCycle("2026-Q1", unit.unit());
        fixture.sendPendingMail();
        String nip = unit.staff().get(0);
        var appraisal = fixture.appraisal(nip, "2026-Q1");
        server.stop();
        String batchInstance;
        try {
            // the employee's submission commits although mail cannot go out
            fixture.complete(nip, fixture.task(appraisal.getId(), "Task_SelfAssessment"),
                    Map.of("selfAssessment", "Target SKP tercapai seluruhnya."));
            fixture.task(appraisal.getId(), "Task_RateEmployee");
            Job mail = managementService.createJobQuery().processDefinitionKey("mail-notification").singleResult();
            batchInstance = mail.getProcessInstanceId();
            managementService.executeJob(mail.getId());

            // the batch waits for the relay: no failed job, no incident, the wait is in the future
            Job wait = managementService.createJobQuery().processInstanceId(batchInstance).singleResult();
            assertThat(wait.getExceptionMessage()).isNull();
            assertThat(wait.getDuedate()).isInTheFuture();
            assertThat(runtimeService.createIncidentQuery().processInstanceId(batchInstance).count()).isZero();
            assertThat(managementService.createJobQuery().processInstanceId(batchInstance).executable().count())
                    .as("nothing due while the relay is away").isZero();
        } finally {
            server.start();
        }
        // no person involved: the resume check finds the relay back and ends the wait
        resumption.resumeIfRelayAnswers();
        assertThat(managementService.createJobQuery().processInstanceId(batchInstance).executable().count()).isOne();
        fixture.sendPendingMail();

        assertThat(subjects("kepala.seksi.uji.mail2@uji.go.id"))
                .contains("Tugas baru: Penilaian kinerja: Staf 1 UJI.MAIL2 (Triwulan I 2026)");
        assertThat(managementService.createJobQuery().processInstanceId(batchInstance).count()).isZero();
        assertThat(historyService.createHistoricIncidentQuery().processInstanceId(batchInstance).count()).isZero();
    }

    private MimeMessage[] messages(String address) {
        return Arrays.stream(server.greenMail().getReceivedMessages())
                .filter(m -> recipients(m).contains(address)).toArray(MimeMessage[]::new);
    }

    private java.util.List<String> subjects(String address) {
        return Arrays.stream(messages(address)).map(AppraisalMailTest::subject).toList();
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (Exception e) {
            return "";
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
