package id.jenjang.appraisal;

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
 * A supervisor rates an employee in Tasklist with the real form ({@code forms/rate-employee.form}), as a person:
 * logs in, picks the filter "Tugas saya", clicks the rating task in the list, reads the employee's
 * self-assessment, chooses the ratings, is refused without the note that a rating other than "Sesuai ekspektasi"
 * requires, writes it and completes. The result is then read as a REST client would. Screenshots of the list,
 * the top of the form, the refusal and the filled form go to target/screenshots/RatingFormBrowserIT-*.png.
 * <p>
 * The job executor is off (the process-test context): the fixture opens the cycle by running its jobs itself,
 * and rating leads to the review task without any job in between.
 */
@JenjangProcessTest
class RatingFormBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    static final String PERIOD = "2026-Q3";
    static final String PERIOD_LABEL = "Triwulan III 2026";
    static final String SELF_ASSESSMENT = "Seluruh target SKP triwulan ini tercapai; laporan keuangan terbit "
            + "tiga hari lebih awal.";
    static final String NOTE = "Laporan keuangan selesai lebih awal dari jadwal; aktif memperbaiki alur kerja tim.";
    static final List<String> BERAKHLAK = List.of("berorientasiPelayanan", "akuntabel", "kompeten", "harmonis",
            "loyal", "adaptif", "kolaboratif");
    static final String DI_ATAS = "Di atas ekspektasi";
    static final String SESUAI = "Sesuai ekspektasi";

    @LocalServerPort
    int port;
    @Autowired
    AppraisalFixture fixture;
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
    void supervisorRatesInTasklistAndTheEmployeeGetsTheResult() throws Exception {
        var unit = fixture.org("UJI.BR1", 1);
        String nip = unit.staff().get(0);
        String name = "Staf 1 UJI.BR1";
        fixture.openCycle(PERIOD, unit.unit());
        String appraisal = fixture.appraisal(nip, PERIOD).getId();
        fixture.complete(nip, fixture.task(appraisal, "Task_SelfAssessment"), Map.of("selfAssessment",
                SELF_ASSESSMENT));
        Task rating = fixture.task(appraisal, "Task_RateEmployee");
        String taskName = "Penilaian kinerja: " + name + " (" + PERIOD_LABEL + ")";
        assertThat(rating.getName()).isEqualTo(taskName);
        assertThat(rating.getAssignee()).isEqualTo(unit.rater());

        // the supervisor finds the task like a person: filter, then the task in the list
        browser.loginToTasklist(baseUrl, unit.rater(), AppraisalFixture.PASSWORD);
        browser.findTaskInFilter(CamundaPages.MY_TASKS, taskName);
        browser.screenshot(shot("1-tugas-saya"));
        browser.openTaskFromList(taskName);
        assertThat(browser.currentUrl()).contains("task=" + rating.getId());

        // the form's header and the employee's own words, which the supervisor cannot change
        String form = browser.waitFor(CamundaPages.TASK_CAMUNDA_FORM).getText();
        assertThat(form).contains("Penilaian Kinerja Pegawai", name + " (NIP " + nip + ")", PERIOD_LABEL,
                "Kepala Seksi UJI.BR1");
        assertThat(browser.formFieldValue("Field_selfAssessment")).isEqualTo(SELF_ASSESSMENT);
        assertThat(browser.waitFor(CamundaPages.formField("Field_selfAssessment")).getDomAttribute("readonly"))
                .isNotNull();
        assertThat(browser.isVisible(CamundaPages.formField("Field_ratingNote"))).as("note before any rating")
                .isFalse();
        browser.screenshot(shot("2-penilaian-diri"));

        // everything as expected: no note asked for
        browser.chooseFormRadio("Field_hasilKerja", SESUAI);
        for (String value : BERAKHLAK) {
            browser.chooseFormRadio("Field_" + value, SESUAI);
        }
        browser.chooseFormRadio("Field_perilakuKerja", SESUAI);
        assertThat(browser.isVisible(CamundaPages.formField("Field_ratingNote"))).as("note when all SESUAI")
                .isFalse();

        // one value above expectations: the note appears and is required
        browser.chooseFormRadio("Field_adaptif", DI_ATAS);
        browser.waitFor(CamundaPages.formField("Field_ratingNote"));
        browser.click(CamundaPages.TASK_COMPLETE);
        assertThat(browser.waitFor(CamundaPages.formFieldError("Field_ratingNote")).getText())
                .isEqualTo("Wajib diisi.");
        // and Tasklist's "Terjadi kesalahan saat mengirim formulir tugas" in the corner
        browser.waitFor(CamundaPages.ERROR_NOTIFICATION);
        browser.scrollTo(CamundaPages.formField("Field_ratingNote"));
        browser.screenshot(shot("3-catatan-wajib"));
        browser.dismissNotifications();
        assertThat(browser.isVisible(CamundaPages.TASK_CAMUNDA_FORM)).isTrue();
        assertThat(browser.waitFor(CamundaPages.TASK_NAME).getText()).isEqualTo(taskName);
        assertThat(taskService.createTaskQuery().taskId(rating.getId()).count()).as("task still open").isOne();

        // work results above expectations too, and the note written
        browser.chooseFormRadio("Field_hasilKerja", DI_ATAS);
        browser.fillFormField("Field_ratingNote", NOTE);
        assertThat(browser.formFieldError("Field_ratingNote")).isEmpty();
        browser.scrollTo(CamundaPages.formRadioOption("Field_hasilKerja", DI_ATAS));
        browser.screenshot(shot("4-terisi"), 3200);
        browser.completeTask();

        assertThat(taskService.createTaskQuery().taskId(rating.getId()).count()).as("rating task done").isZero();
        // the stored result, as the supervisor reads it over REST: DI_ATAS x SESUAI gives BAIK (predikat-kinerja)
        ResponseEntity<String> response = new Api(rest).get("/api/appraisals?nip=" + nip + "&period=" + PERIOD,
                unit.rater());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode stored = json.readTree(response.getBody());
        assertThat(stored.path("hasilKerja").asText()).isEqualTo("DI_ATAS");
        assertThat(stored.path("perilakuKerja").asText()).isEqualTo("SESUAI");
        assertThat(stored.path("predikat").asText()).isEqualTo("BAIK");
        assertThat(stored.path("status").asText()).isEqualTo("REVIEW");
        assertThat(stored.path("ratingNote").asText()).isEqualTo(NOTE);
        assertThat(stored.path("raterNip").asText()).isEqualTo(unit.rater());
        for (String value : BERAKHLAK) {
            assertThat(stored.path("perilaku").path(value).asText()).as(value)
                    .isEqualTo(value.equals("adaptif") ? "DI_ATAS" : "SESUAI");
        }

        // and the employee now has the result to accept or object to
        Task review = taskService.createTaskQuery().processInstanceId(appraisal).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewResult");
        assertThat(review.getAssignee()).isEqualTo(nip);
        assertThat(review.getName()).isEqualTo("Hasil penilaian: " + name + " (" + PERIOD_LABEL + ")");
    }

    private static String shot(String step) {
        return RatingFormBrowserIT.class.getSimpleName() + "-" + step;
    }
}
