package id.jenjang.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * A deployed decision evaluated on a standalone DMN engine from its stored XML. Unlike the engine's
 * DecisionService this records no decision history, so it also works inside read-only transactions (replays);
 * a deployed definition never changes, so each is parsed once.
 */
@Component
public class StandaloneDecisions {

    /** The rows a table matched, for {@link #explain}: collected on the evaluating thread by the listener. */
    private static final ThreadLocal<List<String>> MATCHED = new ThreadLocal<>();

    private final RepositoryService repository;
    private final DmnEngine standalone;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    public StandaloneDecisions(RepositoryService repository) {
        this.repository = repository;
        DmnDecisionTableEvaluationListener matched = event -> {
            List<String> rows = MATCHED.get();
            if (rows != null) {
                event.getMatchingRules().forEach(rule -> rows.add(rule.getId()));
            }
        };
        this.standalone = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(matched)).buildEngine();
    }

    /** A row of a decision table that matched, with its annotation (where the model cites its source). */
    public record MatchedRule(String id, String annotation) {
    }

    /** A decision table's result and the rows that produced it. */
    public record Explained(DmnDecisionTableResult result, List<MatchedRule> rules) {
    }

    public DmnDecisionTableResult evaluateTable(String definitionId, String decisionKey, Map<String, Object> inputs) {
        return standalone.evaluateDecisionTable(parse(definitionId, decisionKey).decision(), inputs);
    }

    /** As {@link #evaluateTable}, naming the rows that matched: what a replay shows as the reason. */
    public Explained explain(String definitionId, String decisionKey, Map<String, Object> inputs) {
        Parsed decision = parse(definitionId, decisionKey);
        List<String> rows = new ArrayList<>();
        MATCHED.set(rows);
        try {
            DmnDecisionTableResult result = standalone.evaluateDecisionTable(decision.decision(), inputs);
            return new Explained(result, rows.stream()
                    .map(id -> new MatchedRule(id, decision.annotations().get(id))).toList());
        } finally {
            MATCHED.remove();
        }
    }

    private record Parsed(DmnDecision decision, Map<String, String> annotations) {
    }

    private Parsed parse(String definitionId, String decisionKey) {
        return parsed.computeIfAbsent(definitionId, id -> {
            byte[] xml;
            try (InputStream in = repository.getDecisionModel(id)) {
                xml = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> annotations = new HashMap<>();
            var model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
            for (Rule rule : model.getModelElementsByType(Rule.class)) {
                if (rule.getDescription() != null && !rule.getDescription().getTextContent().isBlank()) {
                    annotations.put(rule.getId(), rule.getDescription().getTextContent().strip());
                }
            }
            return new Parsed(standalone.parseDecision(decisionKey, new ByteArrayInputStream(xml)), annotations);
        });
    }
}
