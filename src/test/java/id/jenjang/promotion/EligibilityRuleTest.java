package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jenjang.appraisal.Predikat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A hand-edited DMN row missing its threshold fails loudly, and a result cannot contradict its reasons. */
class EligibilityRuleTest {

    @Test
    void rowWithoutItsThresholdIsRefused() {
        assertThatThrownBy(() -> new EligibilityRule(Criterion.MASA_KERJA_GOLONGAN, null, null, null, null, null,
                null, null)).hasMessageContaining("years");
        assertThatThrownBy(() -> new EligibilityRule(Criterion.PREDIKAT_TAHUNAN, 2, null, null, null, null, null,
                null)).hasMessageContaining("minPredikat");
        assertThatThrownBy(() -> new EligibilityRule(Criterion.HUKUMAN_DISIPLIN, null, null, Set.of(), null, null,
                null, null)).hasMessageContaining("blockingTingkat");
        assertThatThrownBy(() -> new EligibilityRule(Criterion.UJIAN_DINAS, null, null, null, null, Set.of("III", "V"),
                null, null)).hasMessageContaining("examGroups");
    }

    @Test
    void rowWithItsThresholdIsAccepted() {
        assertThat(new EligibilityRule(Criterion.PREDIKAT_TAHUNAN, 2, Predikat.BAIK, null, null, null, null, null)
                .years()).isEqualTo(2);
    }

    @Test
    void eligibleMustAgreeWithTheCriteria() {
        EligibilityCriterion failed = EligibilityCriterion.of(Criterion.PENDIDIKAN, "SMA", "paling rendah D3",
                EligibilityCriterion.Result.FAIL);
        EligibilityCriterion toVerify = EligibilityCriterion.of(Criterion.ANGKA_KREDIT, "tidak ada di data induk",
                "angka kredit", EligibilityCriterion.Result.NEEDS_VERIFICATION);

        assertThatThrownBy(() -> new EligibilityResult(true, List.of(failed)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EligibilityResult.of(List.of(failed, toVerify)).eligible()).isFalse();
        assertThat(EligibilityResult.of(List.of(toVerify)).eligible()).isTrue();
    }
}
