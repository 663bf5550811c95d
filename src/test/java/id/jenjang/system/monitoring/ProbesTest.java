package id.jenjang.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.Eventually;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.system.demo.DemoMailServer;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The probes as Kubernetes, a load balancer and an administrator call them, with the real SMTP server (GreenMail)
 * stopped and started again: mail degrades, readiness and liveness stay 200, details only for camunda-admin.
 */
@JenjangSpringTest
class ProbesTest {

    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String READINESS = "/actuator/health/readiness";
    private static final String HEALTH = "/actuator/health";
    private static final String ADMIN = "admin";
    private static final Duration CHECKS = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DemoMailServer server;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;
    @Autowired
    HealthEndpointGroups groups;
    Api api;
    DemoOrganisation.Logins logins;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        logins = DemoOrganisation.generate(LocalDate.now(clock)).logins();
    }

    @Test
    void livenessHoldsTheJvmAndEngineAndReadinessAddsTheDatabaseAndTheDegradingParts() throws Exception {
        assertThat(components(read(api.get(LIVENESS, ADMIN)))).containsExactlyInAnyOrder("livenessState",
                "processEngine");
        assertThat(components(read(api.get(READINESS, ADMIN)))).containsExactlyInAnyOrder("readinessState", "db",
                "processEngine", "mail", "outbox", "jobExecutor");
        // the plain health answer has them all, the probes' states included
        assertThat(components(read(api.get(HEALTH, ADMIN)))).contains("db", "processEngine", "mail", "outbox",
                "jobExecutor", "livenessState", "readinessState");
    }

    @Test
    void downAndOutOfServiceAnswer503AndDegradedAnswers200InEveryProbe() {
        for (HealthEndpointGroup group : new HealthEndpointGroup[] {groups.getPrimary(), groups.get("liveness"),
                groups.get("readiness")}) {
            assertThat(group.getHttpCodeStatusMapper().getStatusCode(Status.DOWN)).isEqualTo(503);
            assertThat(group.getHttpCodeStatusMapper().getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
            assertThat(group.getHttpCodeStatusMapper().getStatusCode(Degraded.STATUS)).isEqualTo(200);
            assertThat(group.getHttpCodeStatusMapper().getStatusCode(Status.UP)).isEqualTo(200);
            // one part down outranks any number degraded
            assertThat(group.getStatusAggregator().getAggregateStatus(Degraded.STATUS, Status.DOWN, Status.UP))
                    .isEqualTo(Status.DOWN);
            assertThat(group.getStatusAggregator().getAggregateStatus(Degraded.STATUS, Status.UP))
                    .isEqualTo(Degraded.STATUS);
        }
    }

    @Test
    void everyoneSeesStatusesButOnlyAnAdministratorSeesDetails() throws Exception {
        for (String path : new String[] {LIVENESS, READINESS, HEALTH}) {
            for (String caller : new String[] {null, logins.bkpsdm(), logins.employee()}) {
                ResponseEntity<String> answer = caller == null ? api.get(path) : api.get(path, caller);
                assertThat(answer.getStatusCode()).as(path + " as " + caller).isEqualTo(HttpStatus.OK);
                JsonNode body = json.readTree(answer.getBody());
                assertThat(body.path("components").size()).as(path + " as " + caller).isPositive();
                assertThat(body.findValue("details")).as(path + " as " + caller).isNull();
                assertThat(answer.getBody()).as(path + " as " + caller).doesNotContain("127.0.0.1", "H2",
                        "lockOwner");
            }
        }
        JsonNode admin = read(api.get(READINESS, ADMIN));
        assertThat(admin.at("/components/db/details/database").asText()).isEqualTo("H2");
        assertThat(admin.at("/components/mail/details/location").asText()).startsWith("127.0.0.1:");
        assertThat(admin.at("/components/jobExecutor/details").isMissingNode()).isFalse();
        assertThat(admin.at("/components/outbox/details/unsent").isNumber()).isTrue();
    }

    @Test
    void smtpDownDegradesMailWhileReadinessLivenessAndHealthStay200() throws Exception {
        assertThat(Eventually.equalTo("UP", () -> status(READINESS, "/components/mail/status"), CHECKS))
                .as("mail before the outage").isEqualTo("UP");
        assertThat(read(api.get(READINESS, ADMIN)).path("status").asText()).isEqualTo("UP");

        server.stop();
        try {
            List<Integer> codes = new ArrayList<>();
            String mail = Eventually.equalTo("DEGRADED", () -> {
                ResponseEntity<String> answer = api.get(READINESS, ADMIN);
                codes.add(answer.getStatusCode().value());
                return readUnchecked(answer).at("/components/mail/status").asText();
            }, CHECKS);
            assertThat(mail).as("mail while GreenMail is stopped").isEqualTo("DEGRADED");
            assertThat(codes).as("readiness answers while the relay goes away").containsOnly(200);

            JsonNode ready = read(api.get(READINESS, ADMIN));
            assertThat(ready.path("status").asText()).isEqualTo("DEGRADED");
            assertThat(ready.at("/components/db/status").asText()).isEqualTo("UP");
            assertThat(ready.at("/components/processEngine/status").asText()).isEqualTo("UP");
            assertThat(ready.at("/components/mail/details/error").asText()).contains("Connect");

            ResponseEntity<String> anonymous = api.get(READINESS);
            assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(anonymous.getBody()).at("/components/mail/status").asText())
                    .isEqualTo("DEGRADED");
            assertThat(json.readTree(anonymous.getBody()).findValue("details")).isNull();

            ResponseEntity<String> liveness = api.get(LIVENESS);
            assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(liveness.getBody()).path("status").asText()).isEqualTo("UP");

            // the issue: /actuator/health answered 503 for as long as SMTP was down
            ResponseEntity<String> health = api.get(HEALTH);
            assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(health.getBody()).path("status").asText()).isEqualTo("DEGRADED");
        } finally {
            server.start();
        }
        assertThat(Eventually.equalTo("UP", () -> status(READINESS, "/components/mail/status"), CHECKS))
                .as("mail once GreenMail is back").isEqualTo("UP");
        assertThat(read(api.get(READINESS, ADMIN)).path("status").asText()).isEqualTo("UP");
    }

    private String status(String path, String pointer) {
        return readUnchecked(api.get(path, ADMIN)).at(pointer).asText();
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

    private static List<String> components(JsonNode health) {
        List<String> names = new ArrayList<>();
        health.path("components").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
