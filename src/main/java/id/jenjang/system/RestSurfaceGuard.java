package id.jenjang.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jenjang.system.EngineRestPath.BatchVariables;
import id.jenjang.system.EngineRestPath.Start;
import id.jenjang.system.EngineRestPath.Target;
import id.jenjang.system.EngineRestPath.TaskCompletion;
import id.jenjang.system.EngineRestPath.TaskThrow;
import id.jenjang.system.EngineRestPath.VariableCarrier;
import id.jenjang.system.EngineRestPath.VariableWrite;
import id.jenjang.system.RestSurfaceAnswers.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.filter.OncePerRequestFilter;

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
 * itself, since the webapps' own authentication filter comes later in the chain. This class reads the body and
 * hands the request to its piece: {@link EngineRestPath} says what the path is, {@link EngineRestCaller} who
 * sends it, {@link SubmittedVariables} checks what it carries, {@link FormSubmissions} checks completions and
 * starts against the engine's facts and rewords their outcome, {@link CaseRepair} runs an administrator's
 * repair with its record, {@link RestSurfaceAnswers} holds the answers.
 */
public class RestSurfaceGuard extends OncePerRequestFilter {

    static final int MAX_BODY = 1024 * 1024;

    private final ObjectMapper json;
    private final IdentityService identityService;
    private final RestSurfaceAnswers answers;
    private final FormSubmissions submissions;
    private final CaseRepair repair;

    public RestSurfaceGuard(ObjectMapper json, ProcessEngineConfigurationImpl engine, CaseRepairLog repairs,
            PlatformTransactionManager transactionManager) {
        this.json = json;
        this.identityService = engine.getIdentityService();
        this.answers = new RestSurfaceAnswers(json);
        EngineLookup lookup = new EngineLookup(engine);
        this.submissions = new FormSubmissions(json, engine, lookup, new SubmittedVariables(json), answers);
        this.repair = new CaseRepair(engine, repairs, transactionManager, lookup, answers);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                || EngineRestPath.of(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineRestPath call = EngineRestPath.of(request);
        String method = request.getMethod();
        EngineRestCaller caller = EngineRestCaller.of(request, call.engine(), identityService);
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
                SubmittedVariables.refuseObjectValues(tree);
            }
            Target target = call.target();
            if (target instanceof VariableWrite write) {
                if (!caller.admin()) {
                    throw new Refusal(HttpServletResponse.SC_FORBIDDEN, RestSurfaceAnswers.VARIABLES_REFUSED);
                }
                if (write.upload()) {
                    // a file upload may carry a serialized Object value the JSON check cannot see
                    throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "Variabel tidak dapat diunggah sebagai"
                            + " berkas melalui antarmuka ini; kirim nilainya sebagai JSON.");
                }
                repair.run(request, response, chain, body, caller, method + " " + write.resource() + " variables",
                        write.resource(), write.id(), write.rest(), tree);
                return;
            }
            if (target instanceof BatchVariables) {
                throw new Refusal(HttpServletResponse.SC_FORBIDDEN, "Variabel tidak dapat diubah untuk banyak"
                        + " proses sekaligus; perbaikan dilakukan per kasus agar tercatat dalam jejaknya.");
            }
            if (target instanceof TaskThrow && !caller.admin()) {
                throw new Refusal(HttpServletResponse.SC_FORBIDDEN, "Tugas diselesaikan dengan mengisi"
                        + " formulirnya; tugas tidak dapat diakhiri dengan galat atau eskalasi BPMN.");
            }
            if (target instanceof VariableCarrier carrier && CaseRepair.carriesVariables(tree)) {
                if (!caller.admin()) {
                    throw new Refusal(HttpServletResponse.SC_FORBIDDEN, RestSurfaceAnswers.VARIABLES_REFUSED);
                }
                if (carrier.modifiedInstance() != null) {
                    repair.run(request, response, chain, body, caller, method + " process-instance modification",
                            "process-instance", carrier.modifiedInstance(), null, tree);
                    return;
                }
            }
            if (body == null) {
                chain.doFilter(request, response); // not JSON: the REST API refuses it (415)
                return;
            }
            if (target instanceof TaskCompletion completion) {
                byte[] checked = submissions.checkTaskCompletion(completion.taskId(), caller, tree, body);
                submissions.forward(new ReplayedBody(request, checked), response, chain, completion.taskId());
                return;
            }
            if (target instanceof Start start) {
                byte[] checked = submissions.checkStart(start.definitionId(), start.key(), start.tenant(), caller,
                        tree, body);
                submissions.forward(new ReplayedBody(request, checked), response, chain, null);
                return;
            }
            chain.doFilter(new ReplayedBody(request, body), response);
        } catch (Refusal refusal) {
            answers.write(response, refusal);
        }
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
}
