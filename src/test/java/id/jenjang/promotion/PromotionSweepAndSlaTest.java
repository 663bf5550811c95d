package id.jenjang.promotion;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The monthly sweep over the demo organisation, and the SLA timer of a human step. */
@JenjangProcessTest
class PromotionSweepAndSlaTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void monthlySweepOpensOneCaseForEachEligibleEmployeeAndNoSecond() {
        BpmnAwareTests.init(engine);
        // the timer start event on the 1st of the month, then its asynchronous sweep step
        Job timer = managementService.createJobQuery().processDefinitionKey("promotion-sweep").timers().singleResult();
        Assertions.assertThat(timer).as("sweep timer scheduled at deployment").isNotNull();
        managementService.executeJob(timer.getId());
        runSweepSteps();
        List<ProcessInstance> opened = runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion")
                .variableValueEquals("nominatorNip", "SISTEM").list();
        Assertions.assertThat(opened).isNotEmpty();
        for (ProcessInstance p : opened) {
            Assertions.assertThat(p.getBusinessKey()).contains(":KP_REGULER:");
            assertThat(p).isWaitingAt("Task_VerifyDocuments");
        }

        // a second sweep (next month) opens nothing for the same people
        runtimeService.startProcessInstanceByKey("promotion-sweep");
        runSweepSteps();
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion")
                .variableValueEquals("nominatorNip", "SISTEM").count()).isEqualTo(opened.size());
    }

    @Test
    void humanStepRemindsAtItsDueDateThenEscalatesToBkpsdm() {
        var unit = fixture.org("UJI.SLA", 1);
        String nip = unit.staff().get(0);
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, '2024', 'BAIK'), (?, '2025', 'BAIK')")
                .params(nip, nip).update();
        identityService.setAuthentication(unit.rater(), List.of("pegawai"));
        ProcessInstance p;
        try {
            p = runtimeService.startProcessInstanceByKey("promotion", Map.of("nip", nip, "promotionType", "KP_REGULER",
                    "targetRank", "II/d", "nominationReason", "Kinerja baik"));
        } finally {
            identityService.clearAuthentication();
        }
        Task verification = fixture.task(p.getId(), "Task_VerifyDocuments");
        Assertions.assertThat(verification.getDueDate()).isNotNull();
        long mailsBefore = mailJobs();

        // first firing of the SLA cycle: reminder to the group
        fixture.executeJob(p.getId(), "Timer_VerifyDocumentsSla");
        Assertions.assertThat(mailJobs()).isGreaterThan(mailsBefore);
        Assertions.assertThat(taskService.createTaskQuery().taskId(verification.getId()).singleResult().getPriority())
                .isEqualTo(50);
        // second firing: escalation, the task stands out in Tasklist
        fixture.executeJob(p.getId(), "Timer_VerifyDocumentsSla");
        Assertions.assertThat(taskService.createTaskQuery().taskId(verification.getId()).singleResult().getPriority())
                .isEqualTo(SlaReminderDelegate.ESCALATED_PRIORITY);
    }

    private long mailJobs() {
        return managementService.createJobQuery().processDefinitionKey("mail-notification").count();
    }

    private void runSweepSteps() {
        for (Job job : managementService.createJobQuery().processDefinitionKey("promotion-sweep").activityId(
                "Task_SweepEligible").list()) {
            managementService.executeJob(job.getId());
        }
    }
}
