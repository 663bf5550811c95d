package id.jenjang.appraisal.calibration;

import id.jenjang.appraisal.Predikat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's distribution measured against the curve of its organisation's rating. Violations are sentences
 * in Bahasa Indonesia for HR; a small unit only gets a warning (domain rules: under 10 people the
 * percentages say little), so only {@link #blocking()} decides whether calibration may go on.
 */
public record CurveCheck(OrganisationRating rating, Map<Predikat, Integer> counts, int total,
        List<String> violations, boolean smallUnit) {

    public CurveCheck {
        // enum order, so whoever prints the counts lists them best first
        Map<Predikat, Integer> ordered = new EnumMap<>(Predikat.class);
        ordered.putAll(counts);
        counts = Collections.unmodifiableMap(ordered);
        violations = List.copyOf(violations);
    }

    /** Departures from the curve that stop calibration until HR adjusts (with a written reason). */
    public boolean blocking() {
        return !violations.isEmpty() && !smallUnit;
    }
}
