package id.jenjang.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.jenjang.appraisal.AppraisalCycleProcess;
import id.jenjang.appraisal.AppraisalSettings;
import id.jenjang.appraisal.CycleRepository;
import id.jenjang.appraisal.EmployeeAppraisalProcess;
import id.jenjang.appraisal.Period;
import id.jenjang.employee.EmployeeImportService;
import id.jenjang.notification.MailNotificationProcess;
import id.jenjang.support.SyntheticOrganisation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Figures for opening an appraisal cycle for a whole organisation (issue: "50,000 employees on PostgreSQL, at
 * least 1,000 instances per second"), printed, not asserted. Run on PostgreSQL (create the database first):
 *
 * <pre>
 * ./mvnw -B verify -Pbenchmark -Dtest=CycleOpeningBenchmark \
 *     -Dbenchmark.db-url=jdbc:postgresql://127.0.0.1:5432/jenjang_bench2 -Dbenchmark.db-user=postgres
 * </pre>
 *
 * <p>Imports a synthetic organisation of {@code benchmark.employees} (default 50,000) appraisable employees,
 * each with a supervisor, through {@link EmployeeImportService}; opens a 1,000-employee cycle of an earlier
 * period to warm the JVM up; then starts {@code appraisal-cycle} for all units as {@code POST /api/cycles}
 * does and waits until the job executor has opened every employee appraisal, reading the progress that
 * {@code GET /api/cycles/{businessKey}} reports every second.
 *
 * <p>The application runs with its own configuration (job executor included; on PostgreSQL with the
 * production profile {@code postgres}); only the mail server is a GreenMail started here. The mail-sending
 * jobs are held (their job definition suspended) while the cycle opens, so the figures are the opening alone;
 * the mail is then released and its sending measured for {@code benchmark.mail-drain-seconds}.
 * {@code -Dbenchmark.mail=concurrent} sends while opening instead. Besides time, the benchmark reports CPU
 * seconds of the application (by thread group) and of the PostgreSQL backends, which stay comparable when
 * other work shares the machine. Only correctness is asserted: one appraisal row and one instance per
 * employee, no duplicates. Results: docs/performance.md.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${benchmark.db-url:jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${benchmark.db-user:sa}",
        "spring.datasource.password=${benchmark.db-password:}",
        "jenjang.demo.enabled=false",
        "jenjang.admin.password=benchmark",
        "management.health.mail.enabled=false",
        "logging.level.com.icegreen=WARN"})
@ActiveProfiles(resolver = CycleOpeningBenchmark.ProductionProfile.class)
class CycleOpeningBenchmark {

    /** On PostgreSQL the application runs with its production profile {@code postgres}, as deployed. */
    static class ProductionProfile implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return System.getProperty("benchmark.db-url", "").startsWith("jdbc:postgresql:")
                    ? new String[] {"postgres"} : new String[0];
        }
    }

    static final int EMPLOYEES = Integer.getInteger("benchmark.employees", 50_000);
    static final int IMPORT_CHUNK = 5_000;
    static final String PERIOD = System.getProperty("benchmark.period", "2026-Q4");
    static final boolean MAIL_HELD = !"concurrent".equals(System.getProperty("benchmark.mail", "held"));
    static final int MAIL_DRAIN_SECONDS = Integer.getInteger("benchmark.mail-drain-seconds", 60);

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
    EmployeeImportService importService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CycleRepository cycles;
    @Autowired
    AppraisalSettings settings;
    @Autowired
    Environment environment;

    @Test
    void openCycleForWholeOrganisation() throws Exception {
        importOrganisation();
        if (MAIL_HELD) {
            managementService.suspendJobDefinitionByProcessDefinitionKey(MailNotificationProcess.KEY, true);
        }
        warmUp();
        String cycleKey = AppraisalCycleProcess.businessKey(PERIOD, null);
        Map<String, Long> rowsBefore = rowCounts();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long jvmCpuBefore = jvmCpuNanos();
        Map<String, Long> nativeCpuBefore = nativeThreadTicks();
        long dbCpuBefore = databaseCpuTicks(jdbc);

        Map<String, Object> variables = new HashMap<>();
        variables.put("period", PERIOD);
        variables.put("unitCode", null);
        variables.put("selfAssessmentDue", "P14D");
        variables.put("ratingDue", "P14D");
        long start = System.nanoTime();
        String cycleInstance = runtimeService.startProcessInstanceByKey(AppraisalCycleProcess.KEY, variables).getId();

        List<Integer> perSecond = new ArrayList<>();
        List<String> series = new ArrayList<>();
        AtomicLong heapPeak = new AtomicLong();
        int lastStarted = 0;
        int lastTenStarted = 0;
        long nextSample = start + 1_000_000_000L;
        String status = "OPENING";
        int started = 0;
        long timeout = start + 3_600_000_000_000L;
        while ("OPENING".equals(status) && System.nanoTime() < timeout) {
            Thread.sleep(100);
            // what GET /api/cycles/{businessKey} answers
            CycleRepository.Cycle cycle = cycles.find(cycleKey).orElseThrow();
            status = cycle.status();
            started = cycle.started();
            heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            if (System.nanoTime() >= nextSample && "OPENING".equals(status)) {
                perSecond.add(started - lastStarted);
                lastStarted = started;
                nextSample += 1_000_000_000L;
                if (perSecond.size() % 10 == 0) {
                    series.add(perSecond.size() + "s:" + (started - lastTenStarted) / 10);
                    lastTenStarted = started;
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long jvmCpuMs = (jvmCpuNanos() - jvmCpuBefore) / 1_000_000;
        Map<String, Long> nativeCpuAfter = nativeThreadTicks();
        long dbCpuMs = (databaseCpuTicks(jdbc) - dbCpuBefore) * 1000 / TICKS_PER_SECOND;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        assertThat(status).as("cycle still opening after an hour").isNotEqualTo("OPENING");
        long heapAfter = memory.getHeapMemoryUsage().getUsed();

        report("employees=%d chunk-size=%d mail=%s profiles=%s", EMPLOYEES, settings.chunkSize(),
                MAIL_HELD ? "held" : "concurrent", String.join(",", environment.getActiveProfiles()));
        report("total %.1f s, %d instances started, %.0f instances/s overall, status %s", ms / 1000.0, started,
                started * 1000.0 / ms, status);
        List<Integer> sorted = perSecond.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            report("per-second samples n=%d min=%d median=%d max=%d", sorted.size(), sorted.get(0),
                    sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        }
        report("cpu: application %.1f s (%.2f ms/instance), database backends %.1f s (%.2f ms/instance);"
                + " %d cores, load average %.1f before, %.1f after", jvmCpuMs / 1000.0, (double) jvmCpuMs / started,
                dbCpuMs / 1000.0, (double) dbCpuMs / started, Runtime.getRuntime().availableProcessors(),
                loadBefore, loadAfter);
        StringBuilder jvmThreads = new StringBuilder();
        nativeCpuAfter.forEach((group, ticks) -> jvmThreads.append(String.format(" %s %.1f s,", group,
                (ticks - nativeCpuBefore.getOrDefault(group, 0L)) / (double) TICKS_PER_SECOND)));
        report("application cpu by thread:%s", jvmThreads);
        report("10-second averages (instances/s) %s", String.join(" ", series));
        // what the job lock must cover (ADR 0009): how long each page held its job
        report("pages (%d per page): %s", settings.chunkSize(),
                PieceDurations.of(historyService, cycleInstance, AppraisalCycleProcess.Elements.TASK_OPEN_CHUNK)
                        .summary());
        report("heap used before %d MB, peak %d MB, after %d MB", heapBefore >> 20, heapPeak.get() >> 20,
                heapAfter >> 20);
        Map<String, Long> rowsAfter = rowCounts();
        long rowsAdded = 0;
        for (String table : TABLES) {
            long added = rowsAfter.get(table) - rowsBefore.get(table);
            rowsAdded += added;
            report("rows %-22s %8d (+%d, %.1f per instance)", table, rowsAfter.get(table), added,
                    (double) added / Math.max(started, 1));
        }
        report("rows added in these tables %d, %.1f per instance", rowsAdded,
                (double) rowsAdded / Math.max(started, 1));
        long mailJobs = count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = ?",
                MailNotificationProcess.KEY);
        report("mail jobs pending after opening %d (sent so far %d)", mailJobs,
                greenMail.getReceivedMessages().length);
        databaseSize();
        report("jdbc: %s", jdbcSettings());

        assertOneAppraisalAndOneInstancePerEmployee(cycleKey);

        if (MAIL_HELD) {
            drainMail();
        }
        // no more sending while the context shuts down after the mail server
        managementService.suspendJobDefinitionByProcessDefinitionKey(MailNotificationProcess.KEY, true);
    }

    private void assertOneAppraisalAndOneInstancePerEmployee(String cycleKey) {
        assertThat(count("SELECT COUNT(*) FROM appraisal WHERE period = ?", PERIOD)).isEqualTo(EMPLOYEES);
        assertThat(count("SELECT COUNT(DISTINCT nip) FROM appraisal WHERE period = ?", PERIOD)).isEqualTo(EMPLOYEES);
        assertThat(count("SELECT COUNT(*) FROM employee e WHERE e.nip_atasan IS NOT NULL AND NOT EXISTS"
                + " (SELECT 1 FROM appraisal a WHERE a.nip = e.nip AND a.period = ?)", PERIOD)).isZero();
        assertThat(count("SELECT started FROM appraisal_cycle WHERE business_key = ?", cycleKey))
                .isEqualTo(EMPLOYEES);
        String instances = "FROM ACT_RU_EXECUTION x JOIN ACT_RE_PROCDEF d ON d.ID_ = x.PROC_DEF_ID_"
                + " WHERE x.ID_ = x.PROC_INST_ID_ AND d.KEY_ = ? AND x.BUSINESS_KEY_ LIKE ?";
        assertThat(count("SELECT COUNT(*) " + instances, EmployeeAppraisalProcess.KEY, "%:" + PERIOD))
                .isEqualTo(EMPLOYEES);
        assertThat(count("SELECT COUNT(DISTINCT x.BUSINESS_KEY_) " + instances, EmployeeAppraisalProcess.KEY,
                "%:" + PERIOD)).isEqualTo(EMPLOYEES);
        // every row points at its own running instance
        assertThat(count("SELECT COUNT(*) FROM appraisal a JOIN ACT_RU_EXECUTION x ON x.ID_ = a.process_instance_id"
                + " WHERE a.period = ? AND x.BUSINESS_KEY_ = CONCAT(CONCAT(a.nip, ':'), a.period)", PERIOD))
                .isEqualTo(EMPLOYEES);
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION x ON x.ID_ = t.PROC_INST_ID_"
                + " WHERE t.TASK_DEF_KEY_ = ? AND x.BUSINESS_KEY_ LIKE ?",
                EmployeeAppraisalProcess.Elements.TASK_SELF_ASSESSMENT, "%:" + PERIOD)).isEqualTo(EMPLOYEES);
    }

    /**
     * Opens a smaller cycle first (the first directorate, 1,000 employees, a period twenty years earlier) so
     * that class loading and the first JIT compilations are not measured: production runs in a long-lived JVM.
     */
    private void warmUp() throws InterruptedException {
        Period period = Period.parse(PERIOD).orElseThrow();
        String warmUpPeriod = (period.year() - 20) + (period.annual() ? "" : "-Q" + period.quarter());
        Map<String, Object> variables = new HashMap<>();
        variables.put("period", warmUpPeriod);
        variables.put("unitCode", SyntheticOrganisation.directorate(0));
        long start = System.nanoTime();
        runtimeService.startProcessInstanceByKey(AppraisalCycleProcess.KEY, variables);
        String key = AppraisalCycleProcess.businessKey(warmUpPeriod, SyntheticOrganisation.directorate(0));
        long deadline = start + 600_000_000_000L;
        while ("OPENING".equals(cycles.find(key).orElseThrow().status()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        report("warm-up: cycle %s (%d employees) opened in %.1f s", key,
                Math.min(EMPLOYEES, SyntheticOrganisation.DIRECTORATE_SIZE), (System.nanoTime() - start) / 1e9);
    }

    /** Releases the held mail and measures its sending for at most {@code benchmark.mail-drain-seconds}. */
    private void drainMail() throws InterruptedException {
        long pending = count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = ?",
                MailNotificationProcess.KEY);
        int sentBefore = greenMail.getReceivedMessages().length;
        long start = System.nanoTime();
        managementService.activateJobDefinitionByProcessDefinitionKey(MailNotificationProcess.KEY, true);
        long left = pending;
        long deadline = start + MAIL_DRAIN_SECONDS * 1_000_000_000L;
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            left = count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_ = ?", MailNotificationProcess.KEY);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        int sent = greenMail.getReceivedMessages().length - sentBefore;
        report("mail after opening: %d jobs released, %d sent in %.1f s (%.0f mails/s), %d still pending", pending,
                sent, ms / 1000.0, sent * 1000.0 / ms, left);
    }

    private void importOrganisation() {
        long start = System.nanoTime();
        List<String> chunks = SyntheticOrganisation.employeeCsv(EMPLOYEES, IMPORT_CHUNK);
        for (String chunk : chunks) {
            importService.importCsv(chunk, false);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        report("import %d employees (+1 head without supervisor) in %d chunks: %.1f s", EMPLOYEES, chunks.size(),
                ms / 1000.0);
    }

    static final List<String> TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_JOB", "ACT_RU_VARIABLE",
            "ACT_RU_AUTHORIZATION", "ACT_GE_BYTEARRAY", "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_VARINST",
            "ACT_HI_DETAIL", "ACT_HI_TASKINST", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "appraisal");

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new HashMap<>();
        TABLES.forEach(table -> counts.put(table, count("SELECT COUNT(*) FROM " + table)));
        return counts;
    }

    static final int TICKS_PER_SECOND = 100;

    /** CPU ticks of this JVM's OS threads (Linux /proc), grouped by name: compiler, GC, job executor, other. */
    private static Map<String, Long> nativeThreadTicks() {
        Map<String, Long> groups = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String text = Files.readString(task.resolve("stat"));
                    String name = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
                    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                    String group = name.startsWith("C1 ") || name.startsWith("C2 ") ? "jit"
                            : name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("VM ") ? "gc+vm"
                            : name.startsWith("camundaTaskExe") ? "job-executor" : "other";
                    groups.merge(group, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException threadEnded) {
                    // the thread ended while we read
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return groups;
        }
        return groups;
    }

    static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time (utime + stime, in clock ticks of 1/100 s) of the PostgreSQL backends serving this database,
     * when the server runs on this machine (Linux /proc); 0 otherwise. The application's pool keeps its
     * connections, so the difference over the opening is the database's share of the work.
     */
    static long databaseCpuTicks(JdbcTemplate jdbc) {
        try {
            List<Integer> pids = jdbc.queryForList(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database()", Integer.class);
            long ticks = 0;
            for (int pid : pids) {
                Path stat = Path.of("/proc", String.valueOf(pid), "stat");
                if (Files.isReadable(stat)) {
                    String text = Files.readString(stat);
                    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
            return ticks;
        } catch (RuntimeException | IOException notLocalPostgres) {
            return 0;
        }
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    /** What the PostgreSQL driver was told (batched inserts rewritten into multi-row inserts, or not). */
    private String jdbcSettings() {
        return jdbc.execute((Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            String settings = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + ", driver "
                    + meta.getDriverVersion();
            try {
                Class<?> pg = Class.forName("org.postgresql.core.BaseConnection");
                Object base = connection.unwrap(pg);
                Object executor = pg.getMethod("getQueryExecutor").invoke(base);
                settings += ", reWriteBatchedInserts=" + Class.forName("org.postgresql.core.QueryExecutor")
                        .getMethod("isReWriteBatchedInsertsEnabled").invoke(executor);
            } catch (ReflectiveOperationException | SQLException notPostgres) {
                // H2
            }
            return settings;
        });
    }

    private void databaseSize() {
        try {
            Long bytes = jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
            report("database size after opening %d MB", bytes == null ? 0 : bytes >> 20);
        } catch (RuntimeException notPostgres) {
            // H2: no size function worth reporting
        }
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK cycle-opening " + String.format(format, args));
    }
}
