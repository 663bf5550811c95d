package id.jenjang.promotion;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.jenjang.rules.DecisionVersion;
import java.util.Objects;

/**
 * One criterion of an eligibility check as recorded in {@code eligibilityReasons}: what was required, what the
 * master data showed, and the outcome. Keeping the seen value beside the requirement is what lets a candidate
 * who is refused see why without asking HR.
 */
public record EligibilityCriterion(Criterion criterion, String label, String value, String requirement,
        Result result,
        // decisionKey, decisionVersion, versionTag of the rule that set this requirement: in every entry of
        // eligibilityReasons, so the trail's hash covers which rule judged, and replay can name the difference
        @JsonUnwrapped DecisionVersion rule,
        // PANGKAT_PENDIDIKAN only: the version of promotion-education-ceiling whose row set the highest rank, so
        // the reason (and the trail's hash) names the table that judged as well as the rule that asked for it;
        // absent from every other criterion's JSON
        @JsonInclude(JsonInclude.Include.NON_NULL) DecisionVersion ceilingRule) {

    /**
     * NEEDS_VERIFICATION is for what master data cannot show (ujian dinas, credit points): it does not make
     * the case ineligible, BKPSDM checks it when verifying the documents. NOT_ASSESSABLE ("belum dapat dinilai")
     * is data that should be there on the period date and is not (an annual result not final yet): no verdict
     * either way, so the case is neither opened nor published as not eligible.
     */
    public enum Result {
        PASS, FAIL, NEEDS_VERIFICATION, NOT_ASSESSABLE
    }

    public EligibilityCriterion {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(result, "result");
    }

    static EligibilityCriterion of(Criterion criterion, String value, String requirement, Result result) {
        return new EligibilityCriterion(criterion, criterion.label(), value, requirement, result, null, null);
    }

    /** A criterion judged by a row of promotion-education-ceiling in {@code ceilingRule}. */
    static EligibilityCriterion byCeiling(Criterion criterion, String value, String requirement, Result result,
            DecisionVersion ceilingRule) {
        return new EligibilityCriterion(criterion, criterion.label(), value, requirement, result, null,
                Objects.requireNonNull(ceilingRule, "ceilingRule"));
    }

    /** This criterion as judged under {@code version}. */
    EligibilityCriterion under(DecisionVersion version) {
        return new EligibilityCriterion(criterion, label, value, requirement, result, version, ceilingRule);
    }
}
