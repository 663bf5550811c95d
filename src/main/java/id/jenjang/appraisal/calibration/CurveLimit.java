package id.jenjang.appraisal.calibration;

import id.jenjang.appraisal.Predikat;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the distribution curve: the employees whose predikat is in {@code predikat}, counted together,
 * must be at least {@code minPercent} / at most {@code maxPercent} of the unit and at least {@code minCount}
 * people (each bound optional). Validated here because process owners edit the DMN by hand and a mistyped
 * row should fail loudly rather than quietly stop limiting anything.
 */
public record CurveLimit(Set<Predikat> predikat, Integer minPercent, Integer maxPercent, Integer minCount,
        String text) {

    public CurveLimit {
        Objects.requireNonNull(predikat, "predikat");
        if (predikat.isEmpty()) {
            throw new IllegalArgumentException("batas tanpa predikat");
        }
        if (minPercent == null && maxPercent == null && minCount == null) {
            throw new IllegalArgumentException("batas tanpa minPercent, maxPercent atau minCount");
        }
        requireRange("minPercent", minPercent, 100);
        requireRange("maxPercent", maxPercent, 100);
        requireRange("minCount", minCount, Integer.MAX_VALUE);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("batas tanpa teks");
        }
        // enum order, so labels read "Butuh Perbaikan atau Kurang" whatever order the DMN lists them in
        predikat = Collections.unmodifiableSet(EnumSet.copyOf(predikat));
    }

    private static void requireRange(String name, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            throw new IllegalArgumentException(name + " di luar 0.." + max + ": " + value);
        }
    }
}
