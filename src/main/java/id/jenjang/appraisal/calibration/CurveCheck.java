package id.jenjang.appraisal.calibration;

import id.jenjang.appraisal.Predikat;
import id.jenjang.rules.DecisionVersion;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's distribution measured against the curve of its organisation's rating. Violations are sentences
 * in Bahasa Indonesia for HR. The curve is a consideration, not a cap (SE MenPANRB 3/2023): a unit of any
 * size may stay off it, but only with a written justification for the unit ({@link #departs()}). A small
 * unit is only flagged so the summary can say that its percentages say little. {@code rule} is the curve version
 * whose limits judged, stored with the calibration.
 */
public record CurveCheck(OrganisationRating rating, Map<Predikat, Integer> counts, int total,
        List<String> violations, boolean smallUnit, DecisionVersion rule) {

    public CurveCheck {
        // enum order, so whoever prints the counts lists them best first
        Map<Predikat, Integer> ordered = new EnumMap<>(Predikat.class);
        ordered.putAll(counts);
        counts = Collections.unmodifiableMap(ordered);
        violations = List.copyOf(violations);
    }

    /** The distribution departs from the curve: calibration then needs a written justification for the unit. */
    public boolean departs() {
        return !violations.isEmpty();
    }
}
