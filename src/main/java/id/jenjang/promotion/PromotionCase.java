package id.jenjang.promotion;

import id.jenjang.rules.DecisionVersion;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A promotion case as stored. {@code nama} comes from the employee master data; {@code auditSeq} and
 * {@code auditHead} are the seq and hash of the last entry of the case's audit log (0 and null before any);
 * {@code decidedAt} is when it reached its final outcome (null while it runs); {@code decreeRule} the
 * promotion-eligibility version the decree rests on (null until decreed, and for decrees before V13).
 */
public record PromotionCase(String processInstanceId, String businessKey, String nip, String nama,
        String promotionType, String target, String status, boolean announced, Instant announcedAt,
        Instant objectionWindowEnds, String skNumber, LocalDate skDate, Instant createdAt, int auditSeq,
        String auditHead, Instant decidedAt, DecisionVersion decreeRule) {

    /** On the public board: announced, or decided whatever the outcome (ADR 0005). Once public, always public. */
    public boolean isPublic() {
        return announced || decidedAt != null;
    }

    /**
     * Whether the board may print the candidate's name: only while the case is on its way to, or has reached, a
     * promotion (ADR 0005). Rejected and not eligible cases get initials, also after an announcement that a
     * sustained objection undid; so does a status the code does not know (changed in the database), because a
     * name once shown cannot be taken back.
     */
    public boolean nameIsPublic() {
        try {
            return !PromotionStatus.valueOf(status).endedWithoutPromotion();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return false;
        }
    }
}
