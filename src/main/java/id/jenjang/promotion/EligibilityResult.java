package id.jenjang.promotion;

import id.jenjang.rules.DecisionVersion;
import java.util.List;

/**
 * The outcome of an eligibility check: every criterion that applied, and {@code eligible} when none failed and
 * none lacked its data. A FAIL is a verdict even when other data is missing; without a FAIL, missing data
 * makes the case {@link #assessable() not assessable} ("belum dapat dinilai"), which is not a verdict.
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

    /** False when no criterion failed but one could not be judged for missing data: "belum dapat dinilai". */
    public boolean assessable() {
        return criteria.stream().anyMatch(c -> c.result() == EligibilityCriterion.Result.FAIL)
                || criteria.stream().noneMatch(c -> c.result() == EligibilityCriterion.Result.NOT_ASSESSABLE);
    }

    /** Eligible: no FAIL and nothing missing. */
    private static boolean noneFailed(List<EligibilityCriterion> criteria) {
        return criteria.stream().noneMatch(c -> c.result() == EligibilityCriterion.Result.FAIL
                || c.result() == EligibilityCriterion.Result.NOT_ASSESSABLE);
    }
}
