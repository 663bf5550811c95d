package id.jenjang.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10, "curve as a consideration" (SE MenPANRB 3/2023): a unit may stay off its distribution curve only
 * with a written justification for the unit. The attacks: BKPSDM completing a calibration off the curve over
 * the engine REST API without a justification (a silent departure), with a blank one, and the employee judged
 * rewriting the unit's justification from the review task. Each reads the outcome from Jenjang's
 * {@code calibration} table. Run on H2 ({@link CurveAttacksTest}) and PostgreSQL ({@link CurveAttacksPostgresIT}).
 */
abstract class CurveAttacks {

    static final String JUSTIFICATION = "Seluruh pegawai unit melampaui target SKP, terverifikasi Inspektorat.";

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    private String unitCode(String name) {
        return "CUR-" + name + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @Test
    void aCalibrationOffTheCurveWithoutAJustificationIsRefusedAndNothingIsRecorded() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("NJ"), 2);
        Task calibration = everyoneSangatBaikAndCalibrationOpen(unit);
        String cycleKey = "cycle:2025:" + unit.unit();

        // three of three SANGAT_BAIK against ISTIMEWA's at most 70%: silently, then with a blank justification
        for (Map<String, Object> attack : List.<Map<String, Object>>of(Map.of("organisationRating", "ISTIMEWA"),
                Map.of("organisationRating", "ISTIMEWA", "curveJustification", "    "))) {
            ResponseEntity<String> answer = complete(AppraisalFixture.HR, calibration, attack);
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).contains("pembenaran", "70%").doesNotContain("SQL", "java.", "\tat ");
        }
        assertThat(taskService.createTaskQuery().taskId(calibration.getId()).count()).as("task stays open").isOne();
        assertThat(calibrations(cycleKey)).isZero();

        // the legitimate way: the same distribution, said why
        ResponseEntity<String> justified = complete(AppraisalFixture.HR, calibration,
                Map.of("organisationRating", "ISTIMEWA", "curveJustification", JUSTIFICATION));
        assertThat(justified.getStatusCode().is2xxSuccessful()).as(justified.getBody()).isTrue();
        assertThat(jdbc.sql("SELECT curve_justification FROM calibration WHERE cycle_key = ?").param(cycleKey)
                .query(String.class).single()).isEqualTo(JUSTIFICATION);

        // HR reads it; the employee may not
        ResponseEntity<String> read = api().get("/api/cycles/" + cycleKey + "/calibrations", AppraisalFixture.HR);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode row = json.readTree(read.getBody()).get(0);
        assertThat(row.path("curveJustification").asText()).isEqualTo(JUSTIFICATION);
        assertThat(row.path("curveWarnings").asText()).contains("70%");
        assertThat(api().get("/api/cycles/" + cycleKey + "/calibrations", unit.staff().get(0)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theEmployeeJudgedCannotRewriteTheUnitsJustification() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("RW"), 2);
        Task calibration = everyoneSangatBaikAndCalibrationOpen(unit);
        String cycleKey = "cycle:2025:" + unit.unit();
        fixture.complete(AppraisalFixture.HR, calibration,
                Map.of("organisationRating", "ISTIMEWA", "curveJustification", JUSTIFICATION));
        String nip = unit.staff().get(0);
        await(() -> taskService.createTaskQuery().processInstanceBusinessKey(nip + ":2025")
                .taskDefinitionKey("Task_ReviewResult").count() == 1, "review open");
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(nip + ":2025")
                .taskDefinitionKey("Task_ReviewResult").singleResult();
        assertThat(taskService.getVariable(review.getId(), "curveJustification")).isEqualTo(JUSTIFICATION);

        ResponseEntity<String> answer = complete(nip, review,
                Map.of("accepted", true, "curveJustification", "Tidak ada pembenaran, unit ini dinilai asal-asalan."));
        assertThat(answer.getStatusCode().is5xxServerError()).as(answer.getBody()).isFalse();
        if (answer.getStatusCode().is4xxClientError()) {
            assertThat(complete(nip, review, Map.of("accepted", true)).getStatusCode().is2xxSuccessful()).isTrue();
        }
        assertThat(jdbc.sql("SELECT curve_justification FROM calibration WHERE cycle_key = ?").param(cycleKey)
                .query(String.class).single()).isEqualTo(JUSTIFICATION);
    }

    /** A unit of two staff and their rater, everyone SANGAT_BAIK, waiting at its calibration. */
    private Task everyoneSangatBaikAndCalibrationOpen(AppraisalFixture.Org unit) {
        String cycleId = fixture.openCycleWithoutRunningJobs("2025", unit.unit());
        List<String> everyone = List.of(unit.staff().get(0), unit.staff().get(1), unit.rater());
        for (String nip : everyone) {
            await(() -> taskService.createTaskQuery().processInstanceBusinessKey(nip + ":2025")
                    .taskDefinitionKey("Task_SelfAssessment").count() == 1, "self-assessment of " + nip);
            String id = fixture.appraisal(nip, "2025").getId();
            fixture.complete(nip, fixture.task(id, "Task_SelfAssessment"), Map.of("selfAssessment",
                    "Semua target SKP tercapai tepat waktu."));
            String rater = nip.equals(unit.rater()) ? unit.reviewer() : unit.rater();
            fixture.complete(rater, fixture.task(id, "Task_RateEmployee"),
                    AppraisalFixture.rating("DI_ATAS", "DI_ATAS", "Melampaui target"));
        }
        // the unit's poll timer, as if its hour had passed
        await(() -> managementService.createJobQuery().processInstanceId(cycleId).activityId("Timer_WaitForRatings")
                .count() == 1, "calibration waiting for ratings");
        Job poll = managementService.createJobQuery().processInstanceId(cycleId).activityId("Timer_WaitForRatings")
                .singleResult();
        managementService.executeJob(poll.getId());
        await(() -> taskService.createTaskQuery().processInstanceId(cycleId).taskDefinitionKey("Task_CalibrateUnit")
                .count() == 1, "calibration task");
        return taskService.createTaskQuery().processInstanceId(cycleId).taskDefinitionKey("Task_CalibrateUnit")
                .singleResult();
    }

    private long calibrations(String cycleKey) {
        return jdbc.sql("SELECT COUNT(*) FROM calibration WHERE cycle_key = ?").param(cycleKey).query(Long.class)
                .single();
    }

    private Api api() {
        return new Api(rest);
    }

    private ResponseEntity<String> complete(String user, Task task, Map<String, Object> variables) throws Exception {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return api().postJson("/engine-rest/task/" + task.getId() + "/complete", user,
                json.writeValueAsString(Map.of("variables", typed)));
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant until = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited 60 s for: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }
}
