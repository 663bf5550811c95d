package id.jenjang.appraisal.calibration;

import static id.jenjang.appraisal.calibration.OrganisationRating.BAIK;
import static id.jenjang.appraisal.calibration.OrganisationRating.BUTUH_PERBAIKAN;
import static id.jenjang.appraisal.calibration.OrganisationRating.ISTIMEWA;
import static id.jenjang.appraisal.calibration.OrganisationRating.KURANG;
import static id.jenjang.appraisal.calibration.OrganisationRating.SANGAT_KURANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jenjang.appraisal.Predikat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** check() and summary() against the limits of the real DMN file (standalone DMN engine, no Spring). */
class DistributionCurveTest {

    // the last day of an annual period judged under the curve version in force then
    static final java.time.LocalDate PERIOD_END = java.time.LocalDate.of(2026, 12, 31);

    static CurveRules rules;
    static DistributionCurve curve;

    @BeforeAll
    static void setUp() {
        rules = new DmnFileCurveRules();
        curve = new DistributionCurve(rules, 10);
    }

    /** Counts in predikat order: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang. */
    static Map<Predikat, Integer> unit(int sangatBaik, int baik, int butuhPerbaikan, int kurang, int sangatKurang) {
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        counts.put(Predikat.SANGAT_BAIK, sangatBaik);
        counts.put(Predikat.BAIK, baik);
        counts.put(Predikat.BUTUH_PERBAIKAN, butuhPerbaikan);
        counts.put(Predikat.KURANG, kurang);
        counts.put(Predikat.SANGAT_KURANG, sangatKurang);
        return counts;
    }

    @Nested
    class Istimewa {

        @Test
        void exactly70PercentSangatBaikPasses() {
            CurveCheck check = curve.check(ISTIMEWA, unit(7, 3, 0, 0, 0), PERIOD_END);
            assertThat(check.violations()).isEmpty();
            assertThat(check.departs()).isFalse();
        }

        @Test
        void eightOfTenSangatBaikBlocksWithTheFigureAndTheLimit() {
            CurveCheck check = curve.check(ISTIMEWA, unit(8, 2, 0, 0, 0), PERIOD_END);
            assertThat(check.violations()).containsExactly("Sangat Baik 8 dari 10 (80%), batas paling banyak 70%");
            assertThat(check.departs()).isTrue();
            assertThat(check.total()).isEqualTo(10);
            assertThat(check.rule()).as("the curve version that judged").isEqualTo(DmnFileCurveRules.VERSION);
            assertThat(check.rating()).isEqualTo(ISTIMEWA);
        }

        @Test
        void seventyOnePercentFails() {
            assertThat(curve.check(ISTIMEWA, unit(71, 29, 0, 0, 0), PERIOD_END).violations())
                    .containsExactly("Sangat Baik 71 dari 100 (71%), batas paling banyak 70%");
        }

        @Test
        void justOver70PercentFailsAndDoesNotReadAs70() {
            assertThat(curve.check(ISTIMEWA, unit(71, 30, 0, 0, 0), PERIOD_END).violations())
                    .containsExactly("Sangat Baik 71 dari 101 (70,3%), batas paling banyak 70%");
            assertThat(curve.check(ISTIMEWA, unit(7001, 2999, 0, 0, 0), PERIOD_END).violations())
                    .containsExactly("Sangat Baik 7001 dari 10000 (70,1%), batas paling banyak 70%");
        }
    }

    @Nested
    class Baik {

        @Test
        void seventyPercentBaikWithOneButuhPerbaikanPasses() {
            assertThat(curve.check(BAIK, unit(2, 7, 1, 0, 0), PERIOD_END).violations()).isEmpty();
        }

        @Test
        void oneKurangAloneAlsoMeetsTheMinimumOfOne() {
            assertThat(curve.check(BAIK, unit(2, 7, 0, 1, 0), PERIOD_END).violations()).isEmpty();
        }

        @Test
        void eightyPercentBaikFails() {
            assertThat(curve.check(BAIK, unit(0, 8, 2, 0, 0), PERIOD_END).violations())
                    .containsExactly("Baik 8 dari 10 (80%), batas paling banyak 70%");
        }

        @Test
        void noButuhPerbaikanOrKurangFailsTheMinimumOfOne() {
            CurveCheck check = curve.check(BAIK, unit(3, 7, 0, 0, 0), PERIOD_END);
            assertThat(check.violations()).containsExactly(
                    "Butuh Perbaikan atau Kurang 0 dari 10 (0%), batas paling sedikit 1 orang");
            assertThat(check.departs()).isTrue();
        }

        @Test
        void sangatKurangDoesNotCountTowardsTheMinimumOfOne() {
            assertThat(curve.check(BAIK, unit(2, 7, 0, 0, 1), PERIOD_END).violations()).hasSize(1);
        }
    }

    @Nested
    class ButuhPerbaikan {

        @Test
        void exactly60PercentButuhPerbaikanAnd10PercentSangatBaikPasses() {
            assertThat(curve.check(BUTUH_PERBAIKAN, unit(1, 3, 6, 0, 0), PERIOD_END).violations()).isEmpty();
        }

        @Test
        void fiftyPercentButuhPerbaikanAnd20PercentSangatBaikFailsTwice() {
            assertThat(curve.check(BUTUH_PERBAIKAN, unit(2, 3, 5, 0, 0), PERIOD_END).violations()).containsExactly(
                    "Butuh Perbaikan 5 dari 10 (50%), batas paling sedikit 60%",
                    "Sangat Baik 2 dari 10 (20%), batas paling banyak 10%");
        }

        @Test
        void justUnder60PercentDoesNotReadAs60() {
            assertThat(curve.check(BUTUH_PERBAIKAN, unit(0, 100, 149, 0, 0), PERIOD_END).violations())
                    .containsExactly("Butuh Perbaikan 149 dari 249 (59,8%), batas paling sedikit 60%");
            assertThat(curve.check(BUTUH_PERBAIKAN, unit(0, 4001, 5999, 0, 0), PERIOD_END).violations())
                    .containsExactly("Butuh Perbaikan 5999 dari 10000 (59,9%), batas paling sedikit 60%");
        }
    }

    @Nested
    class Kurang {

        @Test
        void sixtyPercentKurangTenButuhPerbaikanTenSangatBaikPasses() {
            assertThat(curve.check(KURANG, unit(1, 2, 1, 6, 0), PERIOD_END).violations()).isEmpty();
        }

        @Test
        void everyLimitBrokenGivesThreeViolations() {
            assertThat(curve.check(KURANG, unit(2, 3, 0, 5, 0), PERIOD_END).violations()).containsExactly(
                    "Kurang 5 dari 10 (50%), batas paling sedikit 60%",
                    "Butuh Perbaikan 0 dari 10 (0%), batas paling sedikit 10%",
                    "Sangat Baik 2 dari 10 (20%), batas paling banyak 10%");
        }
    }

    @Nested
    class SangatKurang {

        @Test
        void sixtyPercentSangatKurangAndTenKurangPasses() {
            assertThat(curve.check(SANGAT_KURANG, unit(0, 3, 0, 1, 6), PERIOD_END).violations()).isEmpty();
        }

        @Test
        void kurangAndButuhPerbaikanCountTogetherTowardsTenPercent() {
            assertThat(curve.check(SANGAT_KURANG, unit(0, 6, 1, 1, 12), PERIOD_END).violations()).isEmpty();
        }

        @Test
        void oneSangatBaikFails() {
            assertThat(curve.check(SANGAT_KURANG, unit(1, 2, 1, 0, 6), PERIOD_END).violations())
                    .containsExactly("Sangat Baik 1 dari 10 (10%), batas paling banyak 0%");
        }

        @Test
        void tooFewSangatKurangAndNoKurangOrButuhPerbaikanFails() {
            assertThat(curve.check(SANGAT_KURANG, unit(0, 5, 0, 0, 5), PERIOD_END).violations()).containsExactly(
                    "Sangat Kurang 5 dari 10 (50%), batas paling sedikit 60%",
                    "Butuh Perbaikan atau Kurang 0 dari 10 (0%), batas paling sedikit 10%");
        }
    }

    @Nested
    class SmallUnit {

        @Test
        void ninePeopleViolatingStillDepartFromTheCurveAndNeedAJustification() {
            // SE MenPANRB 3/2023: a unit of any size may depart only with a written justification
            CurveCheck check = curve.check(ISTIMEWA, unit(9, 0, 0, 0, 0), PERIOD_END);
            assertThat(check.smallUnit()).isTrue();
            assertThat(check.violations()).containsExactly("Sangat Baik 9 dari 9 (100%), batas paling banyak 70%");
            assertThat(check.departs()).isTrue();
        }

        @Test
        void tenPeopleViolatingDepart() {
            CurveCheck check = curve.check(ISTIMEWA, unit(10, 0, 0, 0, 0), PERIOD_END);
            assertThat(check.smallUnit()).isFalse();
            assertThat(check.departs()).isTrue();
        }

        @Test
        void theSizeComesFromConfiguration() {
            CurveCheck check = new DistributionCurve(rules, 5).check(ISTIMEWA, unit(9, 0, 0, 0, 0), PERIOD_END);
            assertThat(check.smallUnit()).isFalse();
            assertThat(check.departs()).isTrue();
        }
    }

    @Test
    void missingPredikatCountAsZeroAndCountsAreListedBestFirst() {
        CurveCheck check = curve.check(ISTIMEWA, Map.of(Predikat.KURANG, 2, Predikat.SANGAT_BAIK, 3), PERIOD_END);
        assertThat(check.total()).isEqualTo(5);
        assertThat(check.counts().keySet()).containsExactly(Predikat.values());
        assertThat(check.counts()).containsEntry(Predikat.BAIK, 0).containsEntry(Predikat.KURANG, 2);
    }

    @Test
    void negativeCountIsRejected() {
        assertThatThrownBy(() -> curve.check(ISTIMEWA, Map.of(Predikat.BAIK, -1), PERIOD_END))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void limitsAreTheDmnRowsWithTheirText() {
        List<CurveLimit> limits = curve.limits(BAIK, PERIOD_END);
        assertThat(limits).extracting(CurveLimit::text).containsExactly(
                "paling banyak 70% Baik", "paling sedikit 1 orang Butuh Perbaikan atau Kurang");
        assertThat(limits.get(1).predikat()).containsExactly(Predikat.BUTUH_PERBAIKAN, Predikat.KURANG);
        assertThat(limits.get(1).minCount()).isEqualTo(1);
    }

    @Nested
    class Summary {

        @Test
        void listsTheDistributionAndEveryRatingsVerdict() {
            String md = curve.summary(unit(1, 7, 2, 0, 0), PERIOD_END);
            assertThat(md).contains(
                    "### Sebaran predikat unit (10 pegawai)",
                    "- Sangat Baik: 1 (10%)\n- Baik: 7 (70%)\n- Butuh Perbaikan: 2 (20%)\n- Kurang: 0 (0%)\n"
                            + "- Sangat Kurang: 0 (0%)\n",
                    "- **Istimewa** (paling banyak 70% Sangat Baik): memenuhi\n",
                    "- **Baik** (paling banyak 70% Baik; paling sedikit 1 orang Butuh Perbaikan atau Kurang): "
                            + "memenuhi\n",
                    "- **Butuh Perbaikan** (paling sedikit 60% Butuh Perbaikan; paling banyak 10% Sangat Baik): "
                            + "tidak memenuhi\n  - Butuh Perbaikan 2 dari 10 (20%), batas paling sedikit 60%\n",
                    "- **Sangat Kurang** (",
                    "  - Sangat Baik 1 dari 10 (10%), batas paling banyak 0%\n",
                    "Kurva yang berlaku pada 2026-12-31: distribution-curve versi 0 (processes/distribution-curve.dmn).");
            assertThat(md).doesNotContain("Unit kecil");
        }

        @Test
        void isPlainMarkdownWithoutHtml() {
            assertThat(curve.summary(unit(3, 3, 3, 3, 3), PERIOD_END)).doesNotContain("<", ">");
        }

        @Test
        void smallUnitIsMarkedAsSuch() {
            assertThat(curve.summary(unit(0, 3, 0, 0, 0), PERIOD_END))
                    .contains("(3 pegawai)", "- Baik: 3 (100%)", "Unit kecil (kurang dari 10 pegawai)");
        }

        @Test
        void saysTheCurveIsAConsiderationAndAskForAJustificationWhenDeparting() {
            assertThat(curve.summary(unit(10, 0, 0, 0, 0), PERIOD_END))
                    .contains("bahan pertimbangan, bukan batas mutlak", "tuliskan pembenaran penyimpangan");
        }

        @Test
        void emptyUnitDoesNotDivideByZero() {
            assertThat(curve.summary(Map.of(), PERIOD_END)).contains("(0 pegawai)", "- Baik: 0 (0%)");
        }
    }
}
