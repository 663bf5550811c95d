package id.jenjang.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import id.jenjang.rules.DecisionVersion;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public sees of an announced or decided promotion case (GET /api/public/promotions, /transparansi).
 * Every text went through {@link PublicText}: no field carries an unmasked NIP, and a case that ended without
 * promotion ({@code outcome} NOT_PROMOTED) names the candidate by initials only ({@code initialsOnly}), in its
 * texts too. Times are the audit log's UTC form ({@code 2026-11-22T03:15:00.250Z}).
 *
 * @param outcome       null while the case runs, PROMOTED once the decree is issued, NOT_PROMOTED when rejected or
 *                      not eligible
 * @param decisiveStep  the entry that ended the case (the last of its log), null while it runs
 * @param decreeRule    {decisionKey, decisionVersion, versionTag} of the promotion-eligibility version the decree
 *                      rests on, as the decree recorded it; null until a decree (and for decrees before V13)
 */
public record PublicPromotion(String processInstanceId, String nip, String nama, boolean initialsOnly,
        String promotionType, String promotionTypeLabel, String target, String status, String statusLabel,
        String outcome, String announcedAt, String objectionWindowEnds, String decidedAt, Step decisiveStep,
        String skNumber, LocalDate skDate, DecisionVersion decreeRule, List<Step> steps, Votes votes, boolean chainValid,
        Integer chainBrokenAtSeq, String chainReason, String headHash, String auditUrl) {

    public static final String PROMOTED = "PROMOTED";
    public static final String NOT_PROMOTED = "NOT_PROMOTED";

    /** An entry of the case's log, without its payload and hashes (those are in the audit). */
    public record Step(int seq, String step, String stepLabel, String decision, String decisionLabel,
            String reason, String occurredAt, String actor) {
    }

    /** The TPK's votes: one TPK_VOTE entry per vote. */
    public record Votes(int approve, int reject, List<Vote> votes) {
    }

    /** {@code vote} is APPROVE or REJECT; what else a changed entry says is shown as it is. */
    public record Vote(String voter, String vote, String voteLabel, String reason, String occurredAt) {
    }

    /** GET /api/public/promotions/{processInstanceId}/audit: the chain and whether it verifies. */
    public record Audit(String processInstanceId, String algorithm, String canonicalForm, List<AuditItem> entries,
            boolean valid, Integer brokenAtSeq, String problem, String reason, String headHash) {
    }

    /**
     * An entry as stored, masked. {@code redacted} is true when masking changed any of its fields (a NIP, or the
     * name of a candidate shown by initials): its hash can then be recomputed only by the server, the other
     * entries' by anyone.
     */
    public record AuditItem(int seq, String occurredAt, String step, String actor, String decision, String reason,
            JsonNode payload, String prevHash, String hash, boolean redacted) {
    }
}
