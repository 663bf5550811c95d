package id.jenjang.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.Browser;
import id.jenjang.support.CamundaPages;
import id.jenjang.support.JenjangProcessTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A coach records a coaching session in Tasklist with the real form ({@code forms/record-coaching-session.form}):
 * finds "Sesi pembinaan 1: ..." in "Tugas saya", reads the agreed goals, writes the notes, chooses the progress
 * and completes; the session is then read over {@code GET /api/coaching}. The process is driven to the session
 * as in CoachingProcessTest: started by the supervisor, plan and acknowledgement completed through the engine,
 * the session timer fired by hand (the job executor is off in this context). Screenshots go to
 * target/screenshots/CoachingSessionBrowserIT-*.png.
 */
@JenjangProcessTest
class CoachingSessionBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    static final String PERIOD = "2026-Q2";
    static final String GOALS = "Menyelesaikan laporan bulanan tepat waktu";
    static final String NOTES = "Laporan Oktober selesai tiga hari terlambat karena data unit belum lengkap; "
            + "disepakati tenggat internal tanggal 25 dan pendampingan pengolahan data.";
    static final String AT_RISK = "Berisiko tidak tercapai";

    @LocalServerPort
    int port;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    String baseUrl;

    @BeforeEach
    void setUp() {
        baseUrl = "http://localhost:" + port;
    }

    @Test
    void coachRecordsASessionInTasklist() throws Exception {
        var unit = fixture.org("UJI.BC1", 1);
        String nip = unit.staff().get(0);
        String name = "Staf 1 UJI.BC1";
        String coaching = startCoaching(unit, nip);
        fixture.complete(unit.rater(), fixture.task(coaching, "Task_AgreeCoachingPlan"), Map.of(
                "coachingGoals", GOALS,
                "developmentActions", "Pelatihan penulisan laporan; bimbingan teknis"));
        fixture.complete(nip, fixture.task(coaching, "Task_AcknowledgePlan"), Map.of("planAcknowledged", true));
        // the session interval (sessionInterval, P1M) is over
        fixture.executeJob(coaching, "Timer_NextSession");
        Task session = fixture.task(coaching, "Task_RecordCoachingSession");
        String taskName = "Sesi pembinaan 1: " + name;
        assertThat(session.getName()).isEqualTo(taskName);
        assertThat(session.getAssignee()).isEqualTo(unit.rater());

        browser.openTaskInTasklist(baseUrl, unit.rater(), AppraisalFixture.PASSWORD, CamundaPages.MY_TASKS, taskName);
        assertThat(browser.currentUrl()).contains("task=" + session.getId());
        assertThat(browser.waitFor(CamundaPages.TASK_CAMUNDA_FORM).getText())
                .contains("Catatan Sesi Bimbingan ke-1", name + " (NIP " + nip + ")");
        assertThat(browser.formFieldValue("Field_coachingGoals")).isEqualTo(GOALS);
        assertThat(browser.waitFor(CamundaPages.formField("Field_coachingGoals")).getDomAttribute("readonly"))
                .isNotNull();

        browser.fillFormField("Field_sessionNotes", NOTES);
        browser.chooseFormRadio("Field_progress", AT_RISK);
        // progress at risk: the form asks for the agreed remedial steps in the notes
        assertThat(browser.waitFor(CamundaPages.TASK_CAMUNDA_FORM).getText())
                .contains("Uraikan dalam catatan sesi langkah perbaikan yang disepakati");
        browser.screenshot(shot("terisi"), 1400);
        browser.completeTask();

        assertThat(taskService.createTaskQuery().taskId(session.getId()).count()).as("session task done").isZero();
        assertThat(managementService.createJobQuery().processInstanceId(coaching).activityId("Timer_NextSession")
                .count()).as("waiting for the next session").isOne();
        // the supervisor reads the case over REST, as any client would
        ResponseEntity<String> response = new Api(rest).get("/api/coaching?nip=" + nip, unit.rater());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode cases = json.readTree(response.getBody());
        assertThat(cases).hasSize(1);
        JsonNode sessions = cases.get(0).path("sessions");
        assertThat(sessions).hasSize(1);
        JsonNode stored = sessions.get(0);
        assertThat(stored.path("sessionNumber").asInt()).isEqualTo(1);
        assertThat(stored.path("notes").asText()).isEqualTo(NOTES);
        assertThat(stored.path("progress").asText()).isEqualTo("AT_RISK");
        assertThat(stored.path("missed").asBoolean()).isFalse();
        // Tasklist completes as the logged-in coach
        assertThat(stored.path("recordedBy").asText()).isEqualTo(unit.rater());
    }

    /** Started by the employee's supervisor, as from Tasklist's start form. */
    private String startCoaching(AppraisalFixture.Org unit, String nip) {
        identityService.setAuthentication(unit.rater(), List.of("pegawai"));
        try {
            return runtimeService.startProcessInstanceByKey("performance-coaching", Map.of("nip", nip,
                    "period", PERIOD, "coachingReason", "Predikat Butuh Perbaikan pada periode sebelumnya")).getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static String shot(String step) {
        return CoachingSessionBrowserIT.class.getSimpleName() + "-" + step;
    }
}
