package id.jenjang.appraisal;

import id.jenjang.system.ColumnNames;
import java.time.LocalDateTime;
import java.util.Map;

/** {@code GET /api/appraisals}: the stored result with the contract's field names. */
public record AppraisalView(
        String nip,
        String period,
        String hasilKerja,
        String perilakuKerja,
        Map<String, String> perilaku,
        String predikat,
        String status,
        boolean selfAssessmentMissing,
        String ratingNote,
        String raterNip,
        String reviewerNip,
        String calibrationReason,
        String objectionReason,
        String objectionDecision,
        String objectionNote,
        Boolean acceptedByTimeout,
        boolean recognitionCandidate,
        LocalDateTime ratedAt,
        LocalDateTime finalizedAt,
        String decisionKey,
        Integer decisionVersion,
        String versionTag) {

    static AppraisalView of(AppraisalRecord r) {
        Map<String, String> behaviour = new java.util.LinkedHashMap<>();
        r.behaviour().forEach((column, value) -> behaviour.put(ColumnNames.camel(column), value));
        return new AppraisalView(r.nip(), r.period(), r.hasilKerja(), r.perilakuKerja(), behaviour, r.predikat(),
                r.status().name(), r.selfAssessmentMissing(), r.ratingNote(), r.raterNip(), r.reviewerNip(),
                r.calibrationReason(), r.objectionReason(), r.objectionDecision(), r.objectionNote(),
                r.acceptedByTimeout(), r.recognitionCandidate(), r.ratedAt(), r.finalizedAt(),
                r.decidedBy() == null ? null : r.decidedBy().decisionKey(),
                r.decidedBy() == null ? null : r.decidedBy().decisionVersion(),
                r.decidedBy() == null ? null : r.decidedBy().versionTag());
    }
}
