package id.jenjang.promotion;

import id.jenjang.appraisal.Predikat;
import id.jenjang.employee.JenisJabatan;
import id.jenjang.employee.Pendidikan;
import id.jenjang.employee.TingkatHukuman;
import id.jenjang.rules.RulesInForce;
import id.jenjang.rules.StandaloneDecisions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The criteria from the version of processes/promotion-eligibility.dmn in force on the date that matters
 * ({@link RulesInForce}), looked up on every call: a process owner who redeploys the DMN with a recorded
 * validity start changes the thresholds from that date on, without a build or a restart, and never before.
 */
@Component
class DeployedEligibilityRules implements EligibilityRules {

    static final String DECISION_KEY = "promotion-eligibility";
    static final String INPUT_PROMOTION_TYPE = "promotionType";
    static final String INPUT_TARGET_POSITION = "targetPosition";
    static final String OUTPUT_CRITERION = "criterion";
    static final String OUTPUT_YEARS = "years";
    static final String OUTPUT_MIN_PREDIKAT = "minPredikat";
    static final String OUTPUT_BLOCKING_TINGKAT = "blockingTingkat";
    static final String OUTPUT_RANK_STEPS = "rankSteps";
    static final String OUTPUT_EXAM_GROUPS = "examGroups";
    static final String OUTPUT_FROM_JABATAN = "fromJabatan";
    static final String OUTPUT_MIN_PENDIDIKAN = "minPendidikan";

    private final DecisionService decisions;
    private final RulesInForce inForce;
    private final StandaloneDecisions standalone;

    DeployedEligibilityRules(DecisionService decisions, RulesInForce inForce, StandaloneDecisions standalone) {
        this.decisions = decisions;
        this.inForce = inForce;
        this.standalone = standalone;
    }

    @Override
    public Applicable rules(PromotionType type, String targetPosition, LocalDate date) {
        return rules(inForce.inForce(DECISION_KEY, date), type, targetPosition);
    }

    /** The rows of one given version, evaluated by the engine (and so in its decision history). */
    Applicable rules(RulesInForce.Candidate version, PromotionType type, String targetPosition) {
        return new Applicable(version.version(),
                toRules(decisions.evaluateDecisionTableById(version.id(), inputs(type, targetPosition))));
    }

    /**
     * The rows of one given version, evaluated on a standalone DMN engine from the deployed XML: the replay
     * writes nothing, not even the engine's decision history (which {@code DecisionService} always records).
     */
    Applicable rulesWithoutHistory(RulesInForce.Candidate version, PromotionType type, String targetPosition) {
        return new Applicable(version.version(),
                toRules(standalone.evaluateTable(version.id(), DECISION_KEY, inputs(type, targetPosition))));
    }

    /** Shared with the tests; the position is passed even when null, so the input expression always resolves. */
    static Map<String, Object> inputs(PromotionType type, String targetPosition) {
        return Variables.createVariables().putValue(INPUT_PROMOTION_TYPE, type.name())
                .putValue(INPUT_TARGET_POSITION, targetPosition);
    }

    /** Shared with the tests, which evaluate the same file on the standalone DMN engine. */
    static List<EligibilityRule> toRules(DmnDecisionTableResult result) {
        return result.getResultList().stream().map(DeployedEligibilityRules::toRule).toList();
    }

    private static EligibilityRule toRule(Map<String, Object> row) {
        try {
            return new EligibilityRule(
                    Criterion.valueOf((String) row.get(OUTPUT_CRITERION)),
                    integer(row.get(OUTPUT_YEARS)),
                    enumValue(row.get(OUTPUT_MIN_PREDIKAT), Predikat::valueOf),
                    list(row.get(OUTPUT_BLOCKING_TINGKAT), TingkatHukuman::valueOf),
                    integer(row.get(OUTPUT_RANK_STEPS)),
                    list(row.get(OUTPUT_EXAM_GROUPS), Function.identity()),
                    enumValue(row.get(OUTPUT_FROM_JABATAN), JenisJabatan::valueOf),
                    enumValue(row.get(OUTPUT_MIN_PENDIDIKAN), Pendidikan::valueOf));
        } catch (RuntimeException e) {
            // the message reaches Cockpit as an incident: name the file and the row so the owner can fix it
            throw new IllegalStateException("Baris " + row + " di " + DECISION_KEY + ".dmn tidak valid: "
                    + e.getMessage(), e);
        }
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static <T> T enumValue(Object value, Function<String, T> parse) {
        return value == null || value.toString().isBlank() ? null : parse.apply(value.toString().trim());
    }

    /** A comma-separated cell ("SEDANG,BERAT"), the same convention as distribution-curve.dmn. */
    private static <T> Set<T> list(Object value, Function<String, T> parse) {
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(((String) value).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(parse).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
