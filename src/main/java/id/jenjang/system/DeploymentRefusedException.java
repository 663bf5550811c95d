package id.jenjang.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused by {@link DeploymentCheck}. A {@link ParseException} on purpose: the engine REST API
 * answers it with 400 and a JSON body carrying the message and, per resource, each problem with its element id,
 * which Camunda Modeler shows beside the diagram.
 */
public class DeploymentRefusedException extends ParseException {

    private static final long serialVersionUID = 1L;

    private final List<DeploymentCheck.Refusal> refusals;

    public DeploymentRefusedException(List<DeploymentCheck.Refusal> refusals) {
        super(message(refusals), refusals.get(0).resource(), List.of(), List.of());
        this.refusals = List.copyOf(refusals);
        Map<String, List<Problem>> byResource = new LinkedHashMap<>();
        for (DeploymentCheck.Refusal refusal : refusals) {
            byResource.computeIfAbsent(refusal.resource(), r -> new ArrayList<>()).add(new RefusalProblem(refusal));
        }
        resorceReports = new ArrayList<>();
        byResource.forEach((resource, problems) -> resorceReports.add(new Report(resource, problems)));
    }

    public List<DeploymentCheck.Refusal> refusals() {
        return refusals;
    }

    private static String message(List<DeploymentCheck.Refusal> refusals) {
        StringBuilder message = new StringBuilder("Model ditolak, tidak ada yang dipasang: ");
        for (int i = 0; i < refusals.size(); i++) {
            message.append(i == 0 ? "" : "; ").append(refusals.get(i).text());
        }
        return message.toString();
    }

    private record Report(String resourceName, List<Problem> errors) implements ResourceReport {

        @Override
        public String getResourceName() {
            return resourceName;
        }

        @Override
        public List<Problem> getErrors() {
            return errors;
        }

        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }

    private record RefusalProblem(DeploymentCheck.Refusal refusal) implements Problem {

        @Override
        public String getMessage() {
            return refusal.reason();
        }

        @Override
        public int getLine() {
            return refusal.line();
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return refusal.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return List.of(refusal.elementId());
        }
    }
}
