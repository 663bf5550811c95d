package id.jenjang.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An engine REST request by its path: which engine it goes to, and what the path makes of it for the door
 * (a completion, a start, a direct variable write, a request that may carry variables into running cases...).
 * Only the path is read here; what the body carries and who sends it decide the rest.
 *
 * @param engine the engine's name ({@code default} for {@code /engine-rest} without one)
 * @param path the path below the engine, e.g. {@code /task/<id>/complete}
 */
record EngineRestPath(String engine, String path) {

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

    /** What the path makes of a request. */
    sealed interface Target {
    }

    /** A direct write of variables on a task, process instance, execution or case. */
    record VariableWrite(String resource, String id, String rest) implements Target {

        /** {@code .../variables/<name>/data}: a file upload. */
        boolean upload() {
            return rest != null && rest.endsWith("/data");
        }
    }

    /** Variables set on many process instances at once. */
    record BatchVariables() implements Target {
    }

    /** A user task ended by a BPMN error or escalation. */
    record TaskThrow() implements Target {
    }

    /**
     * A message, signal, condition or modification, which may carry variables into running cases; for a process
     * instance's modification, the instance it modifies (else null).
     */
    record VariableCarrier(String modifiedInstance) implements Target {
    }

    /** A task's completion (complete, submit-form, resolve). */
    record TaskCompletion(String taskId) implements Target {
    }

    /** A process start, by definition id or by key (and tenant). */
    record Start(String definitionId, String key, String tenant) implements Target {
    }

    /** Anything else: the engine's authorizations decide alone. */
    record Other() implements Target {
    }

    /** The engine REST call a request makes, or null when it is none. */
    static EngineRestPath of(HttpServletRequest request) {
        return of(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    }

    /** The engine REST call of a decoded and normalised path (servlet path and path info), or null. */
    static EngineRestPath of(String path) {
        Matcher m = ENGINE_REST.matcher(path);
        if (m.matches()) {
            return new EngineRestPath(m.group(1) == null ? "default" : m.group(1), m.group(2));
        }
        m = WEBAPP_ENGINE.matcher(path);
        return m.matches() ? new EngineRestPath(m.group(1), m.group(2)) : null;
    }

    /** The first kind the path matches, in the order the door checks them. */
    Target target() {
        Matcher m;
        if ((m = VARIABLE_WRITE.matcher(path)).matches()) {
            return new VariableWrite(m.group(1), m.group(2), m.group(3));
        }
        if (BATCH_VARIABLES.matcher(path).matches()) {
            return new BatchVariables();
        }
        if (TASK_THROW.matcher(path).matches()) {
            return new TaskThrow();
        }
        if (VARIABLE_CARRIERS.matcher(path).matches()) {
            m = PROCESS_INSTANCE_MODIFICATION.matcher(path);
            return new VariableCarrier(m.matches() ? m.group(1) : null);
        }
        if ((m = TASK_FORM.matcher(path)).matches()) {
            return new TaskCompletion(m.group(1));
        }
        if ((m = START_FORM.matcher(path)).matches()) {
            return new Start(m.group(3), m.group(1), m.group(2));
        }
        return new Other();
    }
}
