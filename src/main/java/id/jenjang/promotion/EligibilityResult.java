package id.jenjang.promotion;

import java.util.List;

/**
 * The outcome of an eligibility check: every criterion that applied, and {@code eligible} when none failed.
 * The flag is checked against the list so that the process variable {@code eligible} can never disagree with
 * the reasons recorded beside it.
 */
public record EligibilityResult(boolean eligible, List<EligibilityCriterion> criteria) {

    public EligibilityResult {
        criteria = List.copyOf(criteria);
        if (eligible != noneFailed(criteria)) {
            throw new IllegalArgumentException("eligible=" + eligible + " bertentangan dengan kriteria " + criteria);
        }
    }

    public static EligibilityResult of(List<EligibilityCriterion> criteria) {
        return new EligibilityResult(noneFailed(criteria), criteria);
    }

    /** Eligible cases that still carry criteria BKPSDM must check by hand. */
    public boolean needsVerification() {
        return criteria.stream().anyMatch(c -> c.result() == EligibilityCriterion.Result.NEEDS_VERIFICATION);
    }

    private static boolean noneFailed(List<EligibilityCriterion> criteria) {
        return criteria.stream().noneMatch(c -> c.result() == EligibilityCriterion.Result.FAIL);
    }
}
