package id.jenjang.promotion;

import id.jenjang.employee.Golongan;
import id.jenjang.employee.Pendidikan;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The education ceilings from the latest deployed promotion-education-ceiling, evaluated by key on every call. */
@Component
class DeployedEducationCeilings implements EducationCeilings {

    private final DecisionService decisions;

    DeployedEducationCeilings(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<Golongan> ceiling(Pendidikan pendidikan) {
        DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_KEY,
                Variables.createVariables().putValue(INPUT_PENDIDIKAN, pendidikan.name())).getSingleResult();
        return row == null ? Optional.empty() : EducationCeilings.toCeiling(row.get(OUTPUT_MAX_GOLONGAN));
    }
}
