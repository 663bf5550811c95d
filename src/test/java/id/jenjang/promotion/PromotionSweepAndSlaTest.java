package id.jenjang.promotion;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.jenjang.support.AnnualYears;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
    @Autowired
    Clock clock;
    @Autowired
    SweepJobs sweeps;
    @Autowired
    PromotionSweep pageSweep;

    /**
     * The sweep on the 1st of the month over the seeded demo organisation (plus whatever other tests of this
     * context added), in pages of {@code jenjang.promotion.sweep-page-size} (small in this context, so the demo
     * takes many): a KP reguler case to the next rank, nominated by SISTEM, for exactly the employees whom domain
     * rules section 3 let through and who have no such case open yet, each once; the counts on the sweep's
     * instance add up over the pages; the next month's sweep opens none. Who is due is worked out by
     * {@link KpRegulerDue} from the master data tables, not by EligibilityService (which the sweep uses).
     */
    @Test
    void monthlySweepOpensOneCaseForEachEligibleEmployeeAndNoSecond() {
        BpmnAwareTests.init(engine);
        LocalDate today = LocalDate.now(clock);
        Set<String> openBefore = new HashSet<>();
        Set<String> keysBefore = new HashSet<>();
        for (ProcessInstance p : runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion").list()) {
            openBefore.add(p.getId());
            keysBefore.add(p.getBusinessKey());
        }
        // one who would be due but whose last annual result is not in: "belum dapat dinilai", not opened
        String incomplete = fixture.org("UJI.SWP", 1).staff().get(0);
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, 'BAIK')")
                .params(incomplete, String.valueOf(KpRegulerDue.lastAnnualYear(KpRegulerDue.period(today)) - 1))
                .update();
        Map<String, String> due = KpRegulerDue.dueOn(jdbc, today);
        // the demo has people due (open already or not: another sweep test may have come first), the README's
        // candidate among them, and functional staff on study leave, whom the rule before 2025 left out
        Set<String> demoNips = new HashSet<>(jdbc.sql("SELECT nip FROM employee WHERE demo").query(String.class).list());
        Assertions.assertThat(due.keySet().stream().filter(demoNips::contains).count()).isGreaterThanOrEqualTo(10);
        Assertions.assertThat(due).containsKey(DemoOrganisation.generate(today).logins().candidate());
        Assertions.assertThat(jdbc.sql("SELECT nip FROM employee WHERE demo AND jenis_jabatan = 'FUNGSIONAL'"
                + " AND penugasan = 'TUGAS_BELAJAR'").query(String.class).list()).anyMatch(due::containsKey);
        due.entrySet().removeIf(e -> keysBefore.contains(KpRegulerDue.key(e.getKey(), e.getValue())));
        long active = jdbc.sql("SELECT COUNT(*) FROM employee WHERE aktif").query(Long.class).single();
        long belowTop = jdbc.sql("SELECT COUNT(*) FROM employee WHERE aktif AND golongan <> 'IV/e'")
                .query(Long.class).single();

        // the timer start event fires on the 1st of the month, then its asynchronous pages run one by one
        String sweep = sweeps.sweep();
        List<ProcessInstance> opened = runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion")
                .list().stream().filter(p -> !openBefore.contains(p.getId())).toList();

        List<String> nips = new ArrayList<>();
        for (ProcessInstance p : opened) {
            String nip = (String) runtimeService.getVariable(p.getId(), "nip");
            nips.add(nip);
            Assertions.assertThat(runtimeService.getVariable(p.getId(), "nominatorNip")).as(nip).isEqualTo("SISTEM");
            Assertions.assertThat(p.getBusinessKey()).isEqualTo(KpRegulerDue.key(nip, due.get(nip)));
            assertThat(p).isWaitingAt("Task_VerifyDocuments");
        }
        Assertions.assertThat(nips).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(due.keySet())
                .doesNotContain(incomplete);
        Assertions.assertThat((Integer) sweeps.recorded(sweep, "notAssessable")).isGreaterThanOrEqualTo(1);
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_case WHERE nip = ?").param(incomplete)
                .query(Long.class).single()).isZero();
        Assertions.assertThat(sweeps.recorded(sweep, "opened")).isEqualTo(due.size());
        // every active employee below IV/e looked at once, in pages of the configured size (the last one short)
        Assertions.assertThat(((Integer) sweeps.recorded(sweep, "checked")).longValue()).isEqualTo(belowTop);
        Assertions.assertThat(((Integer) sweeps.recorded(sweep, "pages")).longValue())
                .isEqualTo(active / pageSweep.pageSize() + 1).isGreaterThan(3);

        // next month's sweep opens nothing for the same people, and no case is open twice
        String nextSweep = sweeps.sweep();
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion").count())
                .isEqualTo(openBefore.size() + opened.size());
        Assertions.assertThat(sweeps.recorded(nextSweep, "opened")).isEqualTo(0);
        List<String> keys = runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion").list()
                .stream().map(ProcessInstance::getBusinessKey).toList();
        Assertions.assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void humanStepRemindsAtItsDueDateThenEscalatesToBkpsdm() {
        var unit = fixture.org("UJI.SLA", 1);
        String nip = unit.staff().get(0);
        // eligible, so the case reaches the verification step whose SLA is tested
        AnnualYears years = AnnualYears.forNominationToday(clock);
        jdbc.sql("INSERT INTO annual_result (nip, periode, predikat) VALUES (?, ?, 'BAIK'), (?, ?, 'BAIK')")
                .params(nip, years.previous(), nip, years.last()).update();
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
}
