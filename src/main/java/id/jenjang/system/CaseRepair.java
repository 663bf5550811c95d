package id.jenjang.system;

import static id.jenjang.system.RestSurfaceAnswers.SERVER_FAULT;

import com.fasterxml.jackson.databind.JsonNode;
import id.jenjang.system.RestSurfaceAnswers.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An administrator's repair of a running case through the engine REST API (a direct variable write, a process
 * instance's modification with variables): the engine's write and its record in the case's trail
 * ({@link CaseRepairLog}) commit in one transaction, or neither does.
 */
final class CaseRepair {

    /** The door's logger: one name for everything the engine REST door logs. */
    private static final Logger log = LoggerFactory.getLogger(RestSurfaceGuard.class);

    private static final Set<String> VARIABLE_KEYS = Set.of("variables", "processVariables",
            "processVariablesLocal", "processVariablesToTriggeredScope", "modifications");

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final CaseRepairLog repairs;
    private final TransactionTemplate transactions;
    private final EngineLookup lookup;
    private final RestSurfaceAnswers answers;

    CaseRepair(ProcessEngineConfigurationImpl engine, CaseRepairLog repairs,
            PlatformTransactionManager transactionManager, EngineLookup lookup, RestSurfaceAnswers answers) {
        this.taskService = engine.getTaskService();
        this.runtimeService = engine.getRuntimeService();
        this.repairs = repairs;
        this.transactions = new TransactionTemplate(transactionManager);
        this.lookup = lookup;
        this.answers = answers;
    }

    /**
     * Hands the repair on to the engine and records it.
     *
     * @param resource the resource written ({@code task}, {@code process-instance}, {@code execution}...)
     * @param rest the path after {@code variables}: {@code /<name>} for one variable, or null
     */
    void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body,
            EngineRestCaller caller, String operation, String resource, String id, String rest, JsonNode tree)
            throws IOException, ServletException {
        String instanceId = lookup.withoutAuthorization(() -> instanceOf(resource, id));
        if (instanceId == null) {
            // Camunda answers a missing instance here with 500; nothing running means nothing to repair
            throw new Refusal(HttpServletResponse.SC_NOT_FOUND, "Proses, eksekusi atau tugas '" + id
                    + "' tidak ditemukan atau sudah selesai; tidak ada yang dapat diperbaiki.");
        }
        List<String> names = variableNames(rest, tree);
        HttpServletRequest replayed = body == null ? request : new ReplayedBody(request, body);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            transactions.executeWithoutResult(tx -> {
                try {
                    chain.doFilter(replayed, wrapper);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
                if (wrapper.getStatus() >= 300) {
                    tx.setRollbackOnly();
                    return;
                }
                ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId)
                        .singleResult();
                repairs.record(caller.userId(), instanceId, instance == null ? null : instance.getBusinessKey(),
                        operation, names);
            });
        } catch (RuntimeException notRecorded) {
            // rolled back with its record: the answer must not say it worked
            log.error("Repair of {} by {} rolled back", instanceId, caller.userId(), notRecorded);
            wrapper.resetBuffer();
            answers.write(wrapper, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, SERVER_FAULT);
        } finally {
            wrapper.copyBodyToResponse();
        }
    }

    private String instanceOf(String resource, String id) {
        switch (resource) {
            case "task" -> {
                Task task = taskService.createTaskQuery().taskId(id).singleResult();
                return task == null ? null : task.getProcessInstanceId();
            }
            case "process-instance" -> {
                return runtimeService.createProcessInstanceQuery().processInstanceId(id).count() == 1 ? id : null;
            }
            case "execution" -> {
                Execution execution = runtimeService.createExecutionQuery().executionId(id).singleResult();
                return execution == null ? null : execution.getProcessInstanceId();
            }
            default -> {
                return null;
            }
        }
    }

    /** The names a repair writes, as recorded: from the path, else from the body, else "-". */
    static List<String> variableNames(String rest, JsonNode tree) {
        List<String> names = new ArrayList<>();
        if (rest != null && rest.length() > 1) {
            names.add(rest.substring(1));
        } else if (tree != null) {
            collectNames(tree, names);
        }
        return names.isEmpty() ? List.of("-") : names;
    }

    /** Whether a body sets or deletes any variable, anywhere in it. */
    static boolean carriesVariables(JsonNode tree) {
        if (tree == null) {
            return false;
        }
        List<String> names = new ArrayList<>();
        collectNames(tree, names);
        return !names.isEmpty();
    }

    private static void collectNames(JsonNode node, List<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (VARIABLE_KEYS.contains(field.getKey()) && field.getValue().isObject()) {
                    field.getValue().fieldNames().forEachRemaining(names::add);
                } else if ("deletions".equals(field.getKey()) && field.getValue().isArray()) {
                    field.getValue().forEach(n -> names.add(n.asText()));
                } else {
                    collectNames(field.getValue(), names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectNames(n, names));
        }
    }
}
