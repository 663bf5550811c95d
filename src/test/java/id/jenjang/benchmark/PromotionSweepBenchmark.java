package id.jenjang.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.jenjang.appraisal.AppraisalHistoryImportService;
import id.jenjang.employee.EmployeeImportService;
import id.jenjang.notification.MailNotificationProcess;
import id.jenjang.promotion.KpPeriod;
import id.jenjang.promotion.PromotionSweep;
import id.jenjang.promotion.PromotionSweepProcess;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Figures for the monthly promotion sweep in pages (ADR 0009: every page must end well inside the job lock),
 * printed, not asserted. Run on PostgreSQL (create the database first):
 *
 * <pre>
 * ./mvnw -B verify -Pbenchmark -Dtest=PromotionSweepBenchmark -Dbenchmark.employees=5000 \
 *     -Dbenchmark.db-url=jdbc:postgresql://127.0.0.1:5432/jenjang_bench -Dbenchmark.db-user=postgres
 * </pre>
 *
 * <p>Imports the organisation of {@link CycleOpeningBenchmark#organisation} ({@code benchmark.employees}
 * staff, jabatan pelaksana II/c since 2019, S1), then sweeps it three times as the monthly timer does, the job
 * executor running the pages as in production: (A) before any annual result is in, so every employee is checked
 * and none can be judged; (B) with BAIK in the last two years for {@code benchmark.due-share} (default 1: all) of
 * the staff and BUTUH_PERBAIKAN for the rest, so the pages open a KP reguler case for each due employee, the
 * worst page being one where all are due; (C) the next month's sweep, every due case already open. For each:
 * total time and what each page held its job (creation to success, from the engine's job log). The mail the
 * cases request is held (job definition suspended), so the sweep is measured alone. Asserted only: each due
 * employee has exactly one case. Results: docs/performance.md.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${benchmark.db-url:jdbc:h2:mem:bench-sweep;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${benchmark.db-user:sa}",
        "spring.datasource.password=${benchmark.db-password:}",
        "jenjang.demo.enabled=false",
        "jenjang.admin.password=benchmark",
        "management.health.mail.enabled=false",
        "logging.level.com.icegreen=WARN"})
@ActiveProfiles(resolver = CycleOpeningBenchmark.ProductionProfile.class)
class PromotionSweepBenchmark {

    static final int EMPLOYEES = Integer.getInteger("benchmark.employees", 5_000);
    static final double DUE_SHARE = Double.parseDouble(System.getProperty("benchmark.due-share", "1"));

    static GreenMail greenMail;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) throws IOException {
        int port = Integer.getInteger("test.smtp-port", 0);
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        int smtpPort = port;
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtpPort);
    }

    @AfterAll
    static void stopMailServer() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    AppraisalHistoryImportService historyImport;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    PromotionSweep sweep;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Environment environment;

    @Test
    void sweepWholeOrganisationInPages() throws Exception {
        long start = System.nanoTime();
        for (String chunk : id.jenjang.support.SyntheticOrganisation.employeeCsv(EMPLOYEES, CycleOpeningBenchmark.IMPORT_CHUNK)) {
            employeeImport.importCsv(chunk, false);
        }
        report("import %d employees in %.1f s", EMPLOYEES + 1, (System.nanoTime() - start) / 1e9);
        managementService.suspendJobDefinitionByProcessDefinitionKey(MailNotificationProcess.KEY, true);
        var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        report("employees=%d page-size=%d due-share=%.2f lock=%d ms profiles=%s", EMPLOYEES, sweep.pageSize(),
                DUE_SHARE, executor.getLockTimeInMillis(), String.join(",", environment.getActiveProfiles()));

        runSweep("A, no annual results yet (all checked, none assessable)");
        long due = importResults();
        runSweep("B, " + due + " due (a case opened for each)");
        runSweep("C, next month (every due case already open)");

        assertThat(count("SELECT COUNT(*) FROM promotion_case WHERE open_key IS NOT NULL")).isEqualTo(due);
        assertThat(count("SELECT COUNT(DISTINCT nip) FROM promotion_case WHERE open_key IS NOT NULL")).isEqualTo(due);
        long mailJobs = count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = ?",
                MailNotificationProcess.KEY);
        report("mail jobs held %d", mailJobs);
    }

    /** BAIK in both years the KP period reads for the due share of the staff, BUTUH_PERBAIKAN for the others. */
    private long importResults() {
        int latest = KpPeriod.lastAnnualYear(KpPeriod.forNomination(LocalDate.now(clock)));
        List<String> staff = jdbc.queryForList("SELECT nip FROM employee WHERE jenis_jabatan = 'PELAKSANA' ORDER BY nip",
                String.class);
        StringBuilder csv = new StringBuilder("nip,periode,predikat\n");
        long due = 0;
        for (int i = 0; i < staff.size(); i++) {
            // spread evenly over the NIP order, so every page holds its share
            boolean good = Math.floor((i + 1) * DUE_SHARE) > Math.floor(i * DUE_SHARE);
            due += good ? 1 : 0;
            String predikat = good ? "BAIK" : "BUTUH_PERBAIKAN";
            csv.append(staff.get(i)).append(',').append(latest).append(',').append(predikat).append('\n');
            csv.append(staff.get(i)).append(',').append(latest - 1).append(',').append(predikat).append('\n');
        }
        long start = System.nanoTime();
        historyImport.importCsv(csv.toString());
        report("annual results for %d staff imported in %.1f s", staff.size(), (System.nanoTime() - start) / 1e9);
        return due;
    }

    /** Fires the monthly timer as the job executor does on the 1st and waits until the executor ran every page. */
    private void runSweep(String label) throws InterruptedException {
        Job timer = managementService.createJobQuery().processDefinitionKey(PromotionSweepProcess.KEY).timers()
                .singleResult();
        long casesBefore = count("SELECT COUNT(*) FROM promotion_case");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long jvmCpuBefore = CycleOpeningBenchmark.jvmCpuNanos();
        long dbCpuBefore = CycleOpeningBenchmark.databaseCpuTicks(jdbc);
        long start = System.nanoTime();
        managementService.executeJob(timer.getId());
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PromotionSweepProcess.KEY).orderByProcessInstanceStartTime().desc().list()
                .get(0);
        long deadline = start + 3_600_000_000_000L;
        while (historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished()
                .count() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double jvmCpuMs = (CycleOpeningBenchmark.jvmCpuNanos() - jvmCpuBefore) / 1e6;
        double dbCpuMs = (CycleOpeningBenchmark.databaseCpuTicks(jdbc) - dbCpuBefore) * 1000.0
                / CycleOpeningBenchmark.TICKS_PER_SECOND;
        long opened = count("SELECT COUNT(*) FROM promotion_case") - casesBefore;
        report("sweep %s: %.1f s for %d employees (%.0f per s), %d cases opened, load average %.1f -> %.1f", label,
                seconds, EMPLOYEES + 1, (EMPLOYEES + 1) / seconds, opened, loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report("  cpu: application %.1f s (%.2f ms per employee), database backends %.1f s (%.2f ms per employee)",
                jvmCpuMs / 1000, jvmCpuMs / (EMPLOYEES + 1), dbCpuMs / 1000, dbCpuMs / (EMPLOYEES + 1));
        report("  pages: %s", PieceDurations.of(historyService, instance.getId(),
                PromotionSweepProcess.Elements.TASK_SWEEP_PAGE).summary());
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ?", instance.getId()))
                .as("sweep ended").isZero();
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK promotion-sweep " + String.format(format, args));
    }
}
