package id.jenjang.appraisal.calibration;

import id.jenjang.rules.DecisionVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The curve from the real processes/distribution-curve.dmn on the standalone DMN engine, mapped exactly as
 * the deployed decision is, so the curve's tests use the limits a process owner actually wrote.
 */
final class DmnFileCurveRules implements CurveRules {

    static final DecisionVersion VERSION = new DecisionVersion(DeployedCurveRules.DECISION_KEY, 0,
            "processes/distribution-curve.dmn");

    final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    final DmnDecision decision;

    DmnFileCurveRules() {
        try (InputStream dmn = getClass().getResourceAsStream("/processes/distribution-curve.dmn")) {
            decision = engine.parseDecision(DeployedCurveRules.DECISION_KEY, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as it is in the repository, whatever the date, under its path as version. */
    @Override
    public Applicable limits(OrganisationRating rating, java.time.LocalDate date) {
        return new Applicable(VERSION, DeployedCurveRules.toLimits(engine.evaluateDecisionTable(decision,
                Map.of(DeployedCurveRules.INPUT_RATING, rating.name()))));
    }
}
