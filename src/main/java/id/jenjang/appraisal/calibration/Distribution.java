package id.jenjang.appraisal.calibration;

import id.jenjang.appraisal.Predikat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A unit's counts per predikat, every predikat present (missing ones are 0), with the labels and percentages
 * HR reads. One place so the check, the summary and the chart never disagree on a figure.
 */
record Distribution(Map<Predikat, Integer> counts, int total) {

    private static final Map<Predikat, String> LABELS = Map.of(
            Predikat.SANGAT_BAIK, "Sangat Baik",
            Predikat.BAIK, "Baik",
            Predikat.BUTUH_PERBAIKAN, "Butuh Perbaikan",
            Predikat.KURANG, "Kurang",
            Predikat.SANGAT_KURANG, "Sangat Kurang");

    static Distribution of(Map<Predikat, Integer> counts) {
        Map<Predikat, Integer> all = new EnumMap<>(Predikat.class);
        int total = 0;
        for (Predikat p : Predikat.values()) {
            Integer n = counts.get(p);
            int count = n == null ? 0 : n;
            if (count < 0) {
                throw new IllegalArgumentException("jumlah " + p + " negatif: " + count);
            }
            all.put(p, count);
            total = Math.addExact(total, count);
        }
        return new Distribution(Collections.unmodifiableMap(all), total);
    }

    int count(Set<Predikat> predikat) {
        return predikat.stream().mapToInt(counts::get).sum();
    }

    static String label(Predikat predikat) {
        return LABELS.get(predikat);
    }

    /** "Butuh Perbaikan atau Kurang": a limit on several predikat counts them together. */
    static String label(Set<Predikat> predikat) {
        return predikat.stream().sorted().map(Distribution::label).collect(Collectors.joining(" atau "));
    }

    /**
     * The share as HR writes it: "70%", "66,7%". The rounding is the caller's: a violation rounds away from
     * its limit so that 70.3% over a 70% ceiling never reads as "70%".
     */
    String percent(int count, RoundingMode rounding) {
        if (total == 0) {
            return "0%";
        }
        BigDecimal share = BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, rounding);
        return share.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }
}
