package id.jenjang.appraisal.calibration;

import static id.jenjang.appraisal.calibration.DeployedCurveRules.INPUT_RATING;
import static id.jenjang.appraisal.calibration.DeployedCurveRules.OUTPUT_MAX_PERCENT;
import static id.jenjang.appraisal.calibration.DeployedCurveRules.OUTPUT_MIN_COUNT;
import static id.jenjang.appraisal.calibration.DeployedCurveRules.OUTPUT_MIN_PERCENT;
import static id.jenjang.appraisal.calibration.DeployedCurveRules.OUTPUT_PREDIKAT;
import static id.jenjang.appraisal.calibration.DeployedCurveRules.OUTPUT_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real processes/distribution-curve.dmn, one test per organisation rating, each checking all its rows
 * against the table in docs/domain-rules.md section 1. A row reads predikat | min% | max% | min people | text.
 */
class DistributionCurveDecisionTest {

    // the last day of an annual period judged under the curve version in force then
    static final java.time.LocalDate PERIOD_END = java.time.LocalDate.of(2026, 12, 31);

    static DmnFileCurveRules dmn;

    @BeforeAll
    static void parse() {
        dmn = new DmnFileCurveRules();
    }

    static List<String> rows(String rating) {
        return dmn.engine.evaluateDecisionTable(dmn.decision, Map.of(INPUT_RATING, rating)).getResultList()
                .stream()
                .map(r -> r.get(OUTPUT_PREDIKAT) + " | " + r.get(OUTPUT_MIN_PERCENT) + " | "
                        + r.get(OUTPUT_MAX_PERCENT) + " | " + r.get(OUTPUT_MIN_COUNT) + " | " + r.get(OUTPUT_TEXT))
                .toList();
    }

    @Test
    void istimewaAllowsAtMost70PercentSangatBaik() {
        assertThat(rows("ISTIMEWA")).containsExactly(
                "SANGAT_BAIK | null | 70 | null | paling banyak 70% Sangat Baik");
    }

    @Test
    void baikAllowsAtMost70PercentBaikAndNeedsOneButuhPerbaikanOrKurang() {
        assertThat(rows("BAIK")).containsExactly(
                "BAIK | null | 70 | null | paling banyak 70% Baik",
                "BUTUH_PERBAIKAN,KURANG | null | null | 1 | paling sedikit 1 orang Butuh Perbaikan atau Kurang");
    }

    @Test
    void butuhPerbaikanNeeds60PercentButuhPerbaikanAndAllowsAtMost10PercentSangatBaik() {
        assertThat(rows("BUTUH_PERBAIKAN")).containsExactly(
                "BUTUH_PERBAIKAN | 60 | null | null | paling sedikit 60% Butuh Perbaikan",
                "SANGAT_BAIK | null | 10 | null | paling banyak 10% Sangat Baik");
    }

    @Test
    void kurangNeeds60PercentKurangAnd10PercentButuhPerbaikanAndAllowsAtMost10PercentSangatBaik() {
        assertThat(rows("KURANG")).containsExactly(
                "KURANG | 60 | null | null | paling sedikit 60% Kurang",
                "BUTUH_PERBAIKAN | 10 | null | null | paling sedikit 10% Butuh Perbaikan",
                "SANGAT_BAIK | null | 10 | null | paling banyak 10% Sangat Baik");
    }

    @Test
    void sangatKurangNeeds60PercentSangatKurangAnd10PercentKurangOrButuhPerbaikanAndNoSangatBaik() {
        assertThat(rows("SANGAT_KURANG")).containsExactly(
                "SANGAT_KURANG | 60 | null | null | paling sedikit 60% Sangat Kurang",
                "BUTUH_PERBAIKAN,KURANG | 10 | null | null | paling sedikit 10% Butuh Perbaikan atau Kurang",
                "SANGAT_BAIK | null | 0 | null | tidak boleh ada Sangat Baik");
    }

    @Test
    void unknownRatingHasNoLimits() {
        assertThat(rows("CUKUP")).isEmpty();
    }

    @Test
    void everyRowMapsToAValidLimitWithIntegerBounds() {
        for (OrganisationRating rating : OrganisationRating.values()) {
            assertThat(dmn.limits(rating, PERIOD_END).limits()).as(rating.name()).isNotEmpty();
        }
        assertThat(dmn.engine.evaluateDecisionTable(dmn.decision, Map.of(INPUT_RATING, "ISTIMEWA"))
                .getSingleResult().<Object>getEntry(OUTPUT_MAX_PERCENT)).isInstanceOf(Integer.class);
    }
}
