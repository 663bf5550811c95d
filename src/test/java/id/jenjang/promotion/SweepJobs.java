package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Drives the monthly sweep's jobs by hand, as the job executor would (process tests run without it). */
@Component
class SweepJobs {

    private final ManagementService managementService;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;

    SweepJobs(ManagementService managementService, HistoryService historyService, RuntimeService runtimeService) {
        this.managementService = managementService;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
    }

    /**
     * Fires the sweep's timer start event as the job executor does on the 1st (the cycle then schedules the next
     * month's) and returns the new sweep instance, waiting at its first page.
     */
    String fireTimer() {
        Job timer = managementService.createJobQuery().processDefinitionKey(PromotionSweepProcess.KEY).timers()
                .singleResult();
        assertThat(timer).as("sweep timer scheduled").isNotNull();
        Set<String> before = new HashSet<>(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PromotionSweepProcess.KEY).list().stream().map(HistoricProcessInstance::getId)
                .toList());
        managementService.executeJob(timer.getId());
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PromotionSweepProcess.KEY)
                .list().stream().map(HistoricProcessInstance::getId).filter(id -> !before.contains(id)).findFirst()
                .orElseThrow();
    }

    /** The sweep's waiting page job, or null once the sweep has ended. */
    Job page(String sweep) {
        List<Job> pages = managementService.createJobQuery().processInstanceId(sweep)
                .activityId(PromotionSweepProcess.Elements.TASK_SWEEP_PAGE).list();
        assertThat(pages).as("one page at a time").hasSizeLessThanOrEqualTo(1);
        return pages.isEmpty() ? null : pages.get(0);
    }

    /** Runs the sweep's pages one after the other until it ends; returns how many ran. */
    int runPages(String sweep) {
        int pages = 0;
        for (Job page = page(sweep); page != null; page = page(sweep)) {
            managementService.executeJob(page.getId());
            assertThat(++pages).as("the sweep keeps making pages").isLessThan(10_000);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(sweep).count()).isZero();
        return pages;
    }

    /** Fires the timer and runs every page; returns the sweep instance. */
    String sweep() {
        String sweep = fireTimer();
        runPages(sweep);
        return sweep;
    }

    /** A count the sweep recorded on its instance (checked, opened, notAssessable, pages), from history. */
    Object recorded(String sweep, String variable) {
        var value = historyService.createHistoricVariableInstanceQuery().processInstanceId(sweep)
                .variableName(variable).singleResult();
        return value == null ? null : value.getValue();
    }
}
