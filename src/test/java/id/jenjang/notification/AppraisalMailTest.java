package id.jenjang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import id.jenjang.system.demo.DemoMailServer;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mail really crosses SMTP (the demo GreenMail server), and an SMTP outage loses neither a form nor a mail. */
@JenjangProcessTest
class AppraisalMailTest {

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    DemoMailServer server;
    @Autowired
    ManagementService managementService;

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
    void smtpOutageDelaysMailShowsAnIncidentAndLosesNothing() throws Exception {
        var unit = fixture.org("UJI.MAIL2", 1);
        fixture.openCycle("2026-Q1", unit.unit());
        fixture.sendPendingMail();
        String nip = unit.staff().get(0);
        var appraisal = fixture.appraisal(nip, "2026-Q1");
        server.stop();
        try {
            // the employee's submission commits although mail cannot go out
            fixture.complete(nip, fixture.task(appraisal.getId(), "Task_SelfAssessment"),
                    Map.of("selfAssessment", "Target SKP tercapai seluruhnya."));
            fixture.task(appraisal.getId(), "Task_RateEmployee");
            Job mail = managementService.createJobQuery().processDefinitionKey("mail-notification").singleResult();
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThatThrownBy(() -> managementService.executeJob(mail.getId())).isNotNull();
            }
            Job failed = managementService.createJobQuery().jobId(mail.getId()).singleResult();
            assertThat(failed.getRetries()).isZero();
            Incident incident = fixture.incidentOf(failed);
            assertThat(incident.getActivityId()).isEqualTo("Task_SendMail");
        } finally {
            server.start();
        }
        // what BKPSDM does in Cockpit once SMTP is back: retry the failed job
        Job failed = managementService.createJobQuery().processDefinitionKey("mail-notification").singleResult();
        managementService.setJobRetries(failed.getId(), 1);
        managementService.executeJob(failed.getId());

        assertThat(subjects("kepala.seksi.uji.mail2@uji.go.id"))
                .contains("Tugas baru: Penilaian kinerja: Staf 1 UJI.MAIL2 (Triwulan I 2026)");
        assertThat(managementService.createJobQuery().processDefinitionKey("mail-notification").count()).isZero();
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
