package id.jenjang.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jenjang.employee.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The door of the engine's REST surface ({@code /engine-rest} and the webapps' copy under
 * {@code /camunda/api/engine/engine/<name>}, which Tasklist uses). The engine's authorizations decide who may
 * work on a task; this filter decides what a completion may carry, because the engine writes whatever variables
 * it is given:
 * <ul>
 *   <li>completions and starts carry only the input fields of the task's or start event's Camunda Form;
 *   read-only fields only unchanged (form-js submits them; they are then dropped, never written); texts without
 *   control characters and within the field's maxLength; scalar values only;</li>
 *   <li>writing variables directly (task, process instance, execution; message correlation, signals,
 *   modifications, conditional starts) is left to {@code camunda-admin} repairing a case, and the repair is
 *   recorded in the case's trail in the same transaction ({@link CaseRepairLog});</li>
 *   <li>Object variables (serialized Java or JSON objects) are refused everywhere, for everyone;</li>
 *   <li>racing or repeated completions answer 404/409 in Bahasa Indonesia instead of Camunda's 500.</li>
 * </ul>
 * Runs after the engine REST authentication (the engine's current user) and reads the webapps' session login
 * itself, since the webapps' own authentication filter comes later in the chain.
 */
public class RestSurfaceGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RestSurfaceGuard.class);

    static final int MAX_BODY = 1024 * 1024;

    private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/([^/]+))?(/.*)$");
    private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/([^/]+)(/.*)$");

    private static final Pattern TASK_FORM = Pattern.compile("^/task/([^/]+)/(complete|submit-form|resolve)/?$");
    private static final Pattern START_FORM = Pattern.compile(
            "^/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(start|submit-form)/?$");
    /** Direct writes of variables; group 1 is the resource, 2 its id, 3 the rest (a name, /data). */
    private static final Pattern VARIABLE_WRITE = Pattern.compile(
            "^/(task|process-instance|execution|case-instance|case-execution)/([^/]+)/(?:variables|localVariables)"
                    + "(/.*)?$");
    /** Setting variables on many instances at once: no single case to record a repair in. */
    private static final Pattern BATCH_VARIABLES = Pattern.compile("^/process-instance/variables-async/?$");
    /** Endpoints that may carry variables into running cases (or start them elsewhere than their start event). */
    private static final Pattern VARIABLE_CARRIERS = Pattern.compile("^/(message(/async)?|signal|condition"
            + "|process-instance/[^/]+/modification(-async)?|modification/execute(-async)?"
            + "|execution/[^/]+/signal|execution/[^/]+/messageSubscriptions/[^/]+/trigger)/?$");
    /** A user task ended by a BPMN error or escalation instead of its form: not what a form's assignee does. */
    private static final Pattern TASK_THROW = Pattern.compile("^/task/[^/]+/(bpmnError|bpmnEscalation)/?$");
    private static final Pattern PROCESS_INSTANCE_MODIFICATION =
            Pattern.compile("^/process-instance/([^/]+)/modification(-async)?/?$");

    private static final Set<String> VARIABLE_KEYS = Set.of("variables", "processVariables",
            "processVariablesLocal", "processVariablesToTriggeredScope", "modifications");
    /** Start options that skip or move past the start event: a start through its form does not need them. */
    private static final Set<String> START_OPTIONS = Set.of("startInstructions", "skipCustomListeners",
            "skipIoMappings");
    /** What Tasklist sends for the forms' scalar fields (no type: the REST API infers one from JSON). */
    private static final Set<String> SCALAR_TYPES = Set.of("", "string", "boolean", "integer", "long", "short",
            "double", "date", "null");

    static final String FIELD_UNKNOWN = "isian ini tidak ada pada formulir tugas ini dan tidak diterima.";
    static final String FIELD_READ_ONLY = "isian ini hanya untuk dibaca dan tidak boleh diubah.";
    static final String FIELD_CONTROL = "berisi karakter kendali yang tidak diizinkan.";
    static final String VARIABLES_REFUSED = "Variabel proses tidak dapat diubah langsung. Isi formulir tugas Anda di"
            + " Tasklist; perbaikan data kasus hanya oleh administrator (camunda-admin) dan tercatat dalam jejak kasus.";
    static final String NOT_YOUR_TASK = "Tugas ini bukan tugas Anda atau kelompok Anda; Anda tidak dapat"
            + " menyelesaikannya.";
    static final String TASK_GONE = "Tugas ini tidak ditemukan atau sudah diselesaikan. Muat ulang daftar tugas.";
    static final String TASK_RACE = "Tugas ini baru saja diselesaikan atau diubah oleh permintaan lain. Muat ulang"
            + " daftar tugas.";
    static final String SERVER_FAULT = "Permintaan tidak dapat diproses karena gangguan pada server. Coba lagi;"
            + " bila berulang, hubungi BKPSDM.";

    private final ObjectMapper json;
    private final ProcessEngineConfigurationImpl engine;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final CaseRepairLog repairs;
    private final TransactionTemplate transactions;

    public RestSurfaceGuard(ObjectMapper json, ProcessEngineConfigurationImpl engine, CaseRepairLog repairs,
            PlatformTransactionManager transactionManager) {
        this.json = json;
        this.engine = engine;
        this.identityService = engine.getIdentityService();
        this.authorizationService = engine.getAuthorizationService();
        this.taskService = engine.getTaskService();
        this.repositoryService = engine.getRepositoryService();
        this.runtimeService = engine.getRuntimeService();
        this.repairs = repairs;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The caller as the engine knows them. */
    record Caller(String userId, List<String> groups) {

        boolean admin() {
            return groups.contains(Groups.CAMUNDA_ADMIN);
        }
    }

    /** A refusal: status and the Indonesian message the person reads. */
    static final class Refusal extends RuntimeException {

        final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        static Refusal field(String field, String problem) {
            return new Refusal(HttpServletResponse.SC_BAD_REQUEST, field + ": " + problem);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                || enginePath(request) == null;
    }

    /** {engine name, path below the engine} of an engine REST call, or null. Decoded and normalised. */
    static String[] enginePath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Matcher m = ENGINE_REST.matcher(path);
        if (m.matches()) {
            return new String[] {m.group(1) == null ? "default" : m.group(1), m.group(2)};
        }
        m = WEBAPP_ENGINE.matcher(path);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] engineAndPath = enginePath(request);
        String path = engineAndPath[1];
        String method = request.getMethod();
        Caller caller = caller(request, engineAndPath[0]);
        if (caller == null) {
            // not logged in: the authentication that follows refuses it; nothing here may run before that
            chain.doFilter(request, response);
            return;
        }
        try {
            boolean jsonBody = isJson(request);
            // deployments and file uploads (multipart) pass unread: only JSON can carry variables and forms
            byte[] body = jsonBody ? request.getInputStream().readNBytes(MAX_BODY + 1) : null;
            if (body != null && body.length > MAX_BODY) {
                throw new Refusal(413, "Isi permintaan terlalu besar (paling banyak 1 MB).");
            }
            JsonNode tree = body != null && body.length > 0 ? parse(body) : null;
            if (tree == null && body != null && !new String(body, StandardCharsets.UTF_8).isBlank()) {
                // fail closed: what this guard cannot read it cannot check, whatever the REST API's parser accepts
                throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "Isi permintaan bukan JSON yang sah.");
            }
            if (tree != null) {
                refuseObjectValues(tree, null);
            }
            Matcher m;
            if ((m = VARIABLE_WRITE.matcher(path)).matches()) {
                if (!caller.admin()) {
                    throw new Refusal(HttpServletResponse.SC_FORBIDDEN, VARIABLES_REFUSED);
                }
                if (m.group(3) != null && m.group(3).endsWith("/data")) {
                    // a file upload may carry a serialized Object value the JSON check cannot see
                    throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "Variabel tidak dapat diunggah sebagai"
                            + " berkas melalui antarmuka ini; kirim nilainya sebagai JSON.");
                }
                repair(request, response, chain, body, caller, method + " " + m.group(1) + " variables", m.group(1),
                        m.group(2), m.group(3), tree);
                return;
            }
            if (BATCH_VARIABLES.matcher(path).matches()) {
                throw new Refusal(HttpServletResponse.SC_FORBIDDEN, "Variabel tidak dapat diubah untuk banyak"
                        + " proses sekaligus; perbaikan dilakukan per kasus agar tercatat dalam jejaknya.");
            }
            if (TASK_THROW.matcher(path).matches() && !caller.admin()) {
                throw new Refusal(HttpServletResponse.SC_FORBIDDEN, "Tugas diselesaikan dengan mengisi"
                        + " formulirnya; tugas tidak dapat diakhiri dengan galat atau eskalasi BPMN.");
            }
            if (VARIABLE_CARRIERS.matcher(path).matches() && !caller.admin() && carriesVariables(tree)) {
                throw new Refusal(HttpServletResponse.SC_FORBIDDEN, VARIABLES_REFUSED);
            }
            if ((m = PROCESS_INSTANCE_MODIFICATION.matcher(path)).matches() && caller.admin()
                    && carriesVariables(tree)) {
                repair(request, response, chain, body, caller, method + " process-instance modification",
                        "process-instance", m.group(1), null, tree);
                return;
            }
            if (body == null) {
                chain.doFilter(request, response); // not JSON: the REST API refuses it (415)
                return;
            }
            if ((m = TASK_FORM.matcher(path)).matches()) {
                String taskId = m.group(1);
                byte[] checked = checkTaskCompletion(taskId, caller, tree, body);
                completeGuarded(new ReplayedBody(request, checked), response, chain, taskId);
                return;
            }
            if ((m = START_FORM.matcher(path)).matches()) {
                byte[] checked = checkStart(m.group(3), m.group(1), m.group(2), caller, tree, body);
                completeGuarded(new ReplayedBody(request, checked), response, chain, null);
                return;
            }
            chain.doFilter(body == null ? request : new ReplayedBody(request, body), response);
        } catch (Refusal refusal) {
            write(response, refusal.status, refusal.getMessage());
        }
    }

    // --- who is calling ---------------------------------------------------------------------------------------

    private Caller caller(HttpServletRequest request, String engineName) {
        org.camunda.bpm.engine.impl.identity.Authentication current = identityService.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return new Caller(current.getUserId(),
                    current.getGroupIds() == null ? List.of() : List.copyOf(current.getGroupIds()));
        }
        HttpSession session = request.getSession(false);
        if (session == null || !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication user = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        if (user instanceof UserAuthentication u && u.getIdentityId() != null) {
            return new Caller(u.getIdentityId(), u.getGroupIds() == null ? List.of() : List.copyOf(u.getGroupIds()));
        }
        return null;
    }

    // --- completions and starts -------------------------------------------------------------------------------

    private record TaskFacts(Task task, FormFields form, Map<String, String> readOnlyValues) {
    }

    private byte[] checkTaskCompletion(String taskId, Caller caller, JsonNode tree, byte[] body) {
        Task task = withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
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
        return checkVariables(form, tree, body, names -> {
            try {
                return withoutAuthorization(() -> currentValues(taskId, names));
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
        if (withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).count()) == 0) {
            throw new Refusal(HttpServletResponse.SC_NOT_FOUND, TASK_GONE);
        }
    }

    private boolean mayWork(Caller caller, Task task) {
        String key = task.getProcessDefinitionId() == null ? null
                : withoutAuthorization(() -> repositoryService.getProcessDefinition(task.getProcessDefinitionId())
                        .getKey());
        return authorized(caller, TaskPermissions.TASK_WORK, Resources.TASK, task.getId())
                || authorized(caller, Permissions.UPDATE, Resources.TASK, task.getId())
                || key != null && (authorized(caller, ProcessDefinitionPermissions.TASK_WORK,
                        Resources.PROCESS_DEFINITION, key)
                        || authorized(caller, ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION,
                                key));
    }

    private boolean authorized(Caller caller, Permission permission, Resource resource, String id) {
        return authorizationService.isUserAuthorized(caller.userId(), caller.groups(), permission, resource, id);
    }

    /**
     * The task's Camunda Form, or none. The command runs in the guard's own command context, not through the
     * service: a failure there (no form, a standalone task) would otherwise be kept by the engine and rethrown
     * when the context closes.
     */
    private FormFields taskForm(String taskId) {
        return withoutAuthorization(context -> deployedForm(() -> new GetDeployedTaskFormCmd(taskId).execute(context)));
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
        Map<String, String> current = new java.util.HashMap<>();
        for (String name : names) {
            TypedValue value = values.getValueTyped(name);
            Object plain = value == null ? null
                    : value instanceof SerializableValue s && !s.isDeserialized() ? s.getValueSerialized()
                    : value.getValue();
            current.put(name, plain == null ? null : String.valueOf(plain));
        }
        return current;
    }

    private byte[] checkStart(String definitionId, String key, String tenant, Caller caller, JsonNode tree,
            byte[] body) {
        ProcessDefinition definition = withoutAuthorization(() -> {
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
        FormFields form = withoutAuthorization(context -> deployedForm(
                () -> new GetDeployedStartFormCmd(definition.getId()).execute(context)));
        // a start has nothing to compare read-only fields with: they may only be empty
        return checkVariables(form, tree, body, names -> {
            Map<String, String> none = new java.util.HashMap<>();
            names.forEach(n -> none.put(n, null));
            return none;
        });
    }

    private byte[] checkVariables(FormFields form, JsonNode tree, byte[] body,
            java.util.function.Function<Set<String>, Map<String, String>> current) {
        if (!(tree instanceof ObjectNode request) || !request.path("variables").isObject()) {
            return body;
        }
        ObjectNode variables = (ObjectNode) request.get("variables");
        Set<String> readOnly = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            String name = variable.getKey();
            FormFields.Field field = form.get(name);
            if (field == null) {
                throw Refusal.field(name, FIELD_UNKNOWN);
            }
            checkValue(field, variable.getValue());
            if (field.readOnly()) {
                readOnly.add(name);
            }
        }
        if (readOnly.isEmpty()) {
            return body;
        }
        Map<String, String> stored = current.apply(readOnly);
        for (String name : readOnly) {
            JsonNode value = variables.get(name).path("value");
            String sent = value.isNull() || value.isMissingNode() ? null : value.asText();
            String was = stored.get(name);
            if (!(empty(sent) && empty(was)) && !java.util.Objects.equals(sent, was)) {
                throw Refusal.field(name, FIELD_READ_ONLY);
            }
        }
        // unchanged: shown to the person, never written back
        readOnly.forEach(variables::remove);
        try {
            return json.writeValueAsBytes(request);
        } catch (IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    private static boolean empty(String value) {
        return value == null || value.isEmpty();
    }

    private static void checkValue(FormFields.Field field, JsonNode dto) {
        String name = field.key();
        if (!dto.isObject()) {
            throw Refusal.field(name, "nilai isian tidak dapat dibaca.");
        }
        String type = dto.path("type").asText("").toLowerCase(Locale.ROOT);
        JsonNode value = dto.path("value");
        boolean json = "json".equals(type) && field.list() && (value.isTextual() || value.isNull());
        if (!json && (!SCALAR_TYPES.contains(type) || value.isContainerNode())) {
            throw Refusal.field(name, "jenis data " + (type.isEmpty() ? "objek" : dto.path("type").asText())
                    + " tidak diterima untuk isian ini.");
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (text.codePointCount(0, text.length()) > (json ? 20 * FormFields.DEFAULT_MAX_LENGTH
                    : field.maxLength())) {
                throw Refusal.field(name, "terlalu panjang (paling banyak " + field.maxLength() + " karakter).");
            }
            if (hasControlCharacter(text)) {
                throw Refusal.field(name, FIELD_CONTROL);
            }
        }
    }

    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /** A completion or start: a lost race becomes 404/409 in Indonesian, a server fault loses its SQL. */
    private void completeGuarded(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            String taskId) throws IOException, ServletException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (taskId != null && wrapper.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                // a race's loser finds the task's grants already gone with the winner's commit; a stranger is
                // told in Indonesian what Camunda says in English
                boolean gone = withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).count()) == 0;
                wrapper.resetBuffer();
                write(wrapper, gone ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_FORBIDDEN,
                        gone ? TASK_RACE : NOT_YOUR_TASK);
            } else if (wrapper.getStatus() >= 500) {
                String answer = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
                wrapper.resetBuffer();
                boolean gone = taskId != null && withoutAuthorization(
                        () -> taskService.createTaskQuery().taskId(taskId).count()) == 0;
                boolean race = answer.contains("OptimisticLocking")
                        || answer.contains("updated by another transaction concurrently");
                if (taskId != null && (gone || race)) {
                    write(wrapper, HttpServletResponse.SC_CONFLICT, TASK_RACE);
                } else {
                    log.warn("Engine REST {} answered {}: {}", request.getRequestURI(), wrapper.getStatus(), answer);
                    write(wrapper, wrapper.getStatus(), SERVER_FAULT);
                }
            }
        } finally {
            wrapper.copyBodyToResponse();
        }
    }

    // --- repairs by administrators ---------------------------------------------------------------------------

    private void repair(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body,
            Caller caller, String operation, String resource, String id, String rest, JsonNode tree)
            throws IOException, ServletException {
        String instanceId = withoutAuthorization(() -> instanceOf(resource, id));
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
            write(wrapper, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, SERVER_FAULT);
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

    private static List<String> variableNames(String rest, JsonNode tree) {
        List<String> names = new ArrayList<>();
        if (rest != null && rest.length() > 1) {
            names.add(rest.substring(1));
        } else if (tree != null) {
            collectNames(tree, names);
        }
        return names.isEmpty() ? List.of("-") : names;
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

    private static boolean carriesVariables(JsonNode tree) {
        if (tree == null) {
            return false;
        }
        List<String> names = new ArrayList<>();
        collectNames(tree, names);
        return !names.isEmpty();
    }

    // --- Object values ---------------------------------------------------------------------------------------

    /** Any value typed Object or carrying a serialization format: the engine would instantiate its class. */
    private static void refuseObjectValues(JsonNode node, String name) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            JsonNode info = node.get("valueInfo");
            boolean object = type != null && type.isTextual() && "object".equalsIgnoreCase(type.asText());
            boolean serialized = info != null && info.isObject()
                    && (info.has("objectTypeName") || info.has("serializationDataFormat"));
            if ((object || serialized) && (node.has("value") || info != null)) {
                throw Refusal.field(name == null ? "variabel" : name, "jenis data Object (objek Java atau JSON"
                        + " yang dibentuk menjadi kelas) tidak diterima.");
            }
            node.fields().forEachRemaining(f -> refuseObjectValues(f.getValue(), f.getKey()));
        } else if (node.isArray()) {
            node.forEach(n -> refuseObjectValues(n, name));
        }
    }

    // --- plumbing ---------------------------------------------------------------------------------------------

    /** Runs engine look-ups with authorization checks off: the guard needs the facts, the caller's rights decide later. */
    private <T> T withoutAuthorization(Supplier<T> lookup) {
        return withoutAuthorization(context -> lookup.get());
    }

    private <T> T withoutAuthorization(java.util.function.Function<CommandContext, T> lookup) {
        Command<T> command = context -> {
            boolean enabled = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return lookup.apply(context);
            } finally {
                if (enabled) {
                    context.enableAuthorizationCheck();
                }
            }
        };
        return engine.getCommandExecutorTxRequired().execute(command);
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || type.toLowerCase(Locale.ROOT).contains("json");
    }

    private void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String type = switch (status) {
            case HttpServletResponse.SC_FORBIDDEN -> "AuthorizationException";
            case HttpServletResponse.SC_CONFLICT -> "OptimisticLockingException";
            case HttpServletResponse.SC_BAD_REQUEST -> "InvalidRequestException";
            default -> "RestException";
        };
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("type", type, "message", message)));
    }
}
