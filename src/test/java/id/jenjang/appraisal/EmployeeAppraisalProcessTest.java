package id.jenjang.appraisal;

import static id.jenjang.support.AppraisalFixture.rating;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.jenjang.support.AppraisalFixture;
import org.assertj.core.api.Assertions;
import id.jenjang.support.JenjangProcessTest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code employee-appraisal} with the real models and services; timers and asynchronous steps are
 * fired by hand (the job executor is off in this context).
 */
@JenjangProcessTest
class EmployeeAppraisalProcessTest {

    static final String TEXT = "Semua target SKP periode ini tercapai tepat waktu.";

    @Autowired
    ProcessEngine engine;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    AppraisalRepository appraisals;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    private final java.util.Map<String, ProcessInstance> handles = new java.util.HashMap<>();

    /** bpm-assert re-reads an instance through its handle, which therefore must be taken while it runs. */
    private String start(String nip, String period) {
        ProcessInstance pi = fixture.appraisal(nip, period);
        handles.put(pi.getId(), pi);
        return pi.getId();
    }

    private ProcessInstance instance(String id) {
        return handles.get(id);
    }

    private String endActivity(String id) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
                .getEndActivityId();
    }

    @Test
    void selfAssessmentOnTimeThenRatingAcceptedStoresTheResult() {
        var unit = fixture.org("UJI.P1", 1);
        fixture.openCycle("2026-Q1", unit.unit());
        String nip = unit.staff().get(0);
        String id = start(nip, "2026-Q1");
        assertThat(instance(id)).isWaitingAt("Task_SelfAssessment").task().isAssignedTo(nip);

        fixture.complete(nip, fixture.task(id, "Task_SelfAssessment"), Map.of("selfAssessment", TEXT));
        assertThat(instance(id)).isWaitingAt("Task_RateEmployee").task().isAssignedTo(unit.rater());
        fixture.complete(unit.rater(), fixture.task(id, "Task_RateEmployee"), rating("SESUAI", "SESUAI", null));
        assertThat(instance(id)).hasPassed("Task_DecidePredikat", "Task_RecordRating")
                .hasNotPassed("Event_AppraisalCalibrated").isWaitingAt("Task_ReviewResult")
                .variables().containsEntry("predikat", "BAIK").containsEntry("selfAssessmentMissing", false);
        fixture.complete(nip, fixture.task(id, "Task_ReviewResult"), Map.of("accepted", true));

        assertThat(instance(id)).isEnded();
        var stored = appraisals.find(nip, "2026-Q1").orElseThrow();
        Assertions.assertThat(stored.status()).isEqualTo(AppraisalStatus.FINAL);
        Assertions.assertThat(stored.predikat()).isEqualTo("BAIK");
        Assertions.assertThat(stored.selfAssessment()).isEqualTo(TEXT);
        Assertions.assertThat(stored.recognitionCandidate()).isFalse();
    }

    @Test
    void overdueSelfAssessmentRemindsThenRatingGoesOnWithoutIt() {
        var unit = fixture.org("UJI.P2", 1);
        fixture.openCycle("2026-Q1", unit.unit());
        String nip = unit.staff().get(0);
        String id = start(nip, "2026-Q1");

        // the non-interrupting reminder timer, a day before the due date
        fixture.executeJob(id, "Timer_SelfAssessmentReminder");
        assertThat(instance(id)).hasPassed("Task_RemindSelfAssessment").isWaitingAt("Task_SelfAssessment");
        // the interrupting due-date timer
        fixture.executeJob(id, "Timer_SelfAssessmentOverdue");

        assertThat(instance(id)).hasPassed("Timer_SelfAssessmentOverdue", "Task_RecordSelfAssessment")
                .isWaitingAt("Task_RateEmployee").variables().containsEntry("selfAssessmentMissing", true);
        Assertions.assertThat(appraisals.find(nip, "2026-Q1").orElseThrow()
                .selfAssessmentMissing()).isTrue();
    }

    @ParameterizedTest(name = "hasil {0} x perilaku {1} -> {2}")
    @CsvSource({
            "DI_ATAS, DI_ATAS, SANGAT_BAIK, 1",
            "DI_ATAS, SESUAI, BAIK, 2",
            "DI_ATAS, DI_BAWAH, KURANG, 3",
            "SESUAI, DI_ATAS, BAIK, 4",
            "SESUAI, SESUAI, BAIK, 5",
            "SESUAI, DI_BAWAH, KURANG, 6",
            "DI_BAWAH, DI_ATAS, BUTUH_PERBAIKAN, 7",
            "DI_BAWAH, SESUAI, BUTUH_PERBAIKAN, 8",
            "DI_BAWAH, DI_BAWAH, SANGAT_KURANG, 9"})
    void eachMatrixCellGivesTheRegulationsPredikat(String hasil, String perilaku, String predikat, int cell) {
        var unit = fixture.org("UJI.M" + cell, 1);
        fixture.openCycle("2026-Q2", unit.unit());
        String nip = unit.staff().get(0);
        String id = start(nip, "2026-Q2");
        fixture.complete(nip, fixture.task(id, "Task_SelfAssessment"), Map.of("selfAssessment", TEXT));
        fixture.complete(unit.rater(), fixture.task(id, "Task_RateEmployee"), rating(hasil, perilaku, "Catatan"));
        fixture.complete(nip, fixture.task(id, "Task_ReviewResult"), Map.of("accepted", true));

        var stored = appraisals.find(nip, "2026-Q2").orElseThrow();
        Assertions.assertThat(stored.predikat()).isEqualTo(predikat);
        Assertions.assertThat(stored.recognitionCandidate())
                .isEqualTo(predikat.equals("SANGAT_BAIK"));
        boolean low = Predikat.valueOf(predikat).needsCoaching();
        if (low) {
            assertThat(instance(id)).isWaitingAt("Task_StartCoaching");
        } else {
            assertThat(instance(id)).isEnded();
            Assertions.assertThat(endActivity(id)).isEqualTo("EndEvent_AppraisalFinal");
        }
    }

    @Test
    void objectionUpheldDecidesThePredikatAgain() {
        var unit = fixture.org("UJI.O1", 1);
        fixture.openCycle("2026-Q3", unit.unit());
        String nip = unit.staff().get(0);
        String id = rateAndObject(unit, nip, "2026-Q3", "DI_BAWAH", "SESUAI");

        fixture.complete(unit.reviewer(), fixture.task(id, "Task_DecideObjection"), Map.of(
                "objectionDecision", "UPHELD", "objectionNote", "Bukti capaian SKP lengkap",
                "hasilKerja", "SESUAI", "perilakuKerja", "SESUAI"));

        assertThat(instance(id)).isEnded();
        var stored = appraisals.find(nip, "2026-Q3").orElseThrow();
        Assertions.assertThat(stored.predikat()).isEqualTo("BAIK");
        Assertions.assertThat(stored.objectionDecision()).isEqualTo("UPHELD");
        Assertions.assertThat(stored.objectionReason()).isEqualTo("Capaian saya sudah sesuai SKP");
        Assertions.assertThat(stored.status()).isEqualTo(AppraisalStatus.FINAL);
    }

    @Test
    void objectionRejectedKeepsThePredikatAndStartsCoaching() {
        var unit = fixture.org("UJI.O2", 1);
        fixture.openCycle("2026-Q3", unit.unit());
        String nip = unit.staff().get(0);
        String id = rateAndObject(unit, nip, "2026-Q3", "DI_BAWAH", "SESUAI");

        fixture.complete(unit.reviewer(), fixture.task(id, "Task_DecideObjection"), Map.of(
                "objectionDecision", "REJECTED", "objectionNote", "Capaian di bawah target"));

        assertThat(instance(id)).hasPassed("Task_RecordObjectionDecision", "Task_NotifyObjectionDecision")
                .hasNotPassed("Task_DecidePredikatAgain").isWaitingAt("Task_StartCoaching");
        Assertions.assertThat(appraisals.find(nip, "2026-Q3").orElseThrow().predikat())
                .isEqualTo("BUTUH_PERBAIKAN");
    }

    @Test
    void noAnswerWithinFourteenDaysAcceptsTheResult() {
        var unit = fixture.org("UJI.O3", 1);
        fixture.openCycle("2026-Q3", unit.unit());
        String nip = unit.staff().get(0);
        String id = start(nip, "2026-Q3");
        fixture.complete(nip, fixture.task(id, "Task_SelfAssessment"), Map.of("selfAssessment", TEXT));
        fixture.complete(unit.rater(), fixture.task(id, "Task_RateEmployee"), rating("SESUAI", "SESUAI", null));

        // the interrupting review window timer (P14D)
        fixture.executeJob(id, "Timer_ReviewWindow");

        assertThat(instance(id)).isEnded();
        var stored = appraisals.find(nip, "2026-Q3").orElseThrow();
        Assertions.assertThat(stored.status()).isEqualTo(AppraisalStatus.FINAL);
        Assertions.assertThat(stored.acceptedByTimeout()).isTrue();
    }

    @Test
    void objectionWithoutRaterSupervisorGoesToThePpk() {
        var unit = fixture.org("UJI.O4", 0);
        // the rater of this unit is the reviewer-less head: rate the rater, whose own supervisor has none above
        fixture.openCycle("2026-Q3", unit.unit());
        String id = start(unit.rater(), "2026-Q3");
        fixture.complete(unit.rater(), fixture.task(id, "Task_SelfAssessment"), Map.of("selfAssessment", TEXT));
        fixture.complete(unit.reviewer(), fixture.task(id, "Task_RateEmployee"), rating("SESUAI", "SESUAI", null));
        fixture.complete(unit.rater(), fixture.task(id, "Task_ReviewResult"), Map.of("accepted", false,
                "objectionReason", "Penilaian tidak mempertimbangkan tugas tambahan"));

        assertThat(instance(id)).isWaitingAt("Task_DecideObjection").task().hasCandidateGroup("ppk").isNotAssigned();
    }

    private String rateAndObject(AppraisalFixture.Org unit, String nip, String period, String hasil, String perilaku) {
        String id = start(nip, period);
        fixture.complete(nip, fixture.task(id, "Task_SelfAssessment"), Map.of("selfAssessment", TEXT));
        fixture.complete(unit.rater(), fixture.task(id, "Task_RateEmployee"), rating(hasil, perilaku, "Di bawah target"));
        fixture.complete(nip, fixture.task(id, "Task_ReviewResult"), Map.of("accepted", false,
                "objectionReason", "Capaian saya sudah sesuai SKP"));
        assertThat(instance(id)).hasPassed("Task_RecordObjection").isWaitingAt("Task_DecideObjection").task()
                .isAssignedTo(unit.reviewer());
        return id;
    }
}
