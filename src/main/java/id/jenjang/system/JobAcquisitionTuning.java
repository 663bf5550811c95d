package id.jenjang.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the job executor's acquisition cheap when the job table is large. Every employee appraisal waits on
 * two timers, so a city of 50,000 holds over 100,000 future timer jobs, and the engine's acquisition query
 * ({@code DUEDATE_ IS NULL OR DUEDATE_ <= now}) reads all of them every time it looks for work. With every job
 * given a due date (asynchronous steps get "now") the query is a range on the due date, served by an index.
 * Both are settings the engine offers; the index is ours because the engine's schema does not carry one.
 *
 * <p>It also says at start how soon the jobs of a node that dies are taken over (lock time plus the longest idle
 * wait, ADR 0009), and warns when the configuration puts that beyond a minute.
 */
@Component
public class JobAcquisitionTuning extends AbstractProcessEnginePlugin {

    static final String INDEX = "JENJANG_IDX_JOB_DUEDATE";
    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionTuning.class);

    /** What the issue asks of recovery: work a dead node held is taken over within a minute. */
    static final long TAKEOVER_TARGET_MS = 60_000;

    private DataSource dataSource;
    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnsureJobDueDateNotNull(true);
        dataSource = configuration.getDataSource();
        this.configuration = configuration;
    }

    /**
     * The longest a job locked by a node that died waits before another node's executor acquires it: its lock
     * runs out at most the lock time after the dead node took it, and an idle executor looks again within its
     * longest wait.
     */
    public static long takeoverBoundMillis(JobExecutor executor) {
        return executor.getLockTimeInMillis() + Math.max(executor.getMaxWait(), executor.getWaitTimeInMillis());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        reportTakeover(configuration.getJobExecutor());
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON ACT_RU_JOB (DUEDATE_)");
            // jobs written before this setting have none, and the acquisition would never see them again
            int updated = sql.executeUpdate("UPDATE ACT_RU_JOB SET DUEDATE_ = CURRENT_TIMESTAMP WHERE DUEDATE_ IS NULL");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            if (updated > 0) {
                log.info("Gave {} waiting jobs a due date (the acquisition now reads jobs by due date)", updated);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the job table for acquisition by due date", e);
        }
    }

    private static void reportTakeover(JobExecutor executor) {
        if (executor == null) {
            return;
        }
        long bound = takeoverBoundMillis(executor);
        if (bound > TAKEOVER_TARGET_MS) {
            log.warn("Jobs of a node that dies wait up to {} s for another node (lock {} s + idle wait {} s), more"
                    + " than a minute: see camunda.bpm.job-execution in application.yaml and ADR 0009", bound / 1000,
                    executor.getLockTimeInMillis() / 1000, executor.getMaxWait() / 1000);
        } else {
            log.info("Job lock {} s, idle wait at most {} s: jobs of a node that dies are taken over within {} s",
                    executor.getLockTimeInMillis() / 1000, executor.getMaxWait() / 1000, bound / 1000);
        }
    }
}
