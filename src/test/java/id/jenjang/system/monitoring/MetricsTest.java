package id.jenjang.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.AppraisalFixture;
import id.jenjang.support.Eventually;
import id.jenjang.support.JenjangProcessTest;
import id.jenjang.support.Prometheus;
import id.jenjang.support.TestNips;
import id.jenjang.system.demo.DemoMailServer;
import id.jenjang.system.demo.DemoOrganisation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /actuator/prometheus scraped as an administrator would let Prometheus scrape it, with the job executor off
 * (process-test context) so nothing changes behind the test's back: every figure is set up by the test, counted
 * independently (engine API, SQL, GreenMail) and compared with the scrape.
 */
@JenjangProcessTest
class MetricsTest {

    private static final String KEY = "metrics-probe";
    private static final String TASK = "Task_Probe";
    private static final String ADMIN = "admin";
    private static final Duration REFRESH = Duration.ofSeconds(15);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AppraisalFixture fixture;
    @Autowired
    DemoMailServer server;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void prometheusIsForCamundaAdminOnly() {
        DemoOrganisation.Logins logins = DemoOrganisation.generate(LocalDate.now(clock)).logins();
        assertThat(api.get("/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get("/actuator/prometheus", logins.bkpsdm()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/actuator/prometheus", logins.employee()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> admin = api.get("/actuator/prometheus", ADMIN);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        assertThat(admin.getBody()).contains("jenjang_mail_outbox_unsent{application=\"jenjang\"}");
    }

    @Test
    void jobIncidentAndTaskGaugesMatchTheEngine() {
        deployProbe();
        Date past = Date.from(clock.instant().minus(Duration.ofDays(1)));
        Date future = Date.from(clock.instant().plus(Duration.ofDays(7)));
        start(future);                                            // waits in its asynchronous job: due
        managementService.setJobRetries(job(start(future)).getId(), 0);   // failed job, incident failedJob
        managementService.executeJob(job(start(past)).getId());   // open task, overdue
        String onTime = start(future);
        managementService.executeJob(job(onTime).getId());        // open task, not overdue
        Task task = taskService.createTaskQuery().processInstanceId(onTime).singleResult();
        runtimeService.createIncident("jenjangProbe", task.getExecutionId(), "test");

        Date now = Date.from(clock.instant());
        Map<String, Double> engine = new LinkedHashMap<>();
        engine.put("due", (double) managementService.createJobQuery().processDefinitionKey(KEY).executable().active()
                .count());
        engine.put("failed", (double) managementService.createJobQuery().processDefinitionKey(KEY).noRetriesLeft()
                .count());
        engine.put("failedJob", (double) runtimeService.createIncidentQuery().processDefinitionKeyIn(KEY)
                .incidentType("failedJob").count());
        engine.put("jenjangProbe", (double) runtimeService.createIncidentQuery().processDefinitionKeyIn(KEY)
                .incidentType("jenjangProbe").count());
        engine.put("open", (double) taskService.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(TASK)
                .count());
        engine.put("overdue", (double) taskService.createTaskQuery().processDefinitionKey(KEY)
                .taskDefinitionKey(TASK).dueBefore(now).count());
        assertThat(engine).as("what the test set up, as the engine counts it").containsExactlyInAnyOrderEntriesOf(
                Map.of("due", 1.0, "failed", 1.0, "failedJob", 1.0, "jenjangProbe", 1.0, "open", 2.0, "overdue", 1.0));

        Map<String, Double> scraped = Eventually.equalTo(engine, () -> {
            Prometheus p = scrape();
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("due", p.value("jenjang_jobs_due", "process", KEY));
            m.put("failed", p.value("jenjang_jobs_failed", "process", KEY));
            m.put("failedJob", p.value("jenjang_incidents", "process", KEY, "type", "failedJob"));
            m.put("jenjangProbe", p.value("jenjang_incidents", "process", KEY, "type", "jenjangProbe"));
            m.put("open", p.value("jenjang_tasks_open", "process", KEY, "task", TASK));
            m.put("overdue", p.value("jenjang_tasks_overdue", "process", KEY, "task", TASK));
            return m;
        }, REFRESH);
        assertThat(scraped).isEqualTo(engine);

        // every process's jobs and tasks, summed over the labels, are the engine's totals
        Prometheus p = scrape();
        assertThat(sum(p, "jenjang_tasks_open")).isEqualTo((double) taskService.createTaskQuery().count());
        assertThat(sum(p, "jenjang_jobs_failed"))
                .isEqualTo((double) managementService.createJobQuery().noRetriesLeft().count());
        assertThat(sum(p, "jenjang_incidents")).isEqualTo((double) runtimeService.createIncidentQuery().count());
    }

    @Test
    void outboxBacklogAndAgeMatchTheTableAndAStuckMailDegradesTheOutbox() throws Exception {
        // whole milliseconds: the database rounds what it stores to microseconds
        Instant twoHoursAgo = clock.instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
        // a mail of no batch instance: nobody sends it, as if its batch sat in an incident
        jdbc.update("INSERT INTO mail_outbox (batch_id, recipient, template, params, created_at)"
                + " VALUES ('metrics-test', 'nobody', 'task-assigned', '{}', ?)", Timestamp.from(twoHoursAgo));
        try {
            double unsent = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL", Long.class);
            Instant oldest = jdbc.queryForObject("SELECT MIN(created_at) FROM mail_outbox WHERE sent_at IS NULL",
                    Timestamp.class).toInstant();
            assertThat(oldest).isBeforeOrEqualTo(twoHoursAgo);

            Double scraped = Eventually.equalTo(unsent, () -> scrape().value("jenjang_mail_outbox_unsent"), REFRESH);
            assertThat(scraped).isEqualTo(unsent);
            Prometheus p = scrape();
            double ageNow = Duration.between(oldest, Instant.now()).toMillis() / 1000.0;
            assertThat(p.value("jenjang_mail_outbox_oldest_age_seconds")).isBetween(ageNow - 3, ageNow + 1)
                    .isGreaterThanOrEqualTo(7200.0);

            ResponseEntity<String> readiness = api.get("/actuator/health/readiness", ADMIN);
            assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode outbox = json.readTree(readiness.getBody()).at("/components/outbox");
            assertThat(outbox.path("status").asText()).isEqualTo("DEGRADED");
            assertThat(outbox.at("/details/unsent").asDouble()).isEqualTo(unsent);
            assertThat(outbox.at("/details/oldestUnsentAgeSeconds").asLong()).isGreaterThanOrEqualTo(7200);
        } finally {
            jdbc.update("DELETE FROM mail_outbox WHERE batch_id = 'metrics-test'");
        }
        Timestamp left = jdbc.queryForObject("SELECT MIN(created_at) FROM mail_outbox WHERE sent_at IS NULL",
                Timestamp.class);
        boolean stuck = left != null && Duration.between(left.toInstant(), clock.instant()).toMinutes() > 30;
        String expected = stuck ? "DEGRADED" : "UP";
        assertThat(Eventually.equalTo(expected, () -> readUnchecked(api.get("/actuator/health/readiness", ADMIN))
                .at("/components/outbox/status").asText(), REFRESH)).isEqualTo(expected);
    }

    @Test
    void cycleOpeningProgressFollowsTheStartedAppraisals() {
        AppraisalFixture.Org org = fixture.org("UJI.METRIK", 5);
        // appraised: whoever has a supervisor, so the staff and their rater, not the reviewer at the top
        int scope = org.staff().size() + 1;
        String cycleInstance = fixture.openCycleWithoutRunningJobs("2026-Q2", org.unit());
        String cycle = runtimeService.createProcessInstanceQuery().processInstanceId(cycleInstance).singleResult()
                .getBusinessKey();

        assertThat(Eventually.equalTo(progress(scope, 0), () -> scrapedProgress(cycle), REFRESH))
                .isEqualTo(progress(scope, 0));

        // the lanes' pages, not yet the lanes' ends: the cycle is still being opened
        for (Job page : managementService.createJobQuery().processInstanceId(cycleInstance)
                .activityId("Task_OpenChunk").list()) {
            managementService.executeJob(page.getId());
        }
        int started = jdbc.queryForObject("SELECT COUNT(*) FROM appraisal WHERE cycle_key = ?", Integer.class, cycle);
        assertThat(started).isEqualTo(scope);
        assertThat(Eventually.equalTo(progress(scope, started), () -> scrapedProgress(cycle), REFRESH))
                .isEqualTo(progress(scope, started));

        fixture.runOpeningJobs(cycleInstance);
        Map<String, Double> gone = new LinkedHashMap<>();
        gone.put("expected", null);
        gone.put("started", null);
        assertThat(Eventually.equalTo(gone, () -> scrapedProgress(cycle), REFRESH)).as("an opened cycle leaves")
                .isEqualTo(gone);
    }

    @Test
    void importAndMailCountersCountRowsImportedAndMailsHandedOver() {
        String header = "nip,nama,email,unit_kode,unit_nama,unit_induk,jabatan,jenis_jabatan,golongan,tmt_golongan,"
                + "pendidikan,nip_atasan,peran\n";
        StringBuilder csv = new StringBuilder(header);
        for (int n = 3301; n <= 3303; n++) {
            csv.append(TestNips.nip(n)).append(",Pegawai Impor ").append(n).append(",,UJI.IMPOR,Unit Impor,,Staf,")
                    .append("PELAKSANA,II/c,2019-01-01,S1,,\n");
        }
        Prometheus before = scrape();
        long employees = employees();
        assertThat(api.postCsv("/api/employees/import", ADMIN, csv.toString()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Prometheus afterFirst = scrape();
        assertThat(imported(afterFirst, "created") - imported(before, "created"))
                .isEqualTo((double) (employees() - employees)).isEqualTo(3.0);

        assertThat(api.postCsv("/api/employees/import", ADMIN, csv.toString()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Prometheus afterSecond = scrape();
        assertThat(imported(afterSecond, "created")).isEqualTo(imported(afterFirst, "created"));
        assertThat(imported(afterSecond, "unchanged") - imported(afterFirst, "unchanged")).isEqualTo(3.0);

        String rejected = header + TestNips.nip(3304) + ",Pegawai Salah,,UJI.IMPOR,Unit Impor,,Staf,PELAKSANA,"
                + "III-d,2019-01-01,S1,,\n";
        assertThat(api.postCsv("/api/employees/import", ADMIN, rejected).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        Prometheus afterRejected = scrape();
        for (String result : new String[] {"created", "updated", "unchanged"}) {
            assertThat(imported(afterRejected, result)).as(result).isEqualTo(imported(afterSecond, result));
        }

        // mail: a small opening asks for self-assessment mail; what is sent is what GreenMail receives
        AppraisalFixture.Org org = fixture.org("UJI.SUREL", 2);
        fixture.openCycle("2026-Q2", org.unit());
        int receivedBefore = server.greenMail().getReceivedMessages().length;
        double sentBefore = scrape().value("jenjang_mail_sent_total");
        fixture.sendPendingMail();
        int received = server.greenMail().getReceivedMessages().length - receivedBefore;
        assertThat(received).isPositive();
        assertThat(scrape().value("jenjang_mail_sent_total") - sentBefore).isEqualTo((double) received);
    }

    /**
     * Every jenjang_* metric the Grafana dashboard (docs/grafana-jenjang.json) queries is one the application
     * exports, once there is something to show: an incident and a cycle being opened.
     */
    @Test
    void dashboardAsksOnlyForMetricsTheApplicationExports() throws Exception {
        String dashboard = Files.readString(Path.of("docs/grafana-jenjang.json"));
        assertThat(json.readTree(dashboard).path("panels").size()).isPositive();
        Set<String> asked = new TreeSet<>();
        Matcher m = Pattern.compile("jenjang_[a-z_]+").matcher(dashboard);
        while (m.find()) {
            asked.add(m.group());
        }
        assertThat(asked).hasSizeGreaterThan(10);

        deployProbe();
        String probe = start(Date.from(clock.instant().plus(Duration.ofDays(1))));
        managementService.setJobRetries(job(probe).getId(), 0);
        managementService.executeJob(job(start(Date.from(clock.instant().minus(Duration.ofDays(1))))).getId());
        AppraisalFixture.Org org = fixture.org("UJI.DASBOR", 1);
        String cycleInstance = fixture.openCycleWithoutRunningJobs("2026-Q2", org.unit());
        try {
            Set<String> missing = Eventually.equalTo(Set.of(), () -> {
                Prometheus scrape = scrape();
                Set<String> absent = new TreeSet<>(asked);
                absent.removeIf(scrape::has);
                return absent;
            }, REFRESH);
            assertThat(missing).as("asked for by the dashboard, not exported").isEmpty();
            // the dashboard's other queries: Spring Boot's own meters
            Prometheus scrape = scrape();
            assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
            assertThat(scrape.has("hikaricp_connections_active")).isTrue();
            assertThat(scrape.has("hikaricp_connections_pending")).isTrue();
        } finally {
            fixture.runOpeningJobs(cycleInstance);
        }
    }

    private static Map<String, Double> progress(int expected, int started) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("expected", (double) expected);
        m.put("started", (double) started);
        return m;
    }

    private Map<String, Double> scrapedProgress(String cycle) {
        Prometheus p = scrape();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("expected", p.value("jenjang_cycle_opening_expected", "cycle", cycle));
        m.put("started", p.value("jenjang_cycle_opening_started", "cycle", cycle));
        return m;
    }

    private static double imported(Prometheus p, String result) {
        return p.value("jenjang_import_rows_total", "import", "employee", "result", result);
    }

    private static double sum(Prometheus p, String name) {
        return p.samples(name).stream().mapToDouble(Prometheus.Sample::value).sum();
    }

    private long employees() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM employee", Long.class);
    }

    private Prometheus scrape() {
        ResponseEntity<String> answer = api.get("/actuator/prometheus", ADMIN);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return Prometheus.parse(answer.getBody());
    }

    private JsonNode readUnchecked(ResponseEntity<String> answer) {
        try {
            return json.readTree(answer.getBody());
        } catch (Exception e) {
            throw new IllegalStateException(answer.toString(), e);
        }
    }

    /** The probe process deployed, without instances left by another test of this class. */
    private void deployProbe() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
            repositoryService.createDeployment().addClasspathResource("bpmn/metrics-probe.bpmn").deploy();
        }
        runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list()
                .forEach(i -> runtimeService.deleteProcessInstance(i.getId(), "metrics test starts afresh"));
    }

    private String start(Date due) {
        return runtimeService.startProcessInstanceByKey(KEY, Map.of("due", due)).getId();
    }

    private Job job(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
    }
}
