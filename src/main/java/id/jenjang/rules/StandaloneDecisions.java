package id.jenjang.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * A deployed decision evaluated on a standalone DMN engine from its stored XML. Unlike the engine's
 * DecisionService this records no decision history, so it also works inside read-only transactions (replays);
 * a deployed definition never changes, so each is parsed once.
 */
@Component
public class StandaloneDecisions {

    private final RepositoryService repository;
    private final DmnEngine standalone = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    public StandaloneDecisions(RepositoryService repository) {
        this.repository = repository;
    }

    public DmnDecisionTableResult evaluateTable(String definitionId, String decisionKey, Map<String, Object> inputs) {
        DmnDecision decision = parsed.computeIfAbsent(definitionId, id -> {
            try (InputStream xml = repository.getDecisionModel(id)) {
                return standalone.parseDecision(decisionKey, xml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return standalone.evaluateDecisionTable(decision, inputs);
    }
}
