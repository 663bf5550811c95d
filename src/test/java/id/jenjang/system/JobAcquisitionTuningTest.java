package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every job has a due date and the job table an index on it, so the acquisition reads only what is due. */
@JenjangProcessTest
class JobAcquisitionTuningTest {

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    ManagementService managementService;
    @Autowired
    DataSource dataSource;

    @Test
    void asynchronousStepsGetADueDateAndTheDueDateIsIndexed() throws Exception {
        var unit = fixture.org("UJI.JOBS", 1);
        String cycle = fixture.openCycleWithoutRunningJobs("2027-Q1", unit.unit());
        List<Job> pages = managementService.createJobQuery().processInstanceId(cycle).activityId("Task_OpenChunk")
                .list();
        assertThat(pages).isNotEmpty().allMatch(job -> job.getDuedate() != null);
        fixture.runOpeningJobs(cycle);
        assertThat(managementService.createJobQuery().processDefinitionKey("mail-notification").list())
                .isNotEmpty().allMatch(job -> job.getDuedate() != null);

        List<String> indexed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.getMetaData().getIndexInfo(null, null, "ACT_RU_JOB", false, false)) {
            while (rs.next()) {
                if (JobAcquisitionTuning.INDEX.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                    indexed.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        assertThat(indexed).containsExactly("DUEDATE_");
    }
}
