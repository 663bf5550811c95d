package id.jenjang.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.rules.DecisionVersion;
import id.jenjang.rules.RulesInForce;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
 * {@code calibration} table, which also names the curve version that judged: the one in force on the period's
 * last day, not a laxer one deployed for a later date (test versions are deployed with tags {@code UJI-...} and
 * removed afterwards, the context being shared).
 * Run on H2 ({@link CurveAttacksTest}) and PostgreSQL ({@link CurveAttacksPostgresIT}).
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
    @Autowired
    RepositoryService repository;
    @Autowired
    RulesInForce rules;

    static final LocalDate PERIOD_END = LocalDate.of(2025, 12, 31);
    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTestVersions() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
        deployments.clear();
        jdbc.sql("DELETE FROM rule_validity WHERE version_tag LIKE 'UJI-%'").update();
    }

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
        DecisionVersion inForce = rules.inForce("distribution-curve", PERIOD_END).version();
        assertThat(row.path("decisionKey").asText()).isEqualTo("distribution-curve");
        assertThat(row.path("decisionVersion").asInt()).isEqualTo(inForce.decisionVersion());
        assertThat(row.path("versionTag").asText()).isEqualTo("SE-MenPANRB-3-2023");
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

    @Test
    void aLaxerCurveValidFrom2099NeitherExcusesA2025DepartureNorIsNamedAsItsJudge() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("LT"), 2);
        Task calibration = everyoneSangatBaikAndCalibrationOpen(unit);
        String cycleKey = "cycle:2025:" + unit.unit();
        deployLaxCurve("UJI-BERLAKU-2099", LocalDate.of(2099, 1, 1));
        assertThat(rules.latest("distribution-curve").version().versionTag()).isEqualTo("UJI-BERLAKU-2099");

        ResponseEntity<String> silent = complete(AppraisalFixture.HR, calibration,
                Map.of("organisationRating", "ISTIMEWA"));
        assertThat(silent.getStatusCode()).as(silent.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(silent.getBody()).contains("pembenaran", "70%");
        assertThat(calibrations(cycleKey)).isZero();

        assertThat(complete(AppraisalFixture.HR, calibration, Map.of("organisationRating", "ISTIMEWA",
                "curveJustification", JUSTIFICATION)).getStatusCode().is2xxSuccessful()).isTrue();
        DecisionVersion inForce = rules.inForce("distribution-curve", PERIOD_END).version();
        assertThat(recordedVersion(cycleKey)).isEqualTo(inForce);
        assertThat(inForce.versionTag()).isEqualTo("SE-MenPANRB-3-2023");
    }

    @Test
    void aCurveVersionInForceOnThePeriodsLastDayJudgesTheCalibrationAndIsRecordedWithIt() throws Exception {
        AppraisalFixture.Org unit = fixture.org(unitCode("IF"), 2);
        Task calibration = everyoneSangatBaikAndCalibrationOpen(unit);
        String cycleKey = "cycle:2025:" + unit.unit();
        // a process owner's new curve, recorded as law from 2025: ISTIMEWA allows every Sangat Baik
        deployLaxCurve("UJI-BERLAKU-2025", LocalDate.of(2025, 1, 1));

        ResponseEntity<String> answer = complete(AppraisalFixture.HR, calibration,
                Map.of("organisationRating", "ISTIMEWA"));
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
        DecisionVersion recorded = recordedVersion(cycleKey);
        assertThat(recorded.versionTag()).isEqualTo("UJI-BERLAKU-2025");
        assertThat(recorded.decisionVersion()).isEqualTo(rules.latest("distribution-curve").definition().getVersion());
        assertThat(jdbc.sql("SELECT warnings FROM calibration WHERE cycle_key = ?").param(cycleKey)
                .query(String.class).single()).isEmpty();
        JsonNode row = json.readTree(api().get("/api/cycles/" + cycleKey + "/calibrations", AppraisalFixture.HR)
                .getBody()).get(0);
        assertThat(row.path("versionTag").asText()).isEqualTo("UJI-BERLAKU-2025");
        assertThat(row.path("decisionVersion").asInt()).isEqualTo(recorded.decisionVersion());
    }

    /** The calibration row's curve version, as stored. */
    private DecisionVersion recordedVersion(String cycleKey) {
        return jdbc.sql("SELECT decision_key, decision_version, version_tag FROM calibration WHERE cycle_key = ?")
                .param(cycleKey).query((rs, i) -> new DecisionVersion(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .single();
    }

    /** distribution-curve with one row: under ISTIMEWA at most 100% Sangat Baik, so no unit ever departs. */
    private void deployLaxCurve(String tag, LocalDate validFrom) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_UjiCurve" name="Uji" namespace="http://jenjang.id/dmn">
                  <decision id="distribution-curve" name="Uji kurva" camunda:versionTag="%s" camunda:historyTimeToLive="1">
                    <decisionTable id="DecisionTable_UjiCurve" hitPolicy="COLLECT">
                      <input id="Input_OrganisationRating" camunda:inputVariable="organisationRating">
                        <inputExpression id="InputExpression_OrganisationRating" typeRef="string"><text>organisationRating</text></inputExpression>
                      </input>
                      <output id="Output_Predikat" name="predikat" typeRef="string"/>
                      <output id="Output_MinPercent" name="minPercent" typeRef="integer"/>
                      <output id="Output_MaxPercent" name="maxPercent" typeRef="integer"/>
                      <output id="Output_MinCount" name="minCount" typeRef="integer"/>
                      <output id="Output_Text" name="text" typeRef="string"/>
                      <rule id="Rule_Uji">
                        <inputEntry id="Rule_Uji_Rating"><text>"ISTIMEWA"</text></inputEntry>
                        <outputEntry id="Rule_Uji_Predikat"><text>"SANGAT_BAIK"</text></outputEntry>
                        <outputEntry id="Rule_Uji_Min"><text></text></outputEntry>
                        <outputEntry id="Rule_Uji_Max"><text>100</text></outputEntry>
                        <outputEntry id="Rule_Uji_Count"><text></text></outputEntry>
                        <outputEntry id="Rule_Uji_Text"><text>"paling banyak 100%% Sangat Baik"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(tag);
        deployments.add(repository.createDeployment().name("uji-" + tag)
                .addString("distribution-curve.dmn", xml.strip()).deploy().getId());
        jdbc.sql("INSERT INTO rule_validity (decision_key, version_tag, valid_from, source) VALUES (?, ?, ?, ?)")
                .params("distribution-curve", tag, java.sql.Date.valueOf(validFrom), "uji otomatis").update();
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
