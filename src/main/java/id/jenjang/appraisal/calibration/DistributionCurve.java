package id.jenjang.appraisal.calibration;

import id.jenjang.appraisal.Predikat;
import id.jenjang.rules.DecisionVersion;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Measures a unit's predikat distribution against the curve of its organisation's rating (domain rules,
 * section 1). The limits themselves live only in processes/distribution-curve.dmn; this class compares
 * whole numbers (count * 100 against limit * total) so 7 of 10 meets "at most 70%" exactly, with no
 * rounding deciding a person's calibration.
 */
@Service
public class DistributionCurve {

    private final CurveRules rules;
    private final int smallUnitSize;

    DistributionCurve(CurveRules rules,
            @Value("${jenjang.appraisal.calibration.small-unit-size:10}") int smallUnitSize) {
        if (smallUnitSize < 0) {
            throw new IllegalArgumentException("small-unit-size negatif: " + smallUnitSize);
        }
        this.rules = rules;
        this.smallUnitSize = smallUnitSize;
    }

    /** The limits that apply under this organisation rating, in the curve version in force on {@code date}. */
    public List<CurveLimit> limits(OrganisationRating rating, LocalDate date) {
        return rules.limits(rating, date).limits();
    }

    /**
     * @param date the period's last day: the curve in force then judges the unit, and the check names that
     *             version ({@link CurveCheck#rule()})
     */
    public CurveCheck check(OrganisationRating rating, Map<Predikat, Integer> counts, LocalDate date) {
        return check(rating, rules.limits(rating, date), Distribution.of(counts));
    }

    private CurveCheck check(OrganisationRating rating, CurveRules.Applicable curve, Distribution unit) {
        List<String> violations = new ArrayList<>();
        curve.limits().forEach(limit -> violations.addAll(violations(limit, unit)));
        return new CurveCheck(rating, unit.counts(), unit.total(), violations, unit.total() < smallUnitSize,
                curve.version());
    }

    private static List<String> violations(CurveLimit limit, Distribution unit) {
        List<String> found = new ArrayList<>();
        int n = unit.count(limit.predikat());
        long share = n * 100L;
        long total = unit.total();
        if (limit.minPercent() != null && share < limit.minPercent() * total) {
            found.add(actual(limit, n, unit, RoundingMode.FLOOR) + ", batas paling sedikit " + limit.minPercent()
                    + "%");
        }
        if (limit.maxPercent() != null && share > limit.maxPercent() * total) {
            found.add(actual(limit, n, unit, RoundingMode.CEILING) + ", batas paling banyak " + limit.maxPercent()
                    + "%");
        }
        if (limit.minCount() != null && n < limit.minCount()) {
            found.add(actual(limit, n, unit, RoundingMode.HALF_UP) + ", batas paling sedikit " + limit.minCount()
                    + " orang");
        }
        return found;
    }

    /** "Sangat Baik 8 dari 10 (80%)" */
    private static String actual(CurveLimit limit, int n, Distribution unit, RoundingMode rounding) {
        return Distribution.label(limit.predikat()) + " " + n + " dari " + unit.total() + " ("
                + unit.percent(n, rounding) + ")";
    }

    /**
     * The unit's distribution and, for every organisation rating, whether it meets that curve: plain Markdown
     * (headings, lists, no HTML) for the text component of a Camunda Form, so HR sees the curve beside the
     * decision whatever the organisation's rating turns out to be.
     */
    public String summary(Map<Predikat, Integer> counts, LocalDate date) {
        Distribution unit = Distribution.of(counts);
        StringBuilder md = new StringBuilder();
        md.append("### Sebaran predikat unit (").append(unit.total()).append(" pegawai)\n\n");
        for (Predikat p : Predikat.values()) {
            int n = unit.counts().get(p);
            md.append("- ").append(Distribution.label(p)).append(": ").append(n).append(" (")
                    .append(unit.percent(n, RoundingMode.HALF_UP)).append(")\n");
        }
        md.append("\n### Kurva distribusi menurut predikat organisasi\n\n");
        boolean small = false;
        DecisionVersion judgedBy = null;
        for (OrganisationRating rating : OrganisationRating.values()) {
            CurveRules.Applicable curve = rules.limits(rating, date);
            judgedBy = curve.version();
            List<CurveLimit> limits = curve.limits();
            CurveCheck check = check(rating, curve, unit);
            small = check.smallUnit();
            md.append("- **").append(rating.label()).append("**");
            if (!limits.isEmpty()) {
                md.append(" (").append(limits.stream().map(CurveLimit::text).collect(Collectors.joining("; ")))
                        .append(")");
            }
            if (check.violations().isEmpty()) {
                md.append(": memenuhi\n");
            } else {
                md.append(": tidak memenuhi\n");
                check.violations().forEach(v -> md.append("  - ").append(v).append('\n'));
            }
        }
        // the same version the calibration will be recorded with, so HR can tell which curve it was measured by
        md.append("\nKurva yang berlaku pada ").append(date).append(": ").append(judgedBy.label()).append(".\n");
        if (small) {
            md.append("\nUnit kecil (kurang dari ").append(smallUnitSize)
                    .append(" pegawai): persentase sebaran kurang bermakna.\n");
        }
        md.append("\nKurva distribusi adalah bahan pertimbangan, bukan batas mutlak. Bila sebaran sesudah penyesuaian"
                + " tidak memenuhi kurva predikat organisasi yang dipilih, tuliskan pembenaran penyimpangan untuk unit"
                + " ini; pembenaran dicatat bersama kalibrasi dan ditampilkan kepada pemeriksa hasil.\n");
        return md.toString();
    }
}
