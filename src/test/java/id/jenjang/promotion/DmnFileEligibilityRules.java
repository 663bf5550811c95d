package id.jenjang.promotion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The criteria from the real processes/promotion-eligibility.dmn on the standalone DMN engine, mapped exactly as
 * the deployed decision is, so the decision's tests read the thresholds a process owner actually wrote.
 */
final class DmnFileEligibilityRules implements EligibilityRules {

    final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    final DmnDecision decision;

    DmnFileEligibilityRules() {
        try (InputStream dmn = getClass().getResourceAsStream("/processes/promotion-eligibility.dmn")) {
            decision = engine.parseDecision(DeployedEligibilityRules.DECISION_KEY, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DmnDecisionTableResult evaluate(PromotionType type, String targetPosition) {
        return engine.evaluateDecisionTable(decision, DeployedEligibilityRules.inputs(type, targetPosition));
    }

    /** The file as it is in the repository, under the versionTag written on its decision element. */
    @Override
    public Applicable rules(PromotionType type, String targetPosition, java.time.LocalDate date) {
        return new Applicable(new id.jenjang.rules.DecisionVersion(DeployedEligibilityRules.DECISION_KEY, 0,
                "processes/promotion-eligibility.dmn"), DeployedEligibilityRules.toRules(evaluate(type, targetPosition)));
    }
}
