package id.jenjang.appraisal;

import java.time.LocalDateTime;
import java.util.Map;

/** An employee's appraisal for one period as stored; {@code behaviour} holds the seven BerAKHLAK ratings. */
public record AppraisalRecord(
        String nip,
        String period,
        String cycleKey,
        String processInstanceId,
        String unitKode,
        String calibrationUnit,
        String raterNip,
        String reviewerNip,
        AppraisalStatus status,
        String selfAssessment,
        boolean selfAssessmentMissing,
        String hasilKerja,
        String perilakuKerja,
        Map<String, String> behaviour,
        String ratingNote,
        String predikat,
        String ratedPredikat,
        String calibrationReason,
        Boolean acceptedByTimeout,
        String objectionReason,
        String objectionDecision,
        String objectionNote,
        boolean recognitionCandidate,
        LocalDateTime ratedAt,
        LocalDateTime finalizedAt,
        // the decision version that produced the predikat; null for results stored before it was recorded
        id.jenjang.rules.DecisionVersion decidedBy) {
}
