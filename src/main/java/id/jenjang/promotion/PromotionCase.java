package id.jenjang.promotion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A promotion case as stored. {@code nama} comes from the employee master data; {@code auditSeq} and
 * {@code auditHead} are the seq and hash of the last entry of the case's audit log (0 and null before any).
 */
public record PromotionCase(String processInstanceId, String businessKey, String nip, String nama,
        String promotionType, String target, String status, boolean announced, Instant announcedAt,
        Instant objectionWindowEnds, String skNumber, LocalDate skDate, Instant createdAt, int auditSeq,
        String auditHead) {
}
