package id.jenjang.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The appraisal as a REST client drives it (the engine REST API and /api): who may see and complete which task,
 * who may read which result, and the server-side validation of every form answered with 400 and the field,
 * the task left open with nothing changed.
 */
@JenjangProcessTest
class AppraisalRestTest {

    static final String SESUAI_ALL = "\"hasilKerja\":{\"value\":\"%s\"},\"perilakuKerja\":{\"value\":\"%s\"},"
            + "\"berorientasiPelayanan\":{\"value\":\"SESUAI\"},\"akuntabel\":{\"value\":\"SESUAI\"},"
            + "\"kompeten\":{\"value\":\"SESUAI\"},\"harmonis\":{\"value\":\"SESUAI\"},\"loyal\":{\"value\":\"SESUAI\"},"
            + "\"adaptif\":{\"value\":\"SESUAI\"},\"kolaboratif\":{\"value\":\"SESUAI\"}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    TaskService taskService;
    @Autowired
    AppraisalRepository appraisals;
    @Autowired
    ObjectMapper json;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void onlyTheAssignedSupervisorSeesAndCompletesTheRating() throws Exception {
        var unit = fixture.org("UJI.R1", 2);
        fixture.openCycle("2026-Q1", unit.unit());
        String nip = unit.staff().get(0);
        String colleague = unit.staff().get(1);
        Task rating = toRating(nip, "2026-Q1");

        assertThat(taskIds(nip)).doesNotContain(rating.getId());
        assertThat(taskIds(colleague)).doesNotContain(rating.getId());
        assertThat(taskIds(unit.rater())).contains(rating.getId());
        // the employee cannot rate themself, nor can a colleague or the reviewer
        for (String outsider : new String[] {nip, colleague, unit.reviewer()}) {
            assertThat(complete(outsider, rating, String.format(SESUAI_ALL, "DI_ATAS", "DI_ATAS")
                    + ",\"ratingNote\":{\"value\":\"x\"}").getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(complete(unit.rater(), rating, String.format(SESUAI_ALL, "SESUAI", "SESUAI")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(appraisals.find(nip, "2026-Q1").orElseThrow().predikat()).isEqualTo("BAIK");
    }

    @Test
    void resultsAreReadableByTheEmployeeTheirSupervisorsAndHrOnly() throws Exception {
        var unit = fixture.org("UJI.R2", 2);
        fixture.openCycle("2026-Q1", unit.unit());
        String nip = unit.staff().get(0);
        String path = "/api/appraisals?nip=" + nip + "&period=2026-Q1";

        for (String reader : new String[] {nip, unit.rater(), unit.reviewer(), AppraisalFixture.HR}) {
            assertThat(api.get(path, reader).getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
        }
        assertThat(api.get(path, unit.staff().get(1)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        JsonNode stored = json.readTree(api.get(path, nip).getBody());
        assertThat(stored.get("status").asText()).isEqualTo("SELF_ASSESSMENT");
        assertThat(stored.has("hasilKerja")).isTrue();
        assertThat(stored.has("predikat")).isTrue();
        assertThat(api.get("/api/appraisals?nip=" + nip, nip).getBody()).startsWith("[");
    }

    @Test
    void everyAppraisalFormIsValidatedOnTheServer() throws Exception {
        var unit = fixture.org("UJI.R3", 1);
        fixture.openCycle("2026-Q1", unit.unit());
        String nip = unit.staff().get(0);
        var appraisal = fixture.appraisal(nip, "2026-Q1");
        Task self = fixture.task(appraisal.getId(), "Task_SelfAssessment");
        refused(nip, self, "", "selfAssessment");
        refused(nip, self, "\"selfAssessment\":{\"value\":\"singkat\"}", "selfAssessment");
        refused(nip, self, "\"selfAssessment\":{\"value\":\"Target SKP tercapai semua.\"},\"raterNip\":{\"value\":\""
                + nip + "\"}", "raterNip");
        assertThat(complete(nip, self, "\"selfAssessment\":{\"value\":\"Target SKP tercapai semua.\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Task rating = fixture.task(appraisal.getId(), "Task_RateEmployee");
        refused(unit.rater(), rating, "\"hasilKerja\":{\"value\":\"SESUAI\"}", "perilakuKerja");
        refused(unit.rater(), rating, String.format(SESUAI_ALL, "LUAR_BIASA", "SESUAI"), "hasilKerja");
        refused(unit.rater(), rating, String.format(SESUAI_ALL, "DI_ATAS", "SESUAI"), "ratingNote");
        refused(unit.rater(), rating, String.format(SESUAI_ALL, "SESUAI", "SESUAI").replace(
                "\"loyal\":{\"value\":\"SESUAI\"}", "\"loyal\":{\"value\":\"\"}"), "loyal");
        assertThat(complete(unit.rater(), rating, String.format(SESUAI_ALL, "DI_BAWAH", "SESUAI")
                + ",\"ratingNote\":{\"value\":\"Target SKP tidak tercapai\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        Task review = fixture.task(appraisal.getId(), "Task_ReviewResult");
        refused(nip, review, "", "accepted");
        refused(nip, review, "\"accepted\":{\"value\":false}", "objectionReason");
        assertThat(complete(nip, review, "\"accepted\":{\"value\":false},\"objectionReason\":{\"value\":"
                + "\"Target tambahan tidak dihitung\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Task objection = fixture.task(appraisal.getId(), "Task_DecideObjection");
        refused(unit.reviewer(), objection, "\"objectionNote\":{\"value\":\"x\"}", "objectionDecision");
        refused(unit.reviewer(), objection, "\"objectionDecision\":{\"value\":\"UPHELD\"}", "objectionNote");
        refused(unit.reviewer(), objection, "\"objectionDecision\":{\"value\":\"REJECTED\"},\"objectionNote\":"
                + "{\"value\":\"Tidak terbukti\"},\"hasilKerja\":{\"value\":\"DI_ATAS\"}", "hasilKerja");
        assertThat(appraisals.find(nip, "2026-Q1").orElseThrow().status()).isEqualTo(AppraisalStatus.OBJECTION);
        assertThat(complete(unit.reviewer(), objection, "\"objectionDecision\":{\"value\":\"UPHELD\"},"
                + "\"objectionNote\":{\"value\":\"Target tambahan terbukti\"},\"hasilKerja\":{\"value\":\"SESUAI\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(appraisals.find(nip, "2026-Q1").orElseThrow().predikat()).isEqualTo("BAIK");
    }

    @Test
    void openingACycleOverRestIsForBkpsdmAndAnswersWithTheField() throws Exception {
        var unit = fixture.org("UJI.R4", 1);
        String body = "{\"period\":\"2026-Q2\",\"unitCode\":\"" + unit.unit() + "\"}";
        assertThat(api.postJson("/api/cycles", unit.rater(), body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> opened = api.postJson("/api/cycles", AppraisalFixture.HR, body);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(opened.getBody()).get("businessKey").asText())
                .isEqualTo("cycle:2026-Q2:" + unit.unit());
        ResponseEntity<String> again = api.postJson("/api/cycles", AppraisalFixture.HR, body);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(again.getBody()).get("field").asText()).isEqualTo("period");
        JsonNode progress = json.readTree(api.get("/api/cycles/cycle:2026-Q2:" + unit.unit(), AppraisalFixture.HR)
                .getBody());
        assertThat(progress.get("total").asInt()).isEqualTo(2);
        assertThat(progress.get("status").asText()).isEqualTo("OPENING");
        // through the engine REST API, as a Tasklist start form submits it: refused the same way
        ResponseEntity<String> engine = api.postJson("/engine-rest/process-definition/key/appraisal-cycle/submit-form",
                AppraisalFixture.HR, "{\"variables\":{\"period\":{\"value\":\"2026-Q9\"}}}");
        assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(engine.getBody()).contains("period:");
        assertThat(api.postJson("/engine-rest/process-definition/key/appraisal-cycle/submit-form", unit.rater(),
                "{\"variables\":{\"period\":{\"value\":\"2026-Q3\"}}}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private Task toRating(String nip, String period) {
        var appraisal = fixture.appraisal(nip, period);
        fixture.complete(nip, fixture.task(appraisal.getId(), "Task_SelfAssessment"),
                Map.of("selfAssessment", "Target SKP tercapai semua."));
        return fixture.task(appraisal.getId(), "Task_RateEmployee");
    }

    private java.util.List<String> taskIds(String user) throws Exception {
        JsonNode tasks = json.readTree(api.get("/engine-rest/task", user).getBody());
        java.util.List<String> ids = new java.util.ArrayList<>();
        tasks.forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private ResponseEntity<String> complete(String user, Task task, String variables) {
        return api.postJson("/engine-rest/task/" + task.getId() + "/complete", user,
                "{\"variables\":{" + variables + "}}");
    }

    private void refused(String user, Task task, String variables, String field) {
        ResponseEntity<String> answer = complete(user, task, variables);
        assertThat(answer.getStatusCode()).as(variables).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).as(variables).contains(field + ":");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task stays open").isOne();
    }
}
