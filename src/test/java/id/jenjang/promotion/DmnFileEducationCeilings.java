package id.jenjang.promotion;

import id.jenjang.employee.Pendidikan;
import id.jenjang.rules.DecisionVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

/** The real processes/promotion-education-ceiling.dmn on the standalone DMN engine, mapped as the deployed one. */
final class DmnFileEducationCeilings implements EducationCeilings {

    final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    final DmnDecision decision;

    DmnFileEducationCeilings() {
        try (InputStream dmn = getClass().getResourceAsStream("/processes/promotion-education-ceiling.dmn")) {
            decision = engine.parseDecision(DECISION_KEY, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** By the raw value, so the old name SMA can be asked too. */
    DmnDecisionTableResult evaluate(String pendidikan) {
        return engine.evaluateDecisionTable(decision,
                Variables.createVariables().putValue(INPUT_PENDIDIKAN, pendidikan));
    }

    /** The file as it is in the repository, whatever the date, under its path as version (as the eligibility's). */
    @Override
    public Ceiling ceiling(Pendidikan pendidikan, LocalDate date) {
        DmnDecisionRuleResult row = evaluate(pendidikan.name()).getSingleResult();
        return new Ceiling(new DecisionVersion(DECISION_KEY, 0, "processes/promotion-education-ceiling.dmn"),
                row == null ? Optional.empty() : EducationCeilings.toCeiling(row.get(OUTPUT_MAX_GOLONGAN)));
    }
}
