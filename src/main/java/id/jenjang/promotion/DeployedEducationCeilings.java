package id.jenjang.promotion;

import id.jenjang.employee.Golongan;
import id.jenjang.employee.Pendidikan;
import id.jenjang.rules.StandaloneDecisions;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The education ceilings from the latest deployed promotion-education-ceiling (a process owner's redeploy takes
 * effect at once), evaluated on a standalone DMN engine: the ceiling is one input of an eligibility judgement,
 * which also runs inside read-only replays, where the engine's decision history could not be written.
 */
@Component
class DeployedEducationCeilings implements EducationCeilings {

    private final RepositoryService repository;
    private final StandaloneDecisions standalone;

    DeployedEducationCeilings(RepositoryService repository, StandaloneDecisions standalone) {
        this.repository = repository;
        this.standalone = standalone;
    }

    @Override
    public Optional<Golongan> ceiling(Pendidikan pendidikan) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("decision " + DECISION_KEY + " is not deployed");
        }
        DmnDecisionRuleResult row = standalone.evaluateTable(latest.getId(), DECISION_KEY,
                Variables.createVariables().putValue(INPUT_PENDIDIKAN, pendidikan.name())).getSingleResult();
        return row == null ? Optional.empty() : EducationCeilings.toCeiling(row.get(OUTPUT_MAX_GOLONGAN));
    }
}
