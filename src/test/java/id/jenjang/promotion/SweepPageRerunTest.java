package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import id.jenjang.support.TwiceAtOnce;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sweep page is one transaction: run twice at the same time (a node that outlived its job lock and the node
 * that took the job over) or rolled back halfway (a crash, a refused write), it opens every due case exactly
 * once. Who is due comes from {@link KpRegulerDue}, worked out from the tables, not from the sweep's service.
 */
@JenjangProcessTest
class SweepPageRerunTest {

    static final String CRASH = "JENJANG_TEST_SWEEP_CRASH";

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    SweepJobs sweeps;
    @Autowired
    PromotionSweep pageSweep;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void everyPageRunTwiceAtTheSameTimeOpensEachDueCaseOnce() {
        var org = fixture.org("UJI.SWP2X", 30);
        goodYears(org.staff());
        Map<String, String> due = dueWithoutCase();
        assertThat(due).containsKeys(org.staff().toArray(String[]::new));
        Set<String> openBefore = openPromotions();

        String sweep = sweeps.fireTimer();
        int pages = 0;
        int pagesWithALoser = 0;
        for (Job page = sweeps.page(sweep); page != null; page = sweeps.page(sweep)) {
            String id = page.getId();
            List<Throwable> outcomes = TwiceAtOnce.run(() -> managementService.executeJob(id));
            // the first to commit wins; the other fails on the job's version, on the open key, or finds the job
            // gone, and rolls back whole (both may fail: then the page is still there and runs again)
            assertThat(TwiceAtOnce.succeeded(outcomes)).as("page %d committed twice", pages).isLessThanOrEqualTo(1);
            pagesWithALoser += TwiceAtOnce.succeeded(outcomes) == 1 ? 1 : 0;
            assertThat(++pages).isLessThan(1_000);
        }

        assertOpenedExactly(due, openBefore, sweep);
        assertThat(pagesWithALoser).isGreaterThan(3);
        // the counts were added once per page, not once per run
        assertThat(((Integer) sweeps.recorded(sweep, "checked")).longValue()).isEqualTo(jdbc.sql(
                "SELECT COUNT(*) FROM employee WHERE aktif AND golongan <> 'IV/e'").query(Long.class).single());
    }

    @Test
    void aPageRolledBackHalfwayOpensNothingAndItsRetryOpensEachDueCaseOnce() {
        var org = fixture.org("UJI.SWPRB", 12);
        goodYears(org.staff());
        Map<String, String> due = dueWithoutCase();
        Set<String> openBefore = openPromotions();
        // the sweep page that holds most of the unit, and the last of them in it: the page opens the others
        // first, then the database refuses this one's case and the page's transaction ends there, as in a crash
        List<String> active = jdbc.sql("SELECT nip FROM employee WHERE aktif ORDER BY nip").query(String.class).list();
        Map<Integer, List<String>> byPage = new HashMap<>();
        org.staff().stream().sorted().forEach(nip -> byPage.computeIfAbsent(active.indexOf(nip)
                / pageSweep.pageSize(), p -> new java.util.ArrayList<>()).add(nip));
        List<String> crashPage = byPage.values().stream().max((a, b) -> a.size() - b.size()).orElseThrow();
        assertThat(crashPage).as("due staff on the page before the one refused").hasSizeGreaterThan(2);
        String refused = crashPage.get(crashPage.size() - 1);

        String sweep = sweeps.fireTimer();
        jdbc.sql("ALTER TABLE promotion_case ADD CONSTRAINT " + CRASH + " CHECK (nip <> '" + refused + "')").update();
        Job failed = null;
        Map<String, Object> before = null;
        try {
            for (Job page = sweeps.page(sweep); page != null && failed == null; page = sweeps.page(sweep)) {
                before = runtimeService.getVariables(sweep);
                try {
                    managementService.executeJob(page.getId());
                } catch (RuntimeException refusedWrite) {
                    assertThat(refusedWrite).hasStackTraceContaining(CRASH);
                    failed = page;
                }
            }
            assertThat(failed).as("the page with the refused case failed").isNotNull();
            // nothing of the page is left: no case, no instance, no trail for those it opened before the refusal,
            // and the sweep's cursor and counts as they were before the page
            for (String nip : crashPage) {
                assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_case WHERE nip = ?").param(nip).query(Long.class)
                        .single()).as(nip).isZero();
                assertThat(runtimeService.createProcessInstanceQuery()
                        .processInstanceBusinessKey(KpRegulerDue.key(nip, "II/d")).count()).as(nip).isZero();
            }
            assertThat(runtimeService.getVariables(sweep)).isEqualTo(before);
            Job retry = managementService.createJobQuery().jobId(failed.getId()).singleResult();
            assertThat(retry.getRetries()).isEqualTo(2);
            assertThat(retry.getExceptionMessage()).isNotBlank();
        } finally {
            jdbc.sql("ALTER TABLE promotion_case DROP CONSTRAINT " + CRASH).update();
        }

        // the retry, as the job executor runs it a minute later, and the pages after it
        sweeps.runPages(sweep);
        assertOpenedExactly(due, openBefore, sweep);
    }

    /** Every due employee without a case got exactly one, nominated by SISTEM, and nobody else did. */
    private void assertOpenedExactly(Map<String, String> due, Set<String> openBefore, String sweep) {
        List<ProcessInstance> opened = runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion")
                .list().stream().filter(p -> !openBefore.contains(p.getId())).toList();
        assertThat(opened).extracting(ProcessInstance::getBusinessKey).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(due.entrySet().stream()
                        .map(e -> KpRegulerDue.key(e.getKey(), e.getValue())).toList());
        for (String nip : due.keySet()) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_case WHERE nip = ? AND open_key IS NOT NULL")
                    .param(nip).query(Long.class).single()).as(nip).isEqualTo(1);
        }
        assertThat(sweeps.recorded(sweep, "opened")).isEqualTo(due.size());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion").list())
                .extracting(ProcessInstance::getBusinessKey).doesNotHaveDuplicates();
    }

    /** BAIK in the two annual results the next KP period reads, so the unit's staff are due. */
    private void goodYears(List<String> nips) {
        int latest = KpRegulerDue.lastAnnualYear(KpRegulerDue.period(LocalDate.now(clock)));
        for (String nip : nips) {
            jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, 'BAIK'), (?, ?, 'BAIK')")
                    .params(nip, String.valueOf(latest), nip, String.valueOf(latest - 1)).update();
        }
    }

    private Map<String, String> dueWithoutCase() {
        Map<String, String> due = KpRegulerDue.dueOn(jdbc, LocalDate.now(clock));
        Set<String> keys = new HashSet<>();
        runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion").list()
                .forEach(p -> keys.add(p.getBusinessKey()));
        due.entrySet().removeIf(e -> keys.contains(KpRegulerDue.key(e.getKey(), e.getValue())));
        return due;
    }

    private Set<String> openPromotions() {
        Set<String> ids = new HashSet<>();
        runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion").list()
                .forEach(p -> ids.add(p.getId()));
        return ids;
    }
}
