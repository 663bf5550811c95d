package id.jenjang.promotion;

import id.jenjang.rules.DecisionVersion;
import java.util.List;

/**
 * The outcome of an eligibility check: every criterion that applied, and {@code eligible} when none failed.
 * The flag is checked against the list so that the process variable {@code eligible} can never disagree with
 * the reasons recorded beside it.
 */
public record EligibilityResult(boolean eligible, List<EligibilityCriterion> criteria, DecisionVersion rule) {

    public EligibilityResult(boolean eligible, List<EligibilityCriterion> criteria) {
        this(eligible, criteria, null);
    }

    public EligibilityResult {
        criteria = List.copyOf(criteria);
        if (eligible != noneFailed(criteria)) {
            throw new IllegalArgumentException("eligible=" + eligible + " bertentangan dengan kriteria " + criteria);
        }
    }

    public static EligibilityResult of(List<EligibilityCriterion> criteria) {
        return new EligibilityResult(noneFailed(criteria), criteria);
    }

    /** Every criterion stamped with the decision version that set its requirement. */
    public static EligibilityResult of(List<EligibilityCriterion> criteria, DecisionVersion rule) {
        List<EligibilityCriterion> stamped = criteria.stream().map(c -> c.under(rule)).toList();
        return new EligibilityResult(noneFailed(stamped), stamped, rule);
    }

    /** Eligible cases that still carry criteria BKPSDM must check by hand. */
    public boolean needsVerification() {
        return criteria.stream().anyMatch(c -> c.result() == EligibilityCriterion.Result.NEEDS_VERIFICATION);
    }

    private static boolean noneFailed(List<EligibilityCriterion> criteria) {
        return criteria.stream().noneMatch(c -> c.result() == EligibilityCriterion.Result.FAIL);
    }
}
