package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.appraisal.AppraisalCycleProcess;
import id.jenjang.appraisal.AppraisalRepository;
import id.jenjang.appraisal.CycleRepository;
import id.jenjang.support.AppraisalFixture;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The jobs of a node that died mid-work (kill -9: no unlock, no rollback of the lock it had written) are taken
 * over by this node's job executor once their lock runs out, and within the time the shipped settings promise
 * (ADR 0009): the real executor, the real opening of a cycle, a lock written as the dead node's acquisition
 * wrote it. On H2 ({@code DeadNodeTakeoverTest}) and PostgreSQL ({@code DeadNodeTakeoverPostgresIT}).
 */
abstract class DeadNodeTakeover {

    static final String DEAD_NODE = "node-that-died";
    /** What executing a page of a dozen appraisals may take on a loaded build machine, beyond the acquisition. */
    static final long EXECUTION_ALLOWANCE_MS = 10_000;

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
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
    void theShippedSettingsTakeOverTheJobsOfADeadNodeWithinAMinute() {
        JobExecutor executor = executor();
        assertThat(executor.isActive()).isTrue();
        // the engine's own defaults (a 5-minute lock, 60 s idle wait) would take up to six minutes
        assertThat(JobAcquisitionTuning.takeoverBoundMillis(executor)).isLessThanOrEqualTo(60_000);
        assertThat((long) executor.getLockTimeInMillis()).isGreaterThan(executor.getMaxWait());
    }

    @Test
    void pagesLockedByANodeThatDiedAreOpenedHereOnceTheirLockRunsOut() {
        var org = fixture.org("UJI.DEAD1", 10);
        JobExecutor executor = executor();
        String key = AppraisalCycleProcess.businessKey("2033-Q1", org.unit());
        // the dead node took the pages a lock time ago less 8 s, so their lock runs out 8 s from now
        long expiry = ClockUtil.getCurrentTime().getTime() + 8_000;
        long deadNodeTookThem = expiry - executor.getLockTimeInMillis();
        String cycle = openWithPagesLockedBy(DEAD_NODE, expiry, "2033-Q1", org.unit());
        List<String> pages = pageIds(cycle);
        assertThat(pages).isNotEmpty();

        // while the lock holds, this node leaves the pages alone
        sleepUntil(expiry - 3_000);
        assertThat(jdbc.sql("SELECT LOCK_OWNER_ FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ = ?").param(cycle)
                .query(String.class).list()).hasSameSizeAs(pages).containsOnly(DEAD_NODE);
        assertThat(appraisals.countInCycle(key)).isZero();

        // once it ran out, this node's executor takes them (an idle executor looks at most every max-wait)
        waitUntilOpen(key, expiry + executor.getMaxWait() + 60_000);
        for (HistoricJobLog done : successes(pages)) {
            long at = done.getTimestamp().getTime();
            assertThat(at).as("ran before the dead node's lock ran out").isGreaterThanOrEqualTo(expiry);
            assertThat(at - expiry).as("ms after the lock ran out")
                    .isLessThanOrEqualTo(executor.getMaxWait() + EXECUTION_ALLOWANCE_MS);
            assertThat(at - deadNodeTookThem).as("ms after the dead node took the page")
                    .isLessThanOrEqualTo(JobAcquisitionTuning.takeoverBoundMillis(executor) + EXECUTION_ALLOWANCE_MS);
        }
        assertThat(appraisals.countInCycle(key)).isEqualTo(org.staff().size() + 1);
    }

    @Test
    void pagesWhoseLockRanOutBeforeThisNodeCameUpAreTakenAtOnce() {
        var org = fixture.org("UJI.DEAD2", 10);
        JobExecutor executor = executor();
        String key = AppraisalCycleProcess.businessKey("2033-Q2", org.unit());
        // the node died long ago (or all nodes were down): the lock ran out a minute before this node saw it
        long expiry = ClockUtil.getCurrentTime().getTime() - 60_000;
        String cycle = openWithPagesLockedBy(DEAD_NODE, expiry, "2033-Q2", org.unit());
        long committed = ClockUtil.getCurrentTime().getTime();
        List<String> pages = pageIds(cycle);

        waitUntilOpen(key, committed + executor.getMaxWait() + 60_000);
        for (HistoricJobLog done : successes(pages)) {
            assertThat(done.getTimestamp().getTime() - committed).as("ms after the locked pages were written")
                    .isLessThanOrEqualTo(executor.getMaxWait() + EXECUTION_ALLOWANCE_MS);
        }
        assertThat(appraisals.countInCycle(key)).isEqualTo(org.staff().size() + 1);
    }

    private JobExecutor executor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    /**
     * Starts the cycle as BKPSDM would and, in the same transaction, writes on its first pages what the dead
     * node's acquisition wrote: its name and the lock's expiry. No executor ever sees them unlocked.
     */
    private String openWithPagesLockedBy(String owner, long expiry, String period, String unit) {
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
                    .params(owner, new Timestamp(expiry), id).update();
            return id;
        });
    }

    private List<String> pageIds(String cycle) {
        return managementService.createJobQuery().processInstanceId(cycle)
                .activityId(AppraisalCycleProcess.Elements.TASK_OPEN_CHUNK).list().stream().map(Job::getId).toList();
    }

    private List<HistoricJobLog> successes(List<String> jobIds) {
        List<HistoricJobLog> done = jobIds.stream().flatMap(id -> historyService.createHistoricJobLogQuery().jobId(id)
                .successLog().list().stream()).toList();
        assertThat(done).as("each page ran once").hasSameSizeAs(jobIds);
        return done;
    }

    private void waitUntilOpen(String key, long deadline) {
        while (!"OPEN".equals(cycles.find(key).orElseThrow().status()) && System.currentTimeMillis() < deadline) {
            sleep(200);
        }
        assertThat(cycles.find(key).orElseThrow().status()).isEqualTo("OPEN");
    }

    private static void sleepUntil(long at) {
        long left = at - ClockUtil.getCurrentTime().getTime();
        if (left > 0) {
            sleep(left);
        }
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
