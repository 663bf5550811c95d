package id.jenjang.rules;

import java.util.Objects;

/**
 * Which decision produced a result: stored beside every result and carried in the promotion trail's payload,
 * so a verdict can always be traced (and replayed) to the rule version that judged it.
 */
public record DecisionVersion(String decisionKey, int decisionVersion, String versionTag) {

    public DecisionVersion {
        Objects.requireNonNull(decisionKey, "decisionKey");
        Objects.requireNonNull(versionTag, "versionTag");
    }

    /** What people read in reasons: "promotion-eligibility versi 3 (PerBKN-2-2025)". */
    public String label() {
        return decisionKey + " versi " + decisionVersion + " (" + versionTag + ")";
    }
}
