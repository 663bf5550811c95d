package id.jenjang.appraisal.calibration;

import id.jenjang.appraisal.Predikat;
import id.jenjang.rules.RulesInForce;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The curve's limits from the version of processes/distribution-curve.dmn in force on the period's last day
 * ({@link RulesInForce}), looked up on every call: a process owner who redeploys the DMN with a recorded
 * validity start changes the limits from that date on, without a build or a restart.
 */
@Component
class DeployedCurveRules implements CurveRules {

    static final String DECISION_KEY = "distribution-curve";
    static final String INPUT_RATING = "organisationRating";
    static final String OUTPUT_PREDIKAT = "predikat";
    static final String OUTPUT_MIN_PERCENT = "minPercent";
    static final String OUTPUT_MAX_PERCENT = "maxPercent";
    static final String OUTPUT_MIN_COUNT = "minCount";
    static final String OUTPUT_TEXT = "text";

    private final DecisionService decisions;
    private final RulesInForce inForce;

    DeployedCurveRules(DecisionService decisions, RulesInForce inForce) {
        this.decisions = decisions;
        this.inForce = inForce;
    }

    @Override
    public Applicable limits(OrganisationRating rating, LocalDate date) {
        RulesInForce.Candidate version = inForce.inForce(DECISION_KEY, date);
        return new Applicable(version.version(), toLimits(decisions.evaluateDecisionTableById(version.id(),
                Variables.createVariables().putValue(INPUT_RATING, rating.name()))));
    }

    /** Shared with the tests, which evaluate the same file on the standalone DMN engine. */
    static List<CurveLimit> toLimits(DmnDecisionTableResult result) {
        return result.getResultList().stream().map(DeployedCurveRules::toLimit).toList();
    }

    private static CurveLimit toLimit(Map<String, Object> row) {
        try {
            return new CurveLimit(predikat(row.get(OUTPUT_PREDIKAT)), integer(row.get(OUTPUT_MIN_PERCENT)),
                    integer(row.get(OUTPUT_MAX_PERCENT)), integer(row.get(OUTPUT_MIN_COUNT)),
                    (String) row.get(OUTPUT_TEXT));
        } catch (IllegalArgumentException | ClassCastException e) {
            // the message reaches Cockpit as an incident: name the file and the row so the owner can fix it
            throw new IllegalStateException("Baris " + row + " di " + DECISION_KEY + ".dmn tidak valid: "
                    + e.getMessage(), e);
        }
    }

    private static Set<Predikat> predikat(Object names) {
        Set<Predikat> set = EnumSet.noneOf(Predikat.class);
        if (names != null) {
            Arrays.stream(((String) names).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(Predikat::valueOf).forEach(set::add);
        }
        return set;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
