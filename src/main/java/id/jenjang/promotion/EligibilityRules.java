package id.jenjang.promotion;

import java.util.List;

/**
 * Where the criteria and thresholds come from. An interface so that the eligibility logic can be tested
 * against the real DMN file on the standalone DMN engine, while the application reads the deployed decision.
 */
interface EligibilityRules {

    /** The rows that apply, in table order; {@code targetPosition} is null for a KP case. */
    List<EligibilityRule> rules(PromotionType type, String targetPosition);
}
