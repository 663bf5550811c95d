package id.jenjang.promotion;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.jenjang.support.AnnualYears;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.JenjangProcessTest;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
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
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /**
     * The sweep on the 1st of the month over the seeded demo organisation (plus whatever other tests of this
     * context added): a KP reguler case to the next rank, nominated by SISTEM, for exactly the employees whom
     * domain rules section 3 let through and who have no such case open yet, each once; the next month's sweep
     * opens none. Who is due is worked out here from the master data tables, not by EligibilityService (which
     * the sweep uses): four years since TMT golongan; BAIK or better in each of the last two annual appraisals;
     * no moderate or severe sanction recorded and not ended, nor an examination (empty level); (Peraturan BKN 2/2025, replacing "the next rank not
     * above the direct supervisor's") jabatan pelaksana, study leave or secondment without a leadership post only, and the next rank not above the highest for the
     * education (the regulation's table, written out here); the service exam never blocks (BKPSDM verifies it).
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
                .params(incomplete, String.valueOf(lastAnnualYear(period(today)) - 1)).update();
        Map<String, String> due = dueForKpReguler(today);
        due.entrySet().removeIf(e -> keysBefore.contains(e.getKey() + ":KP_REGULER:" + e.getValue()));
        // the demo has people due, the README's candidate among them
        Set<String> demoNips = new HashSet<>(jdbc.sql("SELECT nip FROM employee WHERE demo").query(String.class).list());
        Assertions.assertThat(due.keySet().stream().filter(demoNips::contains).count()).isGreaterThanOrEqualTo(10);
        Assertions.assertThat(due).containsKey(DemoOrganisation.generate(today).logins().candidate());
        // and functional staff on study leave among them, whom the rule before 2025 left out
        Assertions.assertThat(jdbc.sql("SELECT nip FROM employee WHERE demo AND jenis_jabatan = 'FUNGSIONAL'"
                + " AND penugasan = 'TUGAS_BELAJAR'").query(String.class).list()).anyMatch(due::containsKey);

        // the timer start event fires on the 1st of the month, then its asynchronous sweep step runs
        String sweep = fireSweepTimer();
        List<ProcessInstance> opened = runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion")
                .list().stream().filter(p -> !openBefore.contains(p.getId())).toList();

        List<String> nips = new ArrayList<>();
        for (ProcessInstance p : opened) {
            String nip = (String) runtimeService.getVariable(p.getId(), "nip");
            nips.add(nip);
            Assertions.assertThat(runtimeService.getVariable(p.getId(), "nominatorNip")).as(nip).isEqualTo("SISTEM");
            Assertions.assertThat(p.getBusinessKey()).isEqualTo(nip + ":KP_REGULER:" + due.get(nip));
            assertThat(p).isWaitingAt("Task_VerifyDocuments");
        }
        Assertions.assertThat(nips).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(due.keySet())
                .doesNotContain(incomplete);
        Assertions.assertThat((Integer) historyService.createHistoricVariableInstanceQuery().processInstanceId(sweep)
                .variableName("notAssessable").singleResult().getValue()).isGreaterThanOrEqualTo(1);
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_case WHERE nip = ?").param(incomplete)
                .query(Long.class).single()).isZero();
        Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(sweep)
                .variableName("opened").singleResult().getValue()).isEqualTo(due.size());

        // next month's sweep opens nothing for the same people, and no case is open twice
        String nextSweep = fireSweepTimer();
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("promotion").count())
                .isEqualTo(openBefore.size() + opened.size());
        Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(nextSweep)
                .variableName("opened").singleResult().getValue()).isEqualTo(0);
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

    /**
     * Fires the sweep's timer start event as the job executor does on the 1st (the cycle then schedules the next
     * month's), runs the sweep step it starts, and returns the sweep's instance id.
     */
    private String fireSweepTimer() {
        Job timer = managementService.createJobQuery().processDefinitionKey("promotion-sweep").timers().singleResult();
        Assertions.assertThat(timer).as("sweep timer scheduled").isNotNull();
        Set<String> sweepsBefore = new HashSet<>(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("promotion-sweep").list().stream().map(h -> h.getId()).toList());
        managementService.executeJob(timer.getId());
        String sweep = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("promotion-sweep")
                .list().stream().map(h -> h.getId()).filter(id -> !sweepsBefore.contains(id)).findFirst()
                .orElseThrow();
        Job step = managementService.createJobQuery().processInstanceId(sweep).activityId("Task_SweepEligible")
                .singleResult();
        managementService.executeJob(step.getId());
        return sweep;
    }

    static final List<String> RANKS = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a",
            "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");
    static final Set<String> GOOD = Set.of("SANGAT_BAIK", "BAIK");
    /** Peraturan BKN 2/2025, highest rank by KP reguler per education (SMA is the old name of SLTA). */
    static final Map<String, String> CEILING = Map.ofEntries(Map.entry("SD", "II/a"), Map.entry("SLTP", "II/c"),
            Map.entry("SLTP_KEJURUAN", "II/d"), Map.entry("SLTA", "III/b"), Map.entry("SMA", "III/b"),
            Map.entry("SLTA_KEJURUAN", "III/b"), Map.entry("D1", "III/b"), Map.entry("D2", "III/b"),
            Map.entry("D3", "III/c"), Map.entry("S1", "III/d"), Map.entry("D4", "III/d"), Map.entry("S2", "IV/a"),
            Map.entry("S3", "IV/b"));

    /** The KP period a sweep on {@code today} is for: that day on a 1st, else the next 1st (Peraturan BKN 4/2025). */
    static LocalDate period(LocalDate today) {
        return today.getDayOfMonth() == 1 ? today : today.withDayOfMonth(1).plusMonths(1);
    }

    /** The last year whose annual result is final on the period date: the year before it from 1 February. */
    static int lastAnnualYear(LocalDate period) {
        return period.getMonthValue() == 1 ? period.getYear() - 2 : period.getYear() - 1;
    }

    /**
     * NIP -> next rank of every active employee due for KP reguler by a sweep on this day, read from the tables:
     * judged on the KP period date (years in rank, sanctions, the two annual results final then).
     */
    private Map<String, String> dueForKpReguler(LocalDate sweepDay) {
        LocalDate today = period(sweepDay);
        Map<String, Map<Integer, String>> annual = new HashMap<>();
        jdbc.sql("SELECT nip, periode, predikat FROM annual_result").query((rs, n) -> {
            if (rs.getString("periode").matches("\\d{4}")) {
                annual.computeIfAbsent(rs.getString("nip"), k -> new HashMap<>())
                        .put(Integer.parseInt(rs.getString("periode")), rs.getString("predikat"));
            }
            return null;
        }).list();
        Set<String> sanctioned = new HashSet<>(jdbc.sql("SELECT nip FROM discipline_record WHERE (tingkat IN"
                + " ('SEDANG', 'BERAT') OR tingkat IS NULL) AND (selesai IS NULL OR selesai >= ?)").param(java.sql.Date.valueOf(today))
                .query(String.class).list());
        Map<String, String> due = new HashMap<>();
        jdbc.sql("SELECT nip, golongan, tmt_golongan, jenis_jabatan, penugasan, pendidikan FROM employee WHERE aktif")
                .query((rs, n) -> {
            String nip = rs.getString("nip");
            int current = RANKS.indexOf(rs.getString("golongan"));
            if (current == RANKS.size() - 1) {
                return null;
            }
            String next = RANKS.get(current + 1);
            Map<Integer, String> results = annual.getOrDefault(nip, Map.of());
            int latest = lastAnnualYear(today);
            boolean years = !rs.getDate("tmt_golongan").toLocalDate().plusYears(4).isAfter(today);
            // a year without a result is not a good year (Set.of refuses to look up null)
            boolean good = GOOD.contains(results.getOrDefault(latest, "BELUM_ADA"))
                    && GOOD.contains(results.getOrDefault(latest - 1, "BELUM_ADA"));
            // pelaksana, or on study leave, or seconded outside the agency without a leadership post
            String jenis = rs.getString("jenis_jabatan");
            String away = rs.getString("penugasan");
            boolean pelaksana = jenis.equals("PELAKSANA") || "TUGAS_BELAJAR".equals(away)
                    || (away != null && !Set.of("JPT", "ADMINISTRATOR", "PENGAWAS").contains(jenis));
            String ceiling = CEILING.get(rs.getString("pendidikan"));
            boolean underCeiling = ceiling != null && RANKS.indexOf(next) <= RANKS.indexOf(ceiling);
            if (pelaksana && years && good && underCeiling && !sanctioned.contains(nip)) {
                due.put(nip, next);
            }
            return null;
        }).list();
        return due;
    }
}
