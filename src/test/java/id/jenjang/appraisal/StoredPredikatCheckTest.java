package id.jenjang.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.jenjang.appraisal.StoredPredikatCheck.Outcome;
import id.jenjang.appraisal.StoredPredikatCheck.Source;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What last set a stored predikat, and whether it is what the rule in force says, from the record alone. */
class StoredPredikatCheckTest {

    @Test
    void aRatedPredikatTheRuleStillGivesIsTheSame() {
        StoredPredikatCheck.Stored r = record("BAIK", "BAIK", null, null);
        assertThat(StoredPredikatCheck.source(r)).isEqualTo(Source.RATING);
        assertThat(StoredPredikatCheck.outcome(r, "BAIK")).isEqualTo(Outcome.SAME);
    }

    @Test
    void aRatedPredikatTheRuleDoesNotGiveDiffers() {
        assertThat(StoredPredikatCheck.outcome(record("SANGAT_BAIK", "BAIK", null, null), "BAIK"))
                .isEqualTo(Outcome.DIFFERS);
        // changed without a calibration reason or an objection: nothing explains it
        assertThat(StoredPredikatCheck.outcome(record("SANGAT_BAIK", "SANGAT_BAIK", null, null), "BAIK"))
                .isEqualTo(Outcome.DIFFERS);
    }

    @Test
    void aCalibrationAdjustmentExplainsADifferenceOnlyWhenTheRatingsOwnPredikatIsTheRules() {
        StoredPredikatCheck.Stored calibrated = record("BAIK", "SANGAT_BAIK", "Rapat kalibrasi", null);
        assertThat(StoredPredikatCheck.source(calibrated)).isEqualTo(Source.CALIBRATION);
        assertThat(StoredPredikatCheck.outcome(calibrated, "SANGAT_BAIK")).isEqualTo(Outcome.CHANGED_BY_CALIBRATION);
        assertThat(StoredPredikatCheck.outcome(calibrated, "BAIK")).isEqualTo(Outcome.SAME);
        assertThat(StoredPredikatCheck.outcome(calibrated, "KURANG")).isEqualTo(Outcome.DIFFERS);
    }

    @Test
    void anUpheldObjectionIsTheSourceAndItsPredikatMustBeWhatTheRuleGivesItsRatings() {
        StoredPredikatCheck.Stored upheld = record("BAIK", "BUTUH_PERBAIKAN", "Rapat kalibrasi", "UPHELD");
        assertThat(StoredPredikatCheck.source(upheld)).isEqualTo(Source.OBJECTION);
        assertThat(StoredPredikatCheck.outcome(upheld, "BAIK")).isEqualTo(Outcome.CHANGED_BY_OBJECTION);
        assertThat(StoredPredikatCheck.outcome(upheld, "BUTUH_PERBAIKAN")).isEqualTo(Outcome.DIFFERS);
        assertThat(StoredPredikatCheck.outcome(record("BAIK", "BAIK", null, "UPHELD"), "BAIK"))
                .isEqualTo(Outcome.SAME);
    }

    @Test
    void aRejectedObjectionLeavesTheRatingAsTheSource() {
        assertThat(StoredPredikatCheck.source(record("BAIK", "BAIK", null, "REJECTED"))).isEqualTo(Source.RATING);
    }

    @Test
    void aResultWithoutBothRatingsHasNothingToJudge() {
        assertThat(record("BAIK", "BAIK", null, null).rated()).isTrue();
        assertThat(new StoredPredikatCheck.Stored(null, "SESUAI", null, null, false, null).rated()).isFalse();
        assertThat(new StoredPredikatCheck.Stored("SESUAI", null, null, null, false, null).rated()).isFalse();
    }

    private static StoredPredikatCheck.Stored record(String predikat, String rated, String calibrationReason,
            String objectionDecision) {
        return StoredPredikatCheck.Stored.of(appraisal(predikat, rated, calibrationReason, objectionDecision));
    }

    private static AppraisalRecord appraisal(String predikat, String rated, String calibrationReason,
            String objectionDecision) {
        return new AppraisalRecord("196301011995011001", "2026", "cycle:2026:ALL", null, "U", "U", "r", null,
                AppraisalStatus.FINAL, null, false, "SESUAI", "SESUAI", Map.of(), null, predikat, rated,
                calibrationReason, false, null, objectionDecision, null, false, null, null, null);
    }
}
