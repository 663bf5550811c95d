package id.jenjang.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.TwiceAtOnce;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page of a cycle opening is one transaction: run twice at the same time (a node that outlived its job lock
 * and the node that took the job over) or failing at its commit, after it started its instances and wrote its
 * rows, it starts every appraisal exactly once. The first pages are held by a lock of an absent node while the
 * test runs them by hand, so the job executor (on in the PostgreSQL context) leaves them alone; what follows them
 * runs as the executor would. On H2 ({@code OpeningPageRerunTest}) and PostgreSQL ({@code ...PostgresIT}).
 */
abstract class OpeningPageRerun {

    static final String CRASH = "JENJANG_TEST_OPENING_CRASH";
    static final String HELD_BY = "node-held-by-test";

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CycleRepository cycles;
    @Autowired
    AppraisalRepository appraisals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void eachOpeningPageRunTwiceAtTheSameTimeStartsEveryAppraisalOnce() {
        var org = fixture.org("UJI.OPEN2X", 40);
        String period = "2032-Q1";
        String cycle = openWithPagesHeld(period, org.unit());
        List<Job> pages = pages(cycle);
        assertThat(pages).isNotEmpty();

        for (Job page : pages) {
            List<Throwable> outcomes = TwiceAtOnce.run(() -> managementService.executeJob(page.getId()));
            // the first to commit wins; the other fails on the job's version or the appraisal's key, or finds the
            // job gone, and rolls back whole
            assertThat(TwiceAtOnce.succeeded(outcomes)).as("page committed twice: %s", outcomes).isEqualTo(1);
        }
        finishOpening(cycle, AppraisalCycleProcess.businessKey(period, org.unit()));

        assertEveryoneStartedOnce(period, org, AppraisalCycleProcess.businessKey(period, org.unit()));
    }

    @Test
    void anOpeningPageWhoseCommitFailsLeavesNothingAndItsRetryStartsEveryAppraisalOnce() {
        var org = fixture.org("UJI.OPENRB", 20);
        String period = "2032-Q2";
        String key = AppraisalCycleProcess.businessKey(period, org.unit());
        String cycle = openWithPagesHeld(period, org.unit());
        List<Job> pages = pages(cycle);
        // the progress row refuses the page's count, written last before the commit (OpenChunkDelegate): the page
        // has started its instances and written its appraisal rows by then
        jdbc.sql("ALTER TABLE appraisal_cycle ADD CONSTRAINT " + CRASH + " CHECK (business_key <> '" + key
                + "' OR started = 0)").update();
        try {
            String id = pages.get(0).getId();
            RuntimeException failure = null;
            try {
                managementService.executeJob(id);
            } catch (RuntimeException e) {
                failure = e;
            }
            assertThat(failure).as("the page's commit failed").isNotNull();
            assertThat(failure.toString() + stackTrace(failure)).containsIgnoringCase(CRASH);
            assertThat(appraisals.countInCycle(key)).isZero();
            assertThat(cycles.find(key).orElseThrow().started()).isZero();
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(EmployeeAppraisalProcess.KEY)
                    .processInstanceBusinessKeyLike("%:" + period).count()).isZero();
            Job retry = managementService.createJobQuery().jobId(id).singleResult();
            assertThat(retry.getRetries()).isEqualTo(2);
        } finally {
            jdbc.sql("ALTER TABLE appraisal_cycle DROP CONSTRAINT " + CRASH).update();
        }

        // the retry, then the other lane's first page
        for (Job page : pages) {
            if (managementService.createJobQuery().jobId(page.getId()).count() > 0) {
                managementService.executeJob(page.getId());
            }
        }
        finishOpening(cycle, key);
        assertEveryoneStartedOnce(period, org, key);
    }

    /**
     * Starts the cycle as BKPSDM would, and in the same transaction locks its first pages for an hour under
     * another node's name, so no job executor runs them before the test does.
     */
    private String openWithPagesHeld(String period, String unit) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            identityService.setAuthentication(AppraisalFixture.HR, List.of("pegawai", "bkpsdm"));
            String id;
            try {
                id = runtimeService.startProcessInstanceByKey(AppraisalCycleProcess.KEY,
                        Map.of("period", period, "unitCode", unit)).getId();
            } finally {
                identityService.clearAuthentication();
            }
            jdbc.sql("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? WHERE PROCESS_INSTANCE_ID_ = ?")
                    .params(HELD_BY, new Timestamp(ClockUtil.getCurrentTime().getTime() + 3_600_000L), id).update();
            return id;
        });
    }

    private List<Job> pages(String cycle) {
        return managementService.createJobQuery().processInstanceId(cycle)
                .activityId(AppraisalCycleProcess.Elements.TASK_OPEN_CHUNK).list();
    }

    /** The lane ends and the finish, by the job executor where it runs, else by hand. */
    private void finishOpening(String cycle, String key) {
        if (((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().isActive()) {
            long deadline = System.currentTimeMillis() + 120_000;
            while (!"OPEN".equals(cycles.find(key).orElseThrow().status()) && System.currentTimeMillis() < deadline) {
                sleep(200);
            }
        } else {
            fixture.runOpeningJobs(cycle);
        }
        assertThat(cycles.find(key).orElseThrow().status()).isEqualTo("OPEN");
    }

    private void assertEveryoneStartedOnce(String period, AppraisalFixture.Org org, String key) {
        List<String> appraised = new ArrayList<>(org.staff());
        appraised.add(org.rater());
        assertThat(jdbc.sql("SELECT nip FROM appraisal WHERE cycle_key = ?").param(key).query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(appraised);
        List<String> started = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(EmployeeAppraisalProcess.KEY).processInstanceBusinessKeyLike("%:" + period)
                .list().stream().map(p -> p.getBusinessKey()).toList();
        assertThat(started).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                appraised.stream().map(nip -> EmployeeAppraisalProcess.businessKey(nip, period)).toList());
        assertThat(cycles.find(key).orElseThrow().started()).isEqualTo(appraised.size());
    }

    private static String stackTrace(Throwable t) {
        StringBuilder text = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            text.append(' ').append(c.getMessage());
        }
        return text.toString();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
