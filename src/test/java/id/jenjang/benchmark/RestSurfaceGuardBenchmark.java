package id.jenjang.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.AppraisalFixture;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the engine REST door ({@code RestSurfaceGuard}, the filter registered as {@code rest-surface-guard}) costs
 * per task completion, printed, not asserted. Run on H2 with
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=RestSurfaceGuardBenchmark}, on PostgreSQL (a fresh database per
 * run) with {@code -Dbenchmark.db-url=jdbc:postgresql://127.0.0.1:5432/jenjang_bench -Dbenchmark.db-user=postgres}.
 *
 * <p>One unit of {@code 2 * (benchmark.warm-up + benchmark.completions)} employees (defaults 50 + 300) opens a
 * cycle; half of the self-assessments are completed over HTTP, half through the Java API. For the same task, three
 * ways are timed, per completion:
 * <ol>
 * <li><b>http</b>: {@code POST /engine-rest/task/{id}/complete} with the employee's Basic credentials, through the
 * whole filter chain (the engine REST authentication, the door, the REST API, the engine);</li>
 * <li><b>java</b>: {@code taskService.complete} as the employee (the engine's current authentication set, as the
 * REST authentication sets it): no HTTP, no door;</li>
 * <li><b>door</b>: the door's {@code doFilter} alone, called with a {@code MockHttpServletRequest} carrying the
 * same path and body as (a), the employee as the engine's current authentication (what the guard reads as the
 * caller) and a chain that does nothing, so nothing is completed; on the tasks of (a), just before (a) completes
 * them.</li>
 * </ol>
 * Then the same for the rater's {@code Task_RateEmployee} of the same instances, whose form has a read-only field
 * ({@code selfAssessment}, sent back unchanged as Tasklist does), so the door also reads a stored value. The three
 * ways run in interleaved blocks, so the growing tables and the JIT weigh on each alike. Only correctness is
 * asserted: every HTTP completion answered 204, every completed task ended, every door check passed the request
 * on unchanged but for the read-only field and left the task open. Results: docs/performance.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${benchmark.db-url:jdbc:h2:mem:bench-door;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${benchmark.db-user:sa}",
        "spring.datasource.password=${benchmark.db-password:}",
        "jenjang.demo.enabled=false",
        "jenjang.admin.password=benchmark",
        "camunda.bpm.job-execution.enabled=false",
        "management.health.mail.enabled=false"})
@ActiveProfiles(resolver = CycleOpeningBenchmark.ProductionProfile.class)
class RestSurfaceGuardBenchmark {

    static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 50);
    static final int COMPLETIONS = Integer.getInteger("benchmark.completions", 300);
    static final int BLOCK = 25;
    static final String PERIOD = System.getProperty("benchmark.period", "2031-Q2");
    static final String UNIT = "BENCHDOOR";
    static final String SELF_ASSESSMENT_BODY =
            "{\"variables\":{\"selfAssessment\":{\"value\":\"Target SKP tercapai semua, tepat waktu.\"}}}";

    @Autowired
    AppraisalFixture fixture;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<FilterRegistrationBean<?>> filters;

    Filter door;
    final Map<String, List<String>> groups = new HashMap<>();

    /** One completion to time: the task, who completes it, the JSON body the REST API receives. */
    record Completion(Task task, String user, String body) {
    }

    @Test
    void costOfTheDoorPerCompletion() throws Exception {
        door = filters.stream().filter(r -> "rest-surface-guard".equals(r.getFilterName())).findFirst()
                .orElseThrow().getFilter();
        int perWay = WARM_UP + COMPLETIONS;
        long start = System.nanoTime();
        AppraisalFixture.Org org = fixture.org(UNIT, 2 * perWay);
        fixture.openCycle(PERIOD, UNIT);
        for (String nip : org.staff()) {
            groups.put(nip, groupsOf(nip));
        }
        groups.put(org.rater(), groupsOf(org.rater()));
        report("setup: %d employees imported and their appraisals opened in %.1f s", org.staff().size() + 2,
                (System.nanoTime() - start) / 1e9);

        Map<String, Task> selfAssessments = tasksByInstance("Task_SelfAssessment");
        List<Completion> overHttp = new ArrayList<>();
        List<Completion> overJava = new ArrayList<>();
        for (int i = 0; i < org.staff().size(); i++) {
            String nip = org.staff().get(i);
            Task task = selfAssessments.get(fixture.appraisal(nip, PERIOD).getId());
            assertThat(task).as("self-assessment of " + nip).isNotNull();
            (i % 2 == 0 ? overHttp : overJava).add(new Completion(task, nip, SELF_ASSESSMENT_BODY));
        }
        measure("Task_SelfAssessment (1 field, none read-only)", overHttp, overJava, null);

        Map<String, Task> ratings = tasksByInstance("Task_RateEmployee");
        List<Completion> ratingsOverHttp = overHttp.stream().map(c -> rating(ratings, c, org.rater())).toList();
        List<Completion> ratingsOverJava = overJava.stream().map(c -> rating(ratings, c, org.rater())).toList();
        measure("Task_RateEmployee (11 fields, 1 read-only)", ratingsOverHttp, ratingsOverJava, "selfAssessment");

        report("machine: %d cores, %s %s, %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), database());
    }

    private Completion rating(Map<String, Task> ratings, Completion selfAssessment, String rater) {
        Task task = ratings.get(selfAssessment.task().getProcessInstanceId());
        assertThat(task).as("rating after " + selfAssessment.user()).isNotNull();
        StringBuilder body = new StringBuilder("{\"variables\":{")
                // read-only on the rater's form: Tasklist sends back the value it shows
                .append("\"selfAssessment\":{\"value\":\"Target SKP tercapai semua, tepat waktu.\"},")
                .append("\"hasilKerja\":{\"value\":\"SESUAI\"},\"perilakuKerja\":{\"value\":\"SESUAI\"},")
                .append("\"ratingNote\":{\"value\":\"Kinerja sesuai ekspektasi.\"}");
        for (String aspect : List.of("berorientasiPelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif",
                "kolaboratif")) {
            body.append(",\"").append(aspect).append("\":{\"value\":\"SESUAI\"}");
        }
        return new Completion(task, rater, body.append("}}").toString());
    }

    /**
     * Warms up with the first {@link #WARM_UP} of each list, then times the rest in blocks of {@link #BLOCK}, the
     * order of the ways rotating per block. The door is checked on the HTTP list's tasks, each just before its
     * HTTP completion.
     */
    private void measure(String label, List<Completion> overHttp, List<Completion> overJava, String readOnly)
            throws Exception {
        long[] http = new long[COMPLETIONS];
        long[] java = new long[COMPLETIONS];
        long[] check = new long[COMPLETIONS];
        for (int i = 0; i < WARM_UP; i++) {
            checkAtTheDoor(overHttp.get(i), readOnly);
            completeOverHttp(overHttp.get(i));
            completeOverJava(overJava.get(i));
        }
        for (int block = 0; block * BLOCK < COMPLETIONS; block++) {
            int from = block * BLOCK;
            int to = Math.min(COMPLETIONS, from + BLOCK);
            Runnable javaBlock = () -> {
                for (int i = from; i < to; i++) {
                    java[i] = completeOverJava(overJava.get(WARM_UP + i));
                }
            };
            if (block % 2 == 1) {
                javaBlock.run();
            }
            for (int i = from; i < to; i++) {
                check[i] = checkAtTheDoor(overHttp.get(WARM_UP + i), readOnly);
            }
            for (int i = from; i < to; i++) {
                http[i] = completeOverHttp(overHttp.get(WARM_UP + i));
            }
            if (block % 2 == 0) {
                javaBlock.run();
            }
        }
        Stats a = Stats.of(http);
        Stats b = Stats.of(java);
        Stats c = Stats.of(check);
        report("%s, %d completions each after %d warm-up:", label, COMPLETIONS, WARM_UP);
        report("  (a) http POST /engine-rest/task/{id}/complete  %s", a);
        report("  (b) java taskService.complete                   %s", b);
        report("  (c) door doFilter alone, chain does nothing     %s", c);
        report("  door share: %.0f%% of (a) by mean, %.0f%% by p50; (a)-(b) = %.2f ms mean, of which the door %.2f ms",
                100 * c.mean / a.mean, 100 * c.p50 / a.p50, a.mean - b.mean, c.mean);
        for (List<Completion> done : List.of(overHttp, overJava)) {
            for (Completion completion : done) {
                assertThat(taskService.createTaskQuery().taskId(completion.task().getId()).count())
                        .as("task " + completion.task().getId() + " ended").isZero();
            }
        }
    }

    private long completeOverHttp(Completion completion) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(completion.user(), AppraisalFixture.PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> request = new HttpEntity<>(completion.body(), headers);
        String path = "/engine-rest/task/" + completion.task().getId() + "/complete";
        long start = System.nanoTime();
        ResponseEntity<String> answer = rest.exchange(path, HttpMethod.POST, request, String.class);
        long nanos = System.nanoTime() - start;
        assertThat(answer.getStatusCode()).as(path + " answered " + answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return nanos;
    }

    private long completeOverJava(Completion completion) {
        Map<String, Object> variables = new HashMap<>();
        try {
            JsonNode sent = json.readTree(completion.body()).get("variables");
            sent.fields().forEachRemaining(v -> variables.put(v.getKey(), v.getValue().get("value").asText()));
        } catch (java.io.IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        // what the door leaves of the rater's submission: the read-only value is not written back
        if (completion.task().getTaskDefinitionKey().equals("Task_RateEmployee")) {
            variables.remove("selfAssessment");
        }
        identityService.setAuthentication(completion.user(), groups.get(completion.user()));
        try {
            long start = System.nanoTime();
            taskService.complete(completion.task().getId(), variables);
            return System.nanoTime() - start;
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The door alone: what the engine REST authentication leaves for it, and a chain that completes nothing. */
    private long checkAtTheDoor(Completion completion, String readOnly) throws Exception {
        String taskPath = "/task/" + completion.task().getId() + "/complete";
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest" + taskPath);
        request.setServletPath("/engine-rest");
        request.setPathInfo(taskPath);
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        request.setContent(completion.body().getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<byte[]> passedOn = new AtomicReference<>();
        FilterChain nothing = (ServletRequest req, jakarta.servlet.ServletResponse res) ->
                passedOn.set(req.getInputStream().readAllBytes());
        identityService.setAuthentication(completion.user(), groups.get(completion.user()));
        long nanos;
        try {
            long start = System.nanoTime();
            door.doFilter(request, response, nothing);
            nanos = System.nanoTime() - start;
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(response.getContentAsString()).as("the door refused " + taskPath).isEmpty();
        assertThat(passedOn.get()).as("the door passed " + taskPath + " on").isNotNull();
        JsonNode passed = json.readTree(passedOn.get()).get("variables");
        JsonNode sent = json.readTree(completion.body()).get("variables");
        if (readOnly != null) {
            assertThat(passed.has(readOnly)).as("read-only " + readOnly + " dropped").isFalse();
            ((com.fasterxml.jackson.databind.node.ObjectNode) sent).remove(readOnly);
        }
        assertThat(passed).isEqualTo(sent);
        assertThat(taskService.createTaskQuery().taskId(completion.task().getId()).count()).isOne();
        return nanos;
    }

    private Map<String, Task> tasksByInstance(String taskKey) {
        Map<String, Task> byInstance = new HashMap<>();
        for (Task task : taskService.createTaskQuery().processDefinitionKey("employee-appraisal")
                .taskDefinitionKey(taskKey).list()) {
            byInstance.put(task.getProcessInstanceId(), task);
        }
        return byInstance;
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    /** Milliseconds per completion. */
    record Stats(int n, double p50, double p95, double mean) {

        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
            return new Stats(sorted.length, sorted[sorted.length / 2] / 1e6,
                    sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, mean);
        }

        @Override
        public String toString() {
            return String.format("n=%d p50 %6.2f ms  p95 %6.2f ms  mean %6.2f ms", n, p50, p95, mean);
        }
    }

    private String database() {
        return jdbc.execute((Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        });
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK rest-door " + String.format(format, args));
    }
}
