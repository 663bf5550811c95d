package id.jenjang.appraisal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of predikat in a unit, after applying any adjustments. */
final class UnitDistribution {

    private UnitDistribution() {
    }

    static Map<Predikat, Integer> counts(List<AppraisalRepository.UnitResult> results,
            List<CalibrationAdjustments.Adjustment> adjustments) {
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            counts.put(p, 0);
        }
        for (AppraisalRepository.UnitResult r : results) {
            String predikat = adjustments.stream().filter(a -> a.nip().equals(r.nip())).map(a -> a.predikat())
                    .findFirst().orElse(r.predikat());
            if (predikat != null) {
                counts.merge(Predikat.valueOf(predikat), 1, Integer::sum);
            }
        }
        return counts;
    }
}
