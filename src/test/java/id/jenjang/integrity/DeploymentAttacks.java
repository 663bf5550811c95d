package id.jenjang.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.integrity.ForbiddenModels.Model;
import id.jenjang.support.Api;
import id.jenjang.system.DeploymentRefusedException;
import id.jenjang.system.demo.DemoOrganisation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * No code from data (issue 9): the demo process-owner deploys each forbidden construct from "Modeler" (REST
 * multipart, as Modeler sends it) and is refused with 400, the element id and an Indonesian reason, and nothing
 * is deployed; a model within the limits deploys. A JSON Object variable naming a classpath class is never
 * instantiated. Runs on H2 ({@code DeploymentAttacksTest}) and PostgreSQL ({@code DeploymentAttacksPostgresIT}).
 */
abstract class DeploymentAttacks {

    private static final Path OWNED = Path.of("/tmp/jenjang-owned");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Clock clock;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    Api api;
    DemoOrganisation.Logins logins;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        logins = DemoOrganisation.generate(LocalDate.now(clock)).logins();
    }

    // ------------------------------------------------------------------------------------------- scripts

    @Test
    void aScriptTaskIsRefused() {
        assertRefused(ForbiddenModels.SCRIPT_TASK, "scriptTask");
    }

    @Test
    void aScriptInAnExecutionListenerIsRefused() {
        assertRefused(ForbiddenModels.SCRIPT_LISTENER, "skrip");
    }

    @Test
    void aScriptInAnInputMappingIsRefused() {
        assertRefused(ForbiddenModels.SCRIPT_INPUT_MAPPING, "skrip");
    }

    @Test
    void aScriptLoadedFromAResourceIsRefused() {
        assertRefused(ForbiddenModels.SCRIPT_RESOURCE, "resource");
    }

    @Test
    void aConditionInAScriptLanguageIsRefused() {
        assertRefused(ForbiddenModels.SCRIPT_CONDITION, "groovy");
    }

    // ------------------------------------------------------------------------------------------- classes

    @Test
    void aJavaClassOnAServiceTaskIsRefused() {
        assertRefused(ForbiddenModels.JAVA_CLASS, "camunda:class");
    }

    @Test
    void aFormHandlerClassIsRefused() {
        assertRefused(ForbiddenModels.FORM_HANDLER_CLASS, "camunda:formHandlerClass");
    }

    @Test
    void aVariableMappingClassIsRefused() {
        assertRefused(ForbiddenModels.VARIABLE_MAPPING_CLASS, "camunda:variableMappingClass");
    }

    @Test
    void aConnectorIsRefused() {
        assertRefused(ForbiddenModels.CONNECTOR, "konektor");
    }

    @Test
    void aCustomFormFieldValidatorIsRefused() {
        assertRefused(ForbiddenModels.FORM_VALIDATOR, "validator formulir");
    }

    // ------------------------------------------------------------------------------------------- expressions

    @Test
    void theIssuesTimerExpressionRunningRuntimeExecIsRefusedAndNeverRuns() {
        assertRefused(ForbiddenModels.TIMER_RUNTIME_EXEC, "tidak diizinkan");
        assertThat(OWNED).doesNotExist();
    }

    @Test
    void runtimeNamedInAnAssigneeIsRefused() {
        assertRefused(ForbiddenModels.RUNTIME_IDENTIFIER, "\"Runtime\" bukan salah satunya");
    }

    @Test
    void reachingTheEngineThroughExecutionIsRefused() {
        assertRefused(ForbiddenModels.ENGINE_SERVICES, "\"execution\" bukan salah satunya");
    }

    @Test
    void bracketAccessIsRefused() {
        assertRefused(ForbiddenModels.BRACKET_ACCESS, "tanda \"[\"");
    }

    @Test
    void aBeanNotMeantForModelsIsRefused() {
        assertRefused(ForbiddenModels.OTHER_BEAN, "\"dataSource\" bukan salah satunya");
    }

    @Test
    void aDelegateExpressionNamingAnotherBeanIsRefused() {
        assertRefused(ForbiddenModels.DELEGATE_OTHER_BEAN, "delegateExpression");
    }

    @Test
    void aListenerExpressionWritingAnOutcomeIsRefused() {
        assertRefused(ForbiddenModels.LISTENER_EXPRESSION, "\"execution\" bukan salah satunya");
    }

    @Test
    void aServiceTaskExpressionThatCallsNoModelBeanIsRefused() {
        assertRefused(ForbiddenModels.CAMUNDA_EXPRESSION, "camunda:expression");
    }

    @Test
    void anUnlistedMethodOfAModelBeanIsRefused() {
        assertRefused(ForbiddenModels.BEAN_METHOD_NOT_LISTED, "\"getClass\" pada bean \"promotionRouting\"");
    }

    @Test
    void aCalledElementExpressionIsRefused() {
        assertRefused(ForbiddenModels.CALLED_ELEMENT, "calledElement");
    }

    @Test
    void anInMappingExpressionIsRefused() {
        assertRefused(ForbiddenModels.IN_MAPPING, "sourceExpression");
    }

    @Test
    void aJobPriorityExpressionIsRefused() {
        assertRefused(ForbiddenModels.PRIORITY, "camunda:jobPriority");
    }

    @Test
    void aDecisionRefExpressionIsRefused() {
        assertRefused(ForbiddenModels.DECISION_REF, "camunda:decisionRef");
    }

    // ------------------------------------------------------------------------------------------- resources

    @Test
    void anXmlExternalEntityIsRefusedUnread() {
        ResponseEntity<String> answer = assertRefused(ForbiddenModels.EXTERNAL_ENTITY, "DOCTYPE");
        assertThat(answer.getBody()).doesNotContain("root:");
    }

    @Test
    void aCmmnCaseIsRefused() {
        assertRefused(ForbiddenModels.CMMN, "CMMN");
    }

    @Test
    void aScriptFileIsRefused() {
        assertRefused(ForbiddenModels.GROOVY_FILE, "jenis berkas tidak diizinkan");
    }

    @Test
    void anSvgImageIsRefused() {
        assertRefused(ForbiddenModels.SVG_IMAGE, "jenis berkas tidak diizinkan");
    }

    @Test
    void aDecisionInJuelIsRefused() {
        assertRefused(ForbiddenModels.DMN_JUEL, "hanya FEEL");
    }

    @Test
    void aFeelExternalJavaFunctionIsRefused() {
        assertRefused(ForbiddenModels.DMN_FEEL_EXTERNAL, "fungsi eksternal FEEL");
    }

    @Test
    void oneForbiddenResourceRefusesTheWholeDeployment() {
        long deployments = repositoryService.createDeploymentQuery().count();
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "attack-mixed");
        parts.add(ForbiddenModels.ALLOWED.resource(), file(ForbiddenModels.ALLOWED));
        parts.add(ForbiddenModels.JAVA_CLASS.resource(), file(ForbiddenModels.JAVA_CLASS));
        ResponseEntity<String> answer = post(parts);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("Layanan_Kelas");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ForbiddenModels.ALLOWED.processKey()).count()).isZero();
    }

    // ------------------------------------------------------------------------------------------- allowed

    @Test
    void aModelWithVariablesAndModelBeansDeploysFromModeler() {
        Model model = ForbiddenModels.ALLOWED;
        ResponseEntity<String> answer = deploy(model);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentName(model.resource())
                .singleResult();
        try {
            assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId())
                    .processDefinitionKey(model.processKey()).count()).isOne();
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void theEngineApiThatDeploysTheClasspathModelsRefusesTheSameModels() {
        long deployments = repositoryService.createDeploymentQuery().count();
        assertThatThrownBy(() -> repositoryService.createDeployment().name("attack-engine-api")
                .addInputStream(ForbiddenModels.TIMER_RUNTIME_EXEC.resource(),
                        new java.io.ByteArrayInputStream(ForbiddenModels.TIMER_RUNTIME_EXEC.content()))
                .deploy())
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("Timer_Jahat");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        // the shipped models themselves went through the same check when the application started
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("promotion").count())
                .isPositive();
    }

    @Test
    void expressionsResolveOnlyModelBeansAtRunTime() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        Expression dataSource = configuration.getExpressionManager().createExpression("${dataSource}");
        Expression routing = configuration.getExpressionManager().createExpression("${promotionRouting}");
        configuration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity scope = new ExecutionEntity();
            assertThatThrownBy(() -> dataSource.getValue(scope)).isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("dataSource");
            assertThat(routing.getValue(scope)).isNotNull();
            return null;
        });
    }

    // ------------------------------------------------------------------------------------------- deserialization

    @Test
    void aJsonObjectVariableNamingAClasspathClassIsNeverInstantiated() {
        repositoryService.createDeployment().name("deserialization-probe").enableDuplicateFiltering(true)
                .addClasspathResource("bpmn/security-probe.bpmn").deploy();
        String employee = logins.employee();
        String instance = runtimeService.startProcessInstanceByKey("security-probe", Map.of("assignee", employee))
                .getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        int before = DeserializationGadget.RUNS.get();

        String gadget = "{\"type\":\"Object\",\"value\":\"{\\\"command\\\":\\\"id\\\"}\",\"valueInfo\":{"
                + "\"objectTypeName\":\"" + DeserializationGadget.class.getName() + "\","
                + "\"serializationDataFormat\":\"application/json\"}}";
        ResponseEntity<String> stored = put("/engine-rest/task/" + task.getId() + "/variables/gadget", employee, gadget);
        if (!stored.getStatusCode().is2xxSuccessful()) {
            // the REST door already refuses Object variables; the engine must still refuse one stored another way
            runtimeService.setVariable(instance, "gadget", Variables.serializedObjectValue("{\"command\":\"id\"}")
                    .objectTypeName(DeserializationGadget.class.getName())
                    .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        }

        ResponseEntity<String> read = api.get("/engine-rest/task/" + task.getId() + "/variables", employee);
        assertThat(read.getStatusCode()).as(read.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(read.getBody()).path("message").asText()).startsWith("Variabel 'gadget' tidak dibaca");
        assertThatThrownBy(() -> taskService.getVariable(task.getId(), "gadget"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(DeserializationGadget.class.getName());
        assertThat(DeserializationGadget.RUNS.get()).isEqualTo(before);

        ResponseEntity<String> completed = api.postJson("/engine-rest/task/" + task.getId() + "/complete", employee,
                "{}");
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished()
                .count()).isOne();
        assertThat(DeserializationGadget.RUNS.get()).isEqualTo(before);
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** Deploys as the process-owner; asserts 400, element id and reason in the body, and nothing stored. */
    private ResponseEntity<String> assertRefused(Model model, String reason) {
        long deployments = repositoryService.createDeploymentQuery().count();
        long definitions = repositoryService.createProcessDefinitionQuery().count()
                + repositoryService.createDecisionDefinitionQuery().count();
        ResponseEntity<String> answer = deploy(model);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json(answer.getBody());
        assertThat(body.path("type").asText()).isEqualTo("ParseException");
        assertThat(body.path("message").asText()).contains("Model ditolak", model.resource(), reason);
        if (!"-".equals(model.elementId())) {
            assertThat(body.path("message").asText()).contains("elemen " + model.elementId());
            // Camunda Modeler marks the element from the problem's mainElementId
            assertThat(body.path("details").path(model.resource()).path("errors").findValuesAsText("mainElementId"))
                    .contains(model.elementId());
        }
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(model.resource()).count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().count()
                + repositoryService.createDecisionDefinitionQuery().count()).isEqualTo(definitions);
        if (model.processKey() != null) {
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(model.processKey())
                    .count()).isZero();
        }
        return answer;
    }

    private static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private ResponseEntity<String> deploy(Model model) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", model.resource());
        parts.add("deployment-source", "Camunda Modeler");
        parts.add(model.resource(), file(model));
        return post(parts);
    }

    private ResponseEntity<String> post(LinkedMultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(logins.processOwner(), Api.DEMO_PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers),
                String.class);
    }

    private ResponseEntity<String> put(String path, String user, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, Api.DEMO_PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
    }

    private static ByteArrayResource file(Model model) {
        return new ByteArrayResource(model.content()) {
            @Override
            public String getFilename() {
                return model.resource();
            }
        };
    }

    static {
        try {
            Files.deleteIfExists(OWNED);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
