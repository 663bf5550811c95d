package id.jenjang.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A cycle larger than one page opens in parallel lanes, each a NIP range of its own: together they start every
 * employee exactly once, their pages are jobs the executor may run at the same time (not exclusive), and the
 * lane ends are exclusive so lanes finishing together cannot collide.
 */
@JenjangProcessTest
class CycleOpeningLanesTest {

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    AppraisalSettings settings;
    @Autowired
    CycleScope scope;
    @Autowired
    CycleRepository cycles;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoLanesOpenEveryEmployeeOnceAndTheirPagesMayRunTogether() {
        int staff = 2 * settings.chunkSize() + 20;
        var unit = fixture.org("UJI.LANES", staff);
        int total = staff + 1;
        String id = fixture.openCycleWithoutRunningJobs("2031-Q3", unit.unit());

        List<Job> firstPages = managementService.createJobQuery().processInstanceId(id).activityId("Task_OpenChunk")
                .list();
        assertThat(firstPages).as("one first page per lane").hasSize(settings.openingLanes());
        // only what the job executor reads at acquisition tells: pages of one cycle may run at the same time
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ = ? AND EXCLUSIVE_")
                .param(id).query(Integer.class).single()).isZero();
        fixture.runOpeningJobs(id);

        var cycle = cycles.find("cycle:2031-Q3:UJI.LANES").orElseThrow();
        assertThat(cycle.total()).isEqualTo(total);
        assertThat(cycle.started()).isEqualTo(total);
        assertThat(cycle.status()).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT nip) FROM appraisal WHERE cycle_key = ?")
                .param("cycle:2031-Q3:UJI.LANES").query(Integer.class).single()).isEqualTo(total);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("employee-appraisal")
                .processInstanceBusinessKeyLike("%:2031-Q3").count()).isEqualTo(total);
        List<Integer> laneCounts = historyService.createHistoricVariableInstanceQuery().processInstanceId(id)
                .variableName("laneStarted").list().stream().map(v -> (Integer) v.getValue()).toList();
        assertThat(laneCounts).hasSize(settings.openingLanes()).allMatch(n -> n > settings.chunkSize() / 2);
        assertThat(laneCounts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        HistoricVariableInstance started = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(id).variableName("started").singleResult();
        assertThat(started.getValue()).isEqualTo(total);
        assertThat(historyService.createHistoricJobLogQuery().processInstanceId(id).activityIdIn("EndEvent_LaneOpened")
                .successLog().count()).isEqualTo(settings.openingLanes());
    }

    @Test
    void laneBoundsSplitTheScopeIntoRangesOfAboutEqualSize() {
        var unit = fixture.org("UJI.BOUNDS", 9);
        var units = scope.units(unit.unit());
        int total = scope.count(units);
        List<String> bounds = scope.laneBounds(units, total, 3);

        assertThat(bounds).hasSize(3).startsWith("").isSorted();
        List<String> all = scope.page(units, "", null, 100).stream().map(CycleScope.Member::nip).toList();
        assertThat(scope.page(units, bounds.get(0), bounds.get(1), 100)).hasSize(3);
        assertThat(scope.page(units, bounds.get(1), bounds.get(2), 100)).hasSize(3);
        assertThat(scope.page(units, bounds.get(2), null, 100)).hasSize(4);
        assertThat(total).isEqualTo(10);
        assertThat(all).hasSize(total);
        assertThat(scope.laneBounds(units, total, 1)).containsExactly("");
    }
}
