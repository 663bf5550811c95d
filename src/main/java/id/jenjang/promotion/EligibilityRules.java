package id.jenjang.promotion;

import id.jenjang.rules.DecisionVersion;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the criteria and thresholds come from. An interface so that the eligibility logic can be tested
 * against the real DMN file on the standalone DMN engine, while the application reads the deployed decision.
 */
interface EligibilityRules {

    /** The rows that apply, in table order, and the decision version they come from. */
    record Applicable(DecisionVersion version, List<EligibilityRule> rows) {
    }

    /**
     * The rows of the version in force on {@code date} (the KP period date, or the day of the check where no
     * period exists); {@code targetPosition} is null for a KP case.
     */
    Applicable rules(PromotionType type, String targetPosition, LocalDate date);
}
