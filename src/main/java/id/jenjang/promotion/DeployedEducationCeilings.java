package id.jenjang.promotion;

import id.jenjang.employee.Pendidikan;
import id.jenjang.rules.RulesInForce;
import id.jenjang.rules.StandaloneDecisions;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The education ceilings from the version of promotion-education-ceiling in force on the date judged
 * ({@link RulesInForce}, like the eligibility rows themselves), evaluated on a standalone DMN engine: the ceiling
 * is one input of an eligibility judgement, which also runs inside read-only replays, where the engine's decision
 * history could not be written.
 */
@Component
class DeployedEducationCeilings implements EducationCeilings {

    private final RulesInForce rules;
    private final StandaloneDecisions standalone;

    DeployedEducationCeilings(RulesInForce rules, StandaloneDecisions standalone) {
        this.rules = rules;
        this.standalone = standalone;
    }

    @Override
    public Ceiling ceiling(Pendidikan pendidikan, LocalDate date) {
        return ceiling(rules.inForce(DECISION_KEY, date), pendidikan);
    }

    /** Under one given version (the replay's "latest" side). */
    Ceiling ceiling(RulesInForce.Candidate version, Pendidikan pendidikan) {
        DmnDecisionRuleResult row = standalone.evaluateTable(version.id(), DECISION_KEY,
                Variables.createVariables().putValue(INPUT_PENDIDIKAN, pendidikan.name())).getSingleResult();
        return new Ceiling(version.version(),
                row == null ? Optional.empty() : EducationCeilings.toCeiling(row.get(OUTPUT_MAX_GOLONGAN)));
    }
}
