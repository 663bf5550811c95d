package id.jenjang.appraisal;

import static id.jenjang.support.AppraisalFixture.rating;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.jenjang.process.FormValidation;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code appraisal-cycle}: opening in pages, refusing a second opening, and annual calibration per unit. */
@JenjangProcessTest
class AppraisalCycleProcessTest {

    static final String TEXT = "Semua target SKP periode ini tercapai tepat waktu.";
    static final String JUSTIFICATION = "Seluruh pegawai unit melampaui target SKP yang terverifikasi Inspektorat.";

    @Autowired
    ProcessEngine engine;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    AppraisalRepository appraisals;
    @Autowired
    CycleRepository cycles;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void quarterlyCycleStartsOneAppraisalPerEmployeeWithASupervisorAndEnds() {
        var unit = fixture.org("UJI.C1", 3);
        String id = fixture.openCycle("2026-Q1", unit.unit());

        // reviewer heads the unit and has no supervisor: not appraised; rater and three staff are
        var cycle = cycles.find("cycle:2026-Q1:UJI.C1").orElseThrow();
        Assertions.assertThat(cycle.total()).isEqualTo(4);
        Assertions.assertThat(cycle.started()).isEqualTo(4);
        Assertions.assertThat(cycle.status()).isEqualTo("OPEN");
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("employee-appraisal")
                .processInstanceBusinessKeyLike("%:2026-Q1").list())
                .extracting(ProcessInstance::getBusinessKey)
                .contains(unit.staff().get(0) + ":2026-Q1", unit.rater() + ":2026-Q1")
                .doesNotContain(unit.reviewer() + ":2026-Q1");
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
    }

    @Test
    void secondOpeningOfTheSamePeriodAndUnitIsRefused() {
        var unit = fixture.org("UJI.C2", 1);
        fixture.openCycle("2026-Q1", unit.unit());
        long instances = runtimeService.createProcessInstanceQuery().count();

        Assertions.assertThatThrownBy(() -> fixture.openCycle("2026-Q1", unit.unit()))
                .isInstanceOf(FormValidation.class).hasMessageContaining("sudah pernah dibuka");
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void reRunningTheOpeningStartsNobodyTwice() {
        var unit = fixture.org("UJI.C3", 3);
        String id = runtimeService.startProcessInstanceByKey("appraisal-cycle",
                Map.of("period", "2026", "unitCode", unit.unit())).getId();
        fixture.runOpeningJobs(id);
        long started = runtimeService.createProcessInstanceQuery().processDefinitionKey("employee-appraisal")
                .processInstanceBusinessKeyLike("%:2026").count();

        // what an operator would do after a suspected failure: run the whole opening again, every lane from its start
        runtimeService.createProcessInstanceModification(id).startBeforeActivity("SubProcess_OpenLane#multiInstanceBody")
                .execute();
        fixture.runOpeningJobs(id);

        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("employee-appraisal")
                .processInstanceBusinessKeyLike("%:2026").count()).isEqualTo(started);
        Assertions.assertThat(appraisals.countInCycle("cycle:2026:" + unit.unit())).isEqualTo(4);
    }

    @Test
    void invalidStartIsRefusedWithTheFieldNamed() {
        Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("appraisal-cycle",
                        Map.of("period", "2026-Q5")))
                .isInstanceOf(FormValidation.class).hasMessageStartingWith("period:");
        Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("appraisal-cycle",
                        Map.of("period", "2026-Q4", "unitCode", "TIDAK.ADA")))
                .isInstanceOf(FormValidation.class).hasMessageStartingWith("unitCode:");
        Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("appraisal-cycle",
                        Map.of("period", "2026-Q4", "selfAssessmentDue", "seminggu")))
                .isInstanceOf(FormValidation.class).hasMessageStartingWith("selfAssessmentDue:");
        Assertions.assertThat(cycles.exists("cycle:2026-Q5:ALL")).isFalse();
    }

    @Test
    void annualCalibrationWithoutAdjustmentsReleasesEveryResultForReview() {
        var unit = fixture.org("UJI.C4", 2);
        String cycleId = fixture.openCycle("2025", unit.unit());
        ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processInstanceId(cycleId).singleResult();
        assertThat(cycle).isWaitingAt("Timer_WaitForRatings");

        List<String> everyone = List.of(unit.staff().get(0), unit.staff().get(1), unit.rater());
        for (String nip : everyone) {
            rate(unit, nip, "2025", "SESUAI", "SESUAI");
        }
        // the poll timer: every rating is in now
        fixture.executeJob(cycleId, "Timer_WaitForRatings");
        assertThat(cycle).isWaitingAt("Task_CalibrateUnit").task().hasCandidateGroup("bkpsdm");
        Task calibration = taskService.createTaskQuery().processInstanceId(cycleId).singleResult();
        Assertions.assertThat(calibration.getName()).isEqualTo("Kalibrasi predikat: Unit UJI.C4 (2025)");
        Assertions.assertThat((String) taskService.getVariable(calibration.getId(), "distributionChart"))
                .startsWith("data:image/svg+xml;base64,");
        Assertions.assertThat((String) taskService.getVariable(calibration.getId(), "curveSummary")).contains("Baik");

        fixture.complete(AppraisalFixture.HR, calibration, Map.of("organisationRating", "ISTIMEWA"));
        // the asynchronous step that sends AppraisalCalibrated to each employee of the unit
        fixture.executeJob(cycleId, "Task_ApplyCalibration");

        assertThat(cycle).isEnded();
        for (String nip : everyone) {
            ProcessInstance appraisal = fixture.appraisal(nip, "2025");
            assertThat(appraisal).hasPassed("Event_AppraisalCalibrated").isWaitingAt("Task_ReviewResult");
        }
        Assertions.assertThat(cycles.find("cycle:2025:" + unit.unit()).orElseThrow().status()).isEqualTo("CALIBRATED");
    }

    @Test
    void annualCalibrationAdjustmentChangesThePredikatWithItsReason() {
        var unit = fixture.org("UJI.C5", 1);
        String cycleId = fixture.openCycle("2025", unit.unit());
        String staff = unit.staff().get(0);
        rate(unit, staff, "2025", "DI_ATAS", "DI_ATAS");
        rate(unit, unit.rater(), "2025", "SESUAI", "SESUAI");
        fixture.executeJob(cycleId, "Timer_WaitForRatings");
        Task calibration = taskService.createTaskQuery().processInstanceId(cycleId).singleResult();

        // two BAIK of two still misses the BAIK curve's one Butuh Perbaikan or Kurang: justified for the unit
        fixture.complete(AppraisalFixture.HR, calibration, Map.of("organisationRating", "BAIK", "adjustments",
                "[{\"nip\":\"" + staff + "\",\"predikat\":\"BAIK\",\"reason\":\"Kuota Sangat Baik unit terlampaui\"}]",
                "curveJustification", JUSTIFICATION));
        fixture.executeJob(cycleId, "Task_ApplyCalibration");

        ProcessInstance appraisal = fixture.appraisal(staff, "2025");
        assertThat(appraisal).isWaitingAt("Task_ReviewResult").variables().containsEntry("predikat", "BAIK")
                .containsEntry("calibrationReason", "Kuota Sangat Baik unit terlampaui");
        var stored = appraisals.find(staff, "2025").orElseThrow();
        Assertions.assertThat(stored.ratedPredikat()).isEqualTo("SANGAT_BAIK");
        Assertions.assertThat(stored.predikat()).isEqualTo("BAIK");
        Assertions.assertThat(jdbc.sql("SELECT organisation_rating FROM calibration WHERE cycle_key = ?")
                .param("cycle:2025:" + unit.unit()).query(String.class).single()).isEqualTo("BAIK");

        // accepting makes it the annual result promotion will read
        fixture.complete(staff, fixture.task(appraisal.getId(), "Task_ReviewResult"), Map.of("accepted", true));
        Assertions.assertThat(jdbc.sql("SELECT predikat FROM annual_result WHERE nip = ? AND periode = '2025'")
                .param(staff).query(String.class).single()).isEqualTo("BAIK");
    }

    @Test
    void calibrationOfALargeUnitOutsideTheCurveWithoutAJustificationIsRefused() {
        var unit = fixture.org("UJI.C6", 10);
        String cycleId = fixture.openCycle("2025", unit.unit());
        for (String nip : unit.staff()) {
            rate(unit, nip, "2025", "DI_ATAS", "DI_ATAS");
        }
        rate(unit, unit.rater(), "2025", "DI_ATAS", "DI_ATAS");
        fixture.executeJob(cycleId, "Timer_WaitForRatings");
        Task calibration = taskService.createTaskQuery().processInstanceId(cycleId).singleResult();

        // 11 of 11 SANGAT_BAIK against an ISTIMEWA organisation's limit of 70%
        Assertions.assertThatThrownBy(() -> fixture.complete(AppraisalFixture.HR, calibration,
                        Map.of("organisationRating", "ISTIMEWA")))
                .isInstanceOf(FormValidation.class).hasMessageContaining("70%").hasMessageContaining("pembenaran");
        Assertions.assertThatThrownBy(() -> fixture.complete(AppraisalFixture.HR, calibration,
                        Map.of("organisationRating", "ISTIMEWA", "adjustments",
                                "[{\"nip\":\"" + unit.staff().get(0) + "\",\"predikat\":\"BAIK\",\"reason\":\"\"}]")))
                .isInstanceOf(FormValidation.class).hasMessageContaining("alasan");
        Assertions.assertThat(taskService.createTaskQuery().taskId(calibration.getId()).count()).isOne();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM calibration WHERE cycle_key = ?")
                .param("cycle:2025:" + unit.unit()).query(Long.class).single()).isZero();
    }

    @Test
    void aLargeUnitMayStayOffTheCurveWithAWrittenJustificationShownToTheReviewerAndToHr() {
        var unit = fixture.org("UJI.C7", 10);
        String cycleId = fixture.openCycle("2025", unit.unit());
        for (String nip : unit.staff()) {
            rate(unit, nip, "2025", "DI_ATAS", "DI_ATAS");
        }
        rate(unit, unit.rater(), "2025", "DI_ATAS", "DI_ATAS");
        fixture.executeJob(cycleId, "Timer_WaitForRatings");
        Task calibration = taskService.createTaskQuery().processInstanceId(cycleId).singleResult();
        Assertions.assertThat((String) taskService.getVariable(calibration.getId(), "curveSummary"))
                .contains("bukan batas mutlak");

        // a word is no justification
        Assertions.assertThatThrownBy(() -> fixture.complete(AppraisalFixture.HR, calibration,
                        Map.of("organisationRating", "ISTIMEWA", "curveJustification", "   ")))
                .isInstanceOf(FormValidation.class).hasMessageContaining("pembenaran");
        Assertions.assertThatThrownBy(() -> fixture.complete(AppraisalFixture.HR, calibration,
                        Map.of("organisationRating", "ISTIMEWA", "curveJustification", "Bagus")))
                .isInstanceOf(FormValidation.class).hasMessageContaining("terlalu singkat");
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM calibration WHERE cycle_key = ?")
                .param("cycle:2025:" + unit.unit()).query(Long.class).single()).isZero();

        // 11 of 11 SANGAT_BAIK against ISTIMEWA's 70%: no hard block once the unit says why
        fixture.complete(AppraisalFixture.HR, calibration,
                Map.of("organisationRating", "ISTIMEWA", "curveJustification", "  " + JUSTIFICATION + " "));
        fixture.executeJob(cycleId, "Task_ApplyCalibration");

        var recorded = cycles.calibrations("cycle:2025:" + unit.unit());
        Assertions.assertThat(recorded).singleElement().satisfies(c -> {
            Assertions.assertThat(c.curveJustification()).isEqualTo(JUSTIFICATION);
            Assertions.assertThat(c.curveWarnings()).contains("batas paling banyak 70%");
            Assertions.assertThat(c.organisationRating()).isEqualTo("ISTIMEWA");
        });
        String staff = unit.staff().get(0);
        ProcessInstance appraisal = fixture.appraisal(staff, "2025");
        assertThat(appraisal).isWaitingAt("Task_ReviewResult").variables()
                .containsEntry("curveJustification", JUSTIFICATION).containsEntry("predikat", "SANGAT_BAIK");

        // the objection's judge reads the same justification
        fixture.complete(staff, fixture.task(appraisal.getId(), "Task_ReviewResult"),
                Map.of("accepted", false, "objectionReason", "Saya keberatan dengan catatan penilaian ini."));
        assertThat(appraisal).isWaitingAt("Task_DecideObjection").variables()
                .containsEntry("curveJustification", JUSTIFICATION);
    }

    @Test
    void aSmallUnitOffTheCurveNeedsAJustificationToo() {
        var unit = fixture.org("UJI.C8", 1);
        String cycleId = fixture.openCycle("2025", unit.unit());
        rate(unit, unit.staff().get(0), "2025", "DI_ATAS", "DI_ATAS");
        rate(unit, unit.rater(), "2025", "DI_ATAS", "DI_ATAS");
        fixture.executeJob(cycleId, "Timer_WaitForRatings");
        Task calibration = taskService.createTaskQuery().processInstanceId(cycleId).singleResult();

        // 2 of 2 SANGAT_BAIK: a unit of two departs from ISTIMEWA's curve like a unit of two hundred
        Assertions.assertThatThrownBy(() -> fixture.complete(AppraisalFixture.HR, calibration,
                        Map.of("organisationRating", "ISTIMEWA")))
                .isInstanceOf(FormValidation.class).hasMessageContaining("pembenaran");
        Assertions.assertThat(taskService.createTaskQuery().taskId(calibration.getId()).count()).isOne();
        Assertions.assertThat(cycles.calibrations("cycle:2025:" + unit.unit())).isEmpty();

        fixture.complete(AppraisalFixture.HR, calibration,
                Map.of("organisationRating", "ISTIMEWA", "curveJustification", JUSTIFICATION));
        Assertions.assertThat(cycles.calibrations("cycle:2025:" + unit.unit())).singleElement()
                .satisfies(c -> Assertions.assertThat(c.curveJustification()).isEqualTo(JUSTIFICATION));
    }

    @Test
    void aUnitOnTheCurveNeedsNoJustificationAndRecordsNone() {
        var unit = fixture.org("UJI.C9", 2);
        String cycleId = fixture.openCycle("2025", unit.unit());
        for (String nip : List.of(unit.staff().get(0), unit.staff().get(1), unit.rater())) {
            rate(unit, nip, "2025", "SESUAI", "SESUAI");
        }
        fixture.executeJob(cycleId, "Timer_WaitForRatings");
        Task calibration = taskService.createTaskQuery().processInstanceId(cycleId).singleResult();

        fixture.complete(AppraisalFixture.HR, calibration, Map.of("organisationRating", "ISTIMEWA"));
        Assertions.assertThat(cycles.calibrations("cycle:2025:" + unit.unit())).singleElement().satisfies(c -> {
            Assertions.assertThat(c.curveJustification()).isNull();
            Assertions.assertThat(c.curveWarnings()).isEmpty();
        });
    }

    private void rate(AppraisalFixture.Org unit, String nip, String period, String hasil, String perilaku) {
        ProcessInstance appraisal = fixture.appraisal(nip, period);
        String rater = nip.equals(unit.rater()) ? unit.reviewer() : unit.rater();
        fixture.complete(nip, fixture.task(appraisal.getId(), "Task_SelfAssessment"), Map.of("selfAssessment", TEXT));
        fixture.complete(rater, fixture.task(appraisal.getId(), "Task_RateEmployee"),
                rating(hasil, perilaku, "Catatan penilaian"));
        assertThat(appraisal).isWaitingAt("Event_AppraisalCalibrated");
    }
}
