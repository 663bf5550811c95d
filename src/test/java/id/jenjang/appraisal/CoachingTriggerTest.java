package id.jenjang.appraisal;

import static id.jenjang.support.AppraisalFixture.rating;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A low predikat starts {@code performance-coaching} {@code <nip>:<period>} with the rater as coach, end to end
 * with the real coaching model.
 */
@JenjangProcessTest
class CoachingTriggerTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void lowPredikatStartsCoachingWithTheRaterAsCoachOnce() {
        BpmnAwareTests.init(engine);
        {
            var unit = fixture.org("UJI.K1", 1);
            fixture.openCycle("2026-Q4", unit.unit());
            String nip = unit.staff().get(0);
            ProcessInstance appraisal = fixture.appraisal(nip, "2026-Q4");
            fixture.complete(nip, fixture.task(appraisal.getId(), "Task_SelfAssessment"),
                    Map.of("selfAssessment", "Sebagian target SKP belum tercapai."));
            fixture.complete(unit.rater(), fixture.task(appraisal.getId(), "Task_RateEmployee"),
                    rating("DI_BAWAH", "SESUAI", "Target tidak tercapai"));
            fixture.complete(nip, fixture.task(appraisal.getId(), "Task_ReviewResult"), Map.of("accepted", true));
            assertThat(appraisal).isWaitingAt("Task_StartCoaching");

            // the asynchronous step after the stored result
            fixture.executeJob(appraisal.getId(), "Task_StartCoaching");

            assertThat(appraisal).isEnded().hasPassed("EndEvent_CoachingStarted");
            ProcessInstance coaching = runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey("performance-coaching").processInstanceBusinessKey(nip + ":2026-Q4")
                    .singleResult();
            Assertions.assertThat(coaching).isNotNull();
            assertThat(coaching).variables().containsEntry("nip", nip).containsEntry("coachNip", unit.rater())
                    .containsEntry("appraisalPredikat", "BUTUH_PERBAIKAN");
            assertThat(coaching).isWaitingAt("Task_AgreeCoachingPlan").task().isAssignedTo(unit.rater());
        }
    }
}
