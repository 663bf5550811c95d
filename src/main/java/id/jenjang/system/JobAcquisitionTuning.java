package id.jenjang.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the job executor's acquisition cheap when the job table is large. Every employee appraisal waits on
 * two timers, so a city of 50,000 holds over 100,000 future timer jobs, and the engine's acquisition query
 * ({@code DUEDATE_ IS NULL OR DUEDATE_ <= now}) reads all of them every time it looks for work. With every job
 * given a due date (asynchronous steps get "now") the query is a range on the due date, served by an index.
 * Both are settings the engine offers; the index is ours because the engine's schema does not carry one.
 */
@Component
public class JobAcquisitionTuning extends AbstractProcessEnginePlugin {

    static final String INDEX = "JENJANG_IDX_JOB_DUEDATE";
    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionTuning.class);

    private DataSource dataSource;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnsureJobDueDateNotNull(true);
        dataSource = configuration.getDataSource();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
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
}
