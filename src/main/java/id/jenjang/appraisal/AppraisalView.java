package id.jenjang.appraisal;

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
        LocalDateTime finalizedAt) {

    static AppraisalView of(AppraisalRecord r) {
        Map<String, String> behaviour = new java.util.LinkedHashMap<>();
        r.behaviour().forEach((column, value) -> behaviour.put(camel(column), value));
        return new AppraisalView(r.nip(), r.period(), r.hasilKerja(), r.perilakuKerja(), behaviour, r.predikat(),
                r.status().name(), r.selfAssessmentMissing(), r.ratingNote(), r.raterNip(), r.reviewerNip(),
                r.calibrationReason(), r.objectionReason(), r.objectionDecision(), r.objectionNote(),
                r.acceptedByTimeout(), r.recognitionCandidate(), r.ratedAt(), r.finalizedAt());
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
