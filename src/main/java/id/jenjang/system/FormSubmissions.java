package id.jenjang.system;

import static id.jenjang.system.RestSurfaceAnswers.NOT_YOUR_TASK;
import static id.jenjang.system.RestSurfaceAnswers.SERVER_FAULT;
import static id.jenjang.system.RestSurfaceAnswers.TASK_GONE;
import static id.jenjang.system.RestSurfaceAnswers.TASK_RACE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jenjang.system.RestSurfaceAnswers.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Completions and starts through the engine REST API: the engine's facts a submission is checked against (the
 * task's or start event's deployed Camunda Form, whether the caller may work the task, what its read-only fields
 * hold now), and the answer to its outcome: a lost race becomes 404/409 in Indonesian, a server fault loses its
 * SQL.
 */
final class FormSubmissions {

    /** The door's logger: one name for everything the engine REST door logs. */
    private static final Logger log = LoggerFactory.getLogger(RestSurfaceGuard.class);

    /** Start options that skip or move past the start event: a start through its form does not need them. */
    private static final Set<String> START_OPTIONS = Set.of("startInstructions", "skipCustomListeners",
            "skipIoMappings");

    private final ObjectMapper json;
    private final AuthorizationService authorizationService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final EngineLookup lookup;
    private final SubmittedVariables variables;
    private final RestSurfaceAnswers answers;

    FormSubmissions(ObjectMapper json, ProcessEngineConfigurationImpl engine, EngineLookup lookup,
            SubmittedVariables variables, RestSurfaceAnswers answers) {
        this.json = json;
        this.authorizationService = engine.getAuthorizationService();
        this.taskService = engine.getTaskService();
        this.repositoryService = engine.getRepositoryService();
        this.lookup = lookup;
        this.variables = variables;
        this.answers = answers;
    }

    /** The checked body of a task's completion; a refusal when it carries what the form does not take. */
    byte[] checkTaskCompletion(String taskId, EngineRestCaller caller, JsonNode tree, byte[] body) {
        Task task = lookup.withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw new Refusal(HttpServletResponse.SC_NOT_FOUND, TASK_GONE);
        }
        if (!mayWork(caller, task)) {
            // the engine refuses it with 403; a check here would tell a stranger what the task's fields hold
            return body;
        }
        FormFields form = task.getProcessDefinitionId() == null ? FormFields.NONE : taskForm(taskId);
        if (form == FormFields.NONE) {
            requireTaskStill(taskId);
        }
        return variables.check(form, tree, body, names -> {
            try {
                return lookup.withoutAuthorization(() -> currentValues(taskId, names));
            } catch (ProcessEngineException completedMeanwhile) {
                requireTaskStill(taskId);
                throw completedMeanwhile;
            }
        });
    }

    /**
     * A racing completion may end the task between the guard's look-ups: its form then reads as none and its
     * variables as missing. The loser must hear that the task is done, not that its fields are unknown.
     */
    private void requireTaskStill(String taskId) {
        if (gone(taskId)) {
            throw new Refusal(HttpServletResponse.SC_NOT_FOUND, TASK_GONE);
        }
    }

    /** The task has ended (or never existed), whoever asks. */
    private boolean gone(String taskId) {
        return lookup.withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).count()) == 0;
    }

    private boolean mayWork(EngineRestCaller caller, Task task) {
        String key = task.getProcessDefinitionId() == null ? null
                : lookup.withoutAuthorization(() -> repositoryService.getProcessDefinition(
                        task.getProcessDefinitionId()).getKey());
        return authorized(caller, TaskPermissions.TASK_WORK, Resources.TASK, task.getId())
                || authorized(caller, Permissions.UPDATE, Resources.TASK, task.getId())
                || key != null && (authorized(caller, ProcessDefinitionPermissions.TASK_WORK,
                        Resources.PROCESS_DEFINITION, key)
                        || authorized(caller, ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION,
                                key));
    }

    private boolean authorized(EngineRestCaller caller, Permission permission, Resource resource, String id) {
        return authorizationService.isUserAuthorized(caller.userId(), caller.groups(), permission, resource, id);
    }

    /**
     * The task's Camunda Form, or none. The command runs in the guard's own command context, not through the
     * service: a failure there (no form, a standalone task) would otherwise be kept by the engine and rethrown
     * when the context closes.
     */
    private FormFields taskForm(String taskId) {
        return lookup.withoutAuthorization(
                context -> deployedForm(() -> new GetDeployedTaskFormCmd(taskId).execute(context)));
    }

    private FormFields deployedForm(Supplier<InputStream> command) {
        try (InputStream form = command.get()) {
            return form == null ? FormFields.NONE : FormFields.of(json.readTree(form));
        } catch (RuntimeException | IOException noCamundaForm) {
            return FormFields.NONE;
        }
    }

    private Map<String, String> currentValues(String taskId, Set<String> names) {
        VariableMap values = taskService.getVariablesTyped(taskId, names, false);
        Map<String, String> current = new HashMap<>();
        for (String name : names) {
            TypedValue value = values.getValueTyped(name);
            Object plain = value == null ? null
                    : value instanceof SerializableValue s && !s.isDeserialized() ? s.getValueSerialized()
                    : value.getValue();
            current.put(name, plain == null ? null : String.valueOf(plain));
        }
        return current;
    }

    /** The checked body of a process start; a refusal when it skips its start event or carries no form's field. */
    byte[] checkStart(String definitionId, String key, String tenant, EngineRestCaller caller, JsonNode tree,
            byte[] body) {
        ProcessDefinition definition = lookup.withoutAuthorization(() -> {
            if (definitionId != null) {
                return repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId)
                        .singleResult();
            }
            ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion();
            query = tenant == null ? query.withoutTenantId() : query.tenantIdIn(tenant);
            return query.singleResult();
        });
        if (definition == null) {
            return body; // the engine answers 404
        }
        if (tree instanceof ObjectNode start && !caller.admin()) {
            for (String option : START_OPTIONS) {
                if (start.has(option) && !start.get(option).isNull() && !start.get(option).asText().equals("false")) {
                    throw new Refusal(HttpServletResponse.SC_FORBIDDEN, "Proses dimulai dari awal melalui"
                            + " formulirnya; pilihan '" + option + "' tidak diizinkan.");
                }
            }
        }
        FormFields form = lookup.withoutAuthorization(context -> deployedForm(
                () -> new GetDeployedStartFormCmd(definition.getId()).execute(context)));
        // a start has nothing to compare read-only fields with: they may only be empty
        return variables.check(form, tree, body, names -> {
            Map<String, String> none = new HashMap<>();
            names.forEach(n -> none.put(n, null));
            return none;
        });
    }

    /**
     * Hands a checked completion (taskId) or start (null) on to the engine and rewords its answer: a lost race
     * becomes 404/409 in Indonesian, a server fault loses its SQL.
     */
    void forward(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String taskId)
            throws IOException, ServletException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (taskId != null && wrapper.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                // a race's loser finds the task's grants already gone with the winner's commit; a stranger is
                // told in Indonesian what Camunda says in English
                boolean gone = gone(taskId);
                wrapper.resetBuffer();
                answers.write(wrapper, gone ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_FORBIDDEN,
                        gone ? TASK_RACE : NOT_YOUR_TASK);
            } else if (wrapper.getStatus() >= 500) {
                String answer = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
                wrapper.resetBuffer();
                boolean gone = taskId != null && gone(taskId);
                boolean race = answer.contains("OptimisticLocking")
                        || answer.contains("updated by another transaction concurrently");
                if (taskId != null && (gone || race)) {
                    answers.write(wrapper, HttpServletResponse.SC_CONFLICT, TASK_RACE);
                } else {
                    log.warn("Engine REST {} answered {}: {}", request.getRequestURI(), wrapper.getStatus(), answer);
                    answers.write(wrapper, wrapper.getStatus(), SERVER_FAULT);
                }
            }
        } finally {
            wrapper.copyBodyToResponse();
        }
    }
}
