package id.jenjang.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.support.Api;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

@JenjangSpringTest
class SecurityTest {

    private static final String OUR_REFUSAL = "Task queries with expressions are not allowed";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Clock clock;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    Api api;
    DemoOrganisation.Logins logins;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        logins = DemoOrganisation.generate(LocalDate.now(clock)).logins();
    }

    @Test
    void anonymousCallsToEngineRestAndApiAreRefusedWith401() {
        for (String path : new String[] {"/engine-rest/process-definition", "/engine-rest/task",
                "/engine-rest/user", "/api/employees/" + logins.employee()}) {
            ResponseEntity<String> answer = api.get(path);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
        }
        assertThat(api.postCsv("/api/employees/import", null, "x").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void wrongPasswordIsRefused() {
        // failures count towards that login's throttle (LoginThrottle): use someone no other test logs in as
        String[] lines = DemoOrganisation.generate(LocalDate.now(clock)).employeesCsv().split("\n");
        String bystander = lines[lines.length - 1].substring(0, 18);
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(bystander, "salah");
        assertThat(rest.exchange("/api/employees/" + bystander, HttpMethod.GET, new HttpEntity<>(headers),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void publicApiNeedsNoLoginButUnknownPagesAreClosed() {
        assertThat(api.get("/api/public/promotions").getStatusCode()).isNotEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get("/actuator/health").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/actuator/env").getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND);
        assertThat(api.get("/h2-console").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void employeeReadsOwnRecordButNotAnotherOnes() {
        assertThat(api.get("/api/employees/" + logins.employee(), logins.employee()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/employees/" + logins.supervisor(), logins.employee()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/api/employees/" + logins.sekda(), logins.employee()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void supervisorsUpTheChainAndBkpsdmReadAnEmployee() {
        for (String reader : new String[] {logins.supervisor(), logins.reviewer(), logins.sekda(), logins.bkpsdm()}) {
            assertThat(api.get("/api/employees/" + logins.employee(), reader).getStatusCode()).as(reader)
                    .isEqualTo(HttpStatus.OK);
        }
        // the committee is not above this employee and not HR
        assertThat(api.get("/api/employees/" + logins.employee(), logins.tpk()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void plainEmployeeCannotDeployButProcessOwnerCan() {
        assertThat(deploy(logins.employee()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> byOwner = deploy(logins.processOwner());
        assertThat(byOwner.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byOwner.getBody()).contains("security-probe");
    }

    @Test
    void employeeSeesAndCompletesOnlyOwnTasks() {
        repositoryService.createDeployment().addClasspathResource("bpmn/security-probe.bpmn").deploy();
        runtimeService.startProcessInstanceByKey("security-probe", Map.of("assignee", logins.employee()));
        String othersTask = runtimeService.startProcessInstanceByKey("security-probe",
                Map.of("assignee", logins.supervisor())).getId();
        String othersTaskId = taskService.createTaskQuery().processInstanceId(othersTask).singleResult().getId();

        String visible = api.get("/engine-rest/task?processDefinitionKey=security-probe", logins.employee()).getBody();
        assertThat(visible).contains(logins.employee()).doesNotContain(logins.supervisor());
        assertThat(api.postJson("/engine-rest/task/" + othersTaskId + "/complete", logins.employee(), "{}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(othersTaskId).count()).isOne();
    }

    @Test
    void taskQueryWithExpressionInQueryStringIsRefused() {
        ResponseEntity<String> answer = rest.exchange(
                java.net.URI.create(rest.getRootUri() + "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D"),
                HttpMethod.GET, new HttpEntity<>(basic(logins.employee())), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains(OUR_REFUSAL);
    }

    @Test
    void taskQueryWithExpressionInsideOrQueriesIsRefused() {
        for (String body : new String[] {
                "{\"orQueries\":[{\"assigneeExpression\":\"${execution.getProcessEngine()}\"}]}",
                "{\"orQueries\":[{\"candidateGroupsExpression\":\"#{1+1}\"}]}",
                // a JSON escape hides the dollar sign from a plain text search
                "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{1+1}\"}]}"}) {
            ResponseEntity<String> answer = api.postJson("/engine-rest/task", logins.employee(), body);
            assertThat(answer.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(body).contains(OUR_REFUSAL);
        }
        ResponseEntity<String> count = api.postJson("/engine-rest/history/task/count", logins.bkpsdm(),
                "{\"orQueries\":[{\"taskAssigneeExpression\":\"${1}\"}]}");
        assertThat(count.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // the webapps' copy of the REST API is guarded the same way
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> webapp = rest.exchange("/camunda/api/engine/engine/default/task", HttpMethod.POST,
                new HttpEntity<>("{\"orQueries\":[{\"assigneeExpression\":\"${1}\"}]}", headers), String.class);
        assertThat(webapp.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(webapp.getBody()).contains(OUR_REFUSAL);
    }

    @Test
    void encodedPathsAreGuardedLikePlainOnes() {
        for (String path : new String[] {"/engine-rest/%74ask", "/engine-rest/task;jsessionid=x",
                "/engine-rest//task"}) {
            ResponseEntity<String> answer = rest.exchange(java.net.URI.create(rest.getRootUri() + path),
                    HttpMethod.POST, new HttpEntity<>("{\"orQueries\":[{\"assigneeExpression\":\"${1}\"}]}",
                            jsonBasic(logins.employee())), String.class);
            assertThat(answer.getStatusCode()).as(path).isIn(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).as(path).doesNotContain("\"id\"");
        }
    }

    @Test
    void ordinaryTaskQueriesStillWork() {
        assertThat(api.postJson("/engine-rest/task", logins.employee(),
                "{\"orQueries\":[{\"assignee\":\"" + logins.employee() + "\"}]}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get("/engine-rest/task/count", logins.employee()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void adminSetupEndpointIsAlwaysClosed() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = rest.exchange("/camunda/api/admin/setup/default/user/create",
                HttpMethod.POST, new HttpEntity<>("{\"profile\":{\"id\":\"evil\"},\"credentials\":{\"password\":\"x\"}}",
                        headers), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/camunda/api/admin/setup/default/user/create", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/engine-rest/user/evil/profile", "admin").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> deploy(String user) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "probe");
        parts.add("data", new ClassPathResource("bpmn/security-probe.bpmn"));
        HttpHeaders headers = basic(user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers),
                String.class);
    }

    private static HttpHeaders jsonBasic(String user) {
        HttpHeaders headers = basic(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static HttpHeaders basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, Api.DEMO_PASSWORD);
        return headers;
    }
}
