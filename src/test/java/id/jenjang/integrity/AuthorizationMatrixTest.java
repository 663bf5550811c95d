package id.jenjang.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.support.Api;
import id.jenjang.support.JenjangSpringTest;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import id.jenjang.employee.Groups;
import id.jenjang.system.GroupAuthorizations;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The authorization matrix of docs/architecture.md, walked per role over HTTP with the demo logins: each cell
 * is asked of the running application (the engine's own check of the caller's permission, or the operation
 * itself where trying it changes nothing but a test task), and compared with the table below, which is the
 * docs' table in code. A grant added or lost in GroupAuthorizations, the task default or RestSurfaceGuard
 * changes a cell and fails here.
 */
@JenjangSpringTest
class AuthorizationMatrixTest {

    static final String EMPLOYEE = "employee";
    static final String SUPERVISOR = "supervisor";
    static final String BKPSDM = "bkpsdm";
    static final String TPK = "tpk";
    static final String SEKDA = "sekda";
    static final String PPK = "ppk";
    static final String PROCESS_OWNER = "process-owner";
    static final String ADMIN = "admin";
    static final String PROCESS_OWNER_ONLY = "pemilikprosesuji";
    static final List<String> ROLES = List.of(EMPLOYEE, SUPERVISOR, BKPSDM, TPK, SEKDA, PPK, PROCESS_OWNER, ADMIN);

    /** Operation -> the roles allowed; every other role is refused. Same rows as docs/architecture.md. */
    static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("use Tasklist", Set.of(EMPLOYEE, SUPERVISOR, BKPSDM, TPK, SEKDA, PPK, PROCESS_OWNER, ADMIN));
        MATRIX.put("use Cockpit", Set.of(BKPSDM, PROCESS_OWNER, ADMIN));
        MATRIX.put("use Admin", Set.of(ADMIN));
        MATRIX.put("start an appraisal cycle", Set.of(BKPSDM, ADMIN));
        MATRIX.put("nominate for promotion / start coaching (the process checks the chain)",
                Set.of(EMPLOYEE, SUPERVISOR, BKPSDM, TPK, SEKDA, PROCESS_OWNER, ADMIN));
        MATRIX.put("read every process instance", Set.of(BKPSDM, ADMIN));
        MATRIX.put("retry a failed job", Set.of(BKPSDM, ADMIN));
        MATRIX.put("reassign any task", Set.of(BKPSDM, ADMIN));
        MATRIX.put("deploy a model", Set.of(PROCESS_OWNER, ADMIN));
        MATRIX.put("read users and groups", Set.of(BKPSDM, ADMIN));
        MATRIX.put("update any process instance (UPDATE_INSTANCE)", Set.of(ADMIN));
        MATRIX.put("complete another person's task", Set.of(ADMIN));
        MATRIX.put("write a process instance's variables", Set.of(ADMIN));
        MATRIX.put("write a task's variables", Set.of(ADMIN));
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;
    @Autowired
    Clock clock;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    GroupAuthorizations groupAuthorizations;

    Map<String, String> logins = new LinkedHashMap<>();

    @BeforeEach
    void logins() {
        DemoOrganisation.Logins demo = DemoOrganisation.generate(LocalDate.now(clock)).logins();
        logins.put(EMPLOYEE, demo.employee());
        logins.put(SUPERVISOR, demo.supervisor());
        logins.put(BKPSDM, demo.bkpsdm());
        logins.put(TPK, demo.tpk());
        logins.put(SEKDA, demo.sekda());
        logins.put(PPK, "walikota");
        // the demo's process owner also works at BKPSDM (member of bkpsdm): the column shows what process-owner
        // itself grants, so it is walked with a login that is an employee and a process owner only
        if (identityService.createUserQuery().userId(PROCESS_OWNER_ONLY).count() == 0) {
            User user = identityService.newUser(PROCESS_OWNER_ONLY);
            user.setFirstName("Pemilik");
            user.setLastName("Proses Uji");
            user.setPassword(Api.DEMO_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(PROCESS_OWNER_ONLY, Groups.PEGAWAI);
            identityService.createMembership(PROCESS_OWNER_ONLY, Groups.PROCESS_OWNER);
        }
        logins.put(PROCESS_OWNER, PROCESS_OWNER_ONLY);
        logins.put(ADMIN, "admin");
    }

    @Test
    void everyRoleMayDoExactlyWhatTheMatrixSays() throws Exception {
        Map<String, BiFunction<String, String, Boolean>> probes = new LinkedHashMap<>();
        probes.put("use Tasklist", (role, user) -> check(user, "ACCESS", 0, "tasklist"));
        probes.put("use Cockpit", (role, user) -> check(user, "ACCESS", 0, "cockpit"));
        probes.put("use Admin", (role, user) -> check(user, "ACCESS", 0, "admin"));
        probes.put("start an appraisal cycle", (role, user) -> check(user, "CREATE_INSTANCE", 6, "appraisal-cycle")
                && check(user, "CREATE", 8, "*"));
        probes.put("nominate for promotion / start coaching (the process checks the chain)",
                (role, user) -> check(user, "CREATE_INSTANCE", 6, "promotion")
                        && check(user, "CREATE_INSTANCE", 6, "performance-coaching") && check(user, "CREATE", 8, "*"));
        probes.put("read every process instance", (role, user) -> check(user, "READ", 8, "*"));
        probes.put("retry a failed job", (role, user) -> check(user, "RETRY_JOB", 6, "*"));
        probes.put("reassign any task", (role, user) -> check(user, "TASK_ASSIGN", 7, "*"));
        probes.put("deploy a model", (role, user) -> check(user, "CREATE", 9, "*"));
        probes.put("read users and groups", (role, user) -> check(user, "READ", 1, "*") && check(user, "READ", 2, "*"));
        probes.put("update any process instance (UPDATE_INSTANCE)", (role, user) -> check(user, "UPDATE_INSTANCE", 6,
                "*") || check(user, "UPDATE", 8, "*"));
        probes.put("complete another person's task", this::completesAStrangersTask);
        probes.put("write a process instance's variables", (role, user) -> writesVariable(user, "process-instance"));
        probes.put("write a task's variables", (role, user) -> writesVariable(user, "task"));
        assertThat(probes.keySet()).containsExactlyElementsOf(MATRIX.keySet());

        List<String> wrong = new ArrayList<>();
        for (var row : MATRIX.entrySet()) {
            for (String role : ROLES) {
                boolean expected = row.getValue().contains(role);
                boolean actual = probes.get(row.getKey()).apply(role, logins.get(role));
                if (expected != actual) {
                    wrong.add(row.getKey() + " / " + role + ": " + (actual ? "allowed" : "refused"));
                }
            }
        }
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
    }

    @Test
    void assigneesAndCandidatesGetTaskWorkNotUpdate() throws Exception {
        assertThat(engine.getDefaultUserPermissionNameForTask()).isEqualTo("TASK_WORK");
        Task task = strangersTask("matriks-tugas");
        String employee = logins.get(EMPLOYEE);
        taskService.setAssignee(task.getId(), employee);
        taskService.addCandidateGroup(task.getId(), "bkpsdm");
        try {
            assertThat(check(employee, "TASK_WORK", 7, task.getId())).isTrue();
            assertThat(check(employee, "UPDATE", 7, task.getId())).isFalse();
            assertThat(check(logins.get(BKPSDM), "TASK_WORK", 7, task.getId())).isTrue();
            assertThat(check(logins.get(BKPSDM), "UPDATE", 7, task.getId())).isFalse();
            // the employee completes her own task
            assertThat(post(employee, "/engine-rest/task/" + task.getId() + "/complete", "{}").getStatusCode().value())
                    .isEqualTo(204);
        } finally {
            if (taskService.createTaskQuery().taskId(task.getId()).count() > 0) {
                taskService.deleteTask(task.getId(), true);
            }
        }
    }

    @Test
    void aStartOnAnExistingDatabaseTakesBackExactlyWhatEarlierVersionsGrantedBkpsdm() {
        // as an earlier version left it: bkpsdm may update every instance; an administrator also granted more
        Authorization definitions = bkpsdmGrant(Resources.PROCESS_DEFINITION);
        definitions.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
        definitions.addPermission(ProcessDefinitionPermissions.DELETE_INSTANCE);
        authorizationService.saveAuthorization(definitions);
        Authorization instances = bkpsdmGrant(Resources.PROCESS_INSTANCE);
        instances.addPermission(ProcessInstancePermissions.UPDATE);
        authorizationService.saveAuthorization(instances);
        try {
            groupAuthorizations.run(null);

            Authorization after = bkpsdmGrant(Resources.PROCESS_DEFINITION);
            assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_INSTANCE)).isFalse();
            assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.RETRY_JOB)).isTrue();
            assertThat(after.isPermissionGranted(ProcessDefinitionPermissions.DELETE_INSTANCE))
                    .as("the administrator's own grant stays").isTrue();
            assertThat(bkpsdmGrant(Resources.PROCESS_INSTANCE).isPermissionGranted(ProcessInstancePermissions.UPDATE))
                    .isFalse();
            assertThat(bkpsdmGrant(Resources.PROCESS_INSTANCE)
                    .isPermissionGranted(ProcessInstancePermissions.RETRY_JOB)).isTrue();
        } finally {
            Authorization cleanup = bkpsdmGrant(Resources.PROCESS_DEFINITION);
            cleanup.removePermission(ProcessDefinitionPermissions.DELETE_INSTANCE);
            authorizationService.saveAuthorization(cleanup);
        }
    }

    private Authorization bkpsdmGrant(Resources resource) {
        return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(Groups.BKPSDM).resourceType(resource).resourceId(Authorization.ANY).singleResult();
    }

    // --- probes -------------------------------------------------------------------------------------------------

    /** The engine's answer to "may I", for the caller's own login (GET /authorization/check). */
    private boolean check(String user, String permission, int resourceType, String resourceId) {
        ResponseEntity<String> answer = new Api(rest).get("/engine-rest/authorization/check?permissionName="
                + permission + "&resourceType=" + resourceType + "&resourceName=r&resourceId=" + resourceId, user);
        assertThat(answer.getStatusCode().value()).as(user + " " + answer.getBody()).isEqualTo(200);
        try {
            JsonNode body = json.readTree(answer.getBody());
            // AuthorizationCheckResultDto's Boolean isAuthorized() reaches JSON as "authorized"
            JsonNode authorized = body.has("authorized") ? body.get("authorized") : body.get("isAuthorized");
            assertThat(authorized).as(answer.getBody()).isNotNull();
            return authorized.asBoolean();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean completesAStrangersTask(String role, String user) {
        Task task = strangersTask("matriks-" + role);
        try {
            int status = post(user, "/engine-rest/task/" + task.getId() + "/complete", "{}").getStatusCode().value();
            assertThat(status).as(role).isIn(204, 403, 404);
            return status == 204;
        } finally {
            if (taskService.createTaskQuery().taskId(task.getId()).count() > 0) {
                taskService.deleteTask(task.getId(), true);
            }
        }
    }

    private boolean writesVariable(String user, String resource) {
        Task task = strangersTask("matriks-variabel");
        try {
            // a task of its own has no process instance: the instance probe uses one that does not exist, which
            // the guard refuses (403) to everyone but an administrator (who is told it is not there, 404)
            String path = "task".equals(resource) ? "/engine-rest/task/" + task.getId() + "/variables/x"
                    : "/engine-rest/process-instance/tidak-ada/variables/x";
            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth(user, Api.DEMO_PASSWORD);
            headers.setContentType(MediaType.APPLICATION_JSON);
            int status = rest.exchange(path, HttpMethod.PUT, new HttpEntity<>("{\"value\":\"y\"}", headers),
                    String.class).getStatusCode().value();
            assertThat(status).as(user + " " + path).isIn(204, 403, 404);
            // 404 past the guard: allowed to repair, nothing there to repair
            return status != 403;
        } finally {
            taskService.deleteTask(task.getId(), true);
        }
    }

    private Task strangersTask(String name) {
        Task task = taskService.newTask();
        task.setName(name);
        task.setAssignee("bukan-siapa-siapa");
        taskService.saveTask(task);
        return task;
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return new Api(rest).postJson(path, user, body);
    }
}
