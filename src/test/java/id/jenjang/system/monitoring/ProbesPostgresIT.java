package id.jenjang.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.CuttableProxy;
import id.jenjang.support.Eventually;
import id.jenjang.support.JenjangPostgresTest;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The probes on PostgreSQL while the application's database connections are cut (a TCP proxy between it and
 * the shared server closes them and refuses new ones; the server and other contexts' connections stay): readiness
 * answers 503, liveness stays 200 (a restart would not bring the database back), and readiness is 200 again
 * once the connections are restored, without a restart. A context of its own: no demo (no mail ports to clash),
 * no job executor (it must not take the other contexts' jobs from the shared database), its engine named
 * "probes" (Camunda's REST API and webapps of the other contexts in this JVM look up "default" in a static
 * registry, and closing this context must not unregister theirs), and a pool that gives up after 2 s.
 */
@Tag(JenjangPostgresTest.TAG)
@ActiveProfiles("postgres")
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.username=${JENJANG_IT_DB_USER:postgres}",
        "spring.datasource.password=",
        "spring.datasource.hikari.connection-timeout=2000",
        "jenjang.demo.enabled=false",
        "jenjang.admin.password=demo",
        "management.health.mail.enabled=false",
        "camunda.bpm.process-engine-name=probes",
        "camunda.bpm.job-execution.enabled=false",
        "jenjang.monitoring.figures-interval=PT1S"})
class ProbesPostgresIT {

    private static final String READINESS = "/actuator/health/readiness";
    private static final String LIVENESS = "/actuator/health/liveness";
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final URI DATABASE = URI.create(System.getenv().getOrDefault("JENJANG_IT_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/jenjang_it").substring("jdbc:".length()));
    private static final CuttableProxy PROXY = proxy();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    private static CuttableProxy proxy() {
        try {
            return new CuttableProxy(DATABASE.getHost(), DATABASE.getPort() < 0 ? 5432 : DATABASE.getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port()
                + DATABASE.getRawPath() + (DATABASE.getRawQuery() == null ? "" : "?" + DATABASE.getRawQuery()));
    }

    @AfterAll
    static void closeProxy() {
        PROXY.close();
    }

    @Test
    void aDatabaseCutFailsReadinessNotLivenessAndReadinessReturnsWithTheDatabase() throws Exception {
        Api api = new Api(rest);
        JsonNode before = read(api.get(READINESS, "admin"));
        assertThat(before.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(before.at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
        // the job executor is off in this context: DEGRADED, and still 200
        assertThat(before.at("/components/jobExecutor/status").asText()).isEqualTo("DEGRADED");
        assertThat(api.get(READINESS).getStatusCode()).isEqualTo(HttpStatus.OK);

        long cutAt = System.nanoTime();
        PROXY.cut();
        long restoredAt;
        try {
            assertThat(Eventually.equalTo(503, () -> api.get(READINESS).getStatusCode().value(), WITHIN))
                    .as("readiness with the database cut").isEqualTo(503);
            long unready = millisSince(cutAt);
            JsonNode cut = json.readTree(api.get(READINESS).getBody());
            assertThat(cut.path("status").asText()).isEqualTo("DOWN");
            assertThat(cut.at("/components/db/status").asText()).isEqualTo("DOWN");
            assertThat(cut.at("/components/processEngine/status").asText()).isEqualTo("UP");
            assertThat(cut.findValue("details")).as("nothing about the failure for an anonymous caller").isNull();

            long livenessAsked = System.nanoTime();
            ResponseEntity<String> liveness = api.get(LIVENESS);
            long livenessMillis = millisSince(livenessAsked);
            assertThat(liveness.getStatusCode()).as("liveness with the database cut").isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(liveness.getBody()).path("status").asText()).isEqualTo("UP");
            assertThat(api.get("/actuator/health").getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            System.out.printf("Database cut: readiness 503 after %d ms, liveness answered 200 in %d ms%n", unready,
                    livenessMillis);
        } finally {
            restoredAt = System.nanoTime();
            PROXY.restore();
        }
        assertThat(Eventually.equalTo(200, () -> api.get(READINESS).getStatusCode().value(), WITHIN))
                .as("readiness once the database is back, without a restart").isEqualTo(200);
        System.out.printf("Database restored: readiness 200 after %d ms%n", millisSince(restoredAt));
        JsonNode back = read(api.get(READINESS, "admin"));
        assertThat(back.at("/components/db/status").asText()).isEqualTo("UP");
        // the gauges' figures are read again too (whether the outbox is UP depends on the other tests' mail)
        assertThat(Eventually.equalTo(true, () -> readUnchecked(api.get(READINESS, "admin"))
                .at("/components/outbox/details/error").isMissingNode(), WITHIN)).as("figures read again").isTrue();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private JsonNode read(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private JsonNode readUnchecked(ResponseEntity<String> answer) {
        try {
            return json.readTree(answer.getBody());
        } catch (Exception e) {
            throw new IllegalStateException(answer.toString(), e);
        }
    }
}
