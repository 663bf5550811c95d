package id.jenjang.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The public transparency board's content: announced cases only, every text masked (see {@link PublicText}),
 * each case's chain verified as it is read. One source for the JSON and the page, so they cannot disagree.
 */
@Service
public class PublicPromotions {

    static final String AUDIT_URL = "/api/public/promotions/%s/audit";
    static final String CANONICAL_FORM = "For each of process_instance_id, seq, occurred_at, step, actor, decision,"
            + " reason, payload, prev_hash in this order: <length in UTF-8 bytes>:<value>\\n; hash = hex SHA-256"
            + " of the whole; prev_hash of seq 1 = 64 zeros";

    private final PromotionCaseRepository cases;
    private final PromotionAuditLog auditLog;
    private final ObjectMapper json;

    public PublicPromotions(PromotionCaseRepository cases, PromotionAuditLog auditLog, ObjectMapper json) {
        this.cases = cases;
        this.auditLog = auditLog;
        this.json = json;
    }

    /** Every announced case, the latest announcement first. */
    public List<PublicPromotion> list() {
        List<PromotionCase> announced = cases.listPublic();
        // read after the cases: a case once announced stays announced, so every one listed has its chain here
        Map<String, VerifiedChain> chains = auditLog.chainsOfAnnouncedCases();
        return announced.stream()
                .map(c -> view(c, Objects.requireNonNull(chains.get(c.processInstanceId()), c.processInstanceId())))
                .toList();
    }

    /** The case's audit, or empty when it is unknown or not announced (both look the same from outside). */
    public Optional<PublicPromotion.Audit> audit(String processInstanceId) {
        return cases.find(processInstanceId).filter(PromotionCase::announced).map(c -> {
            VerifiedChain chain = auditLog.chain(processInstanceId);
            ChainVerification v = chain.verification();
            return new PublicPromotion.Audit(c.processInstanceId(), AuditChain.ALGORITHM, CANONICAL_FORM,
                    chain.entries().stream().map(this::auditItem).toList(), v.valid(), v.brokenAtSeq(),
                    v.problem() == null ? null : v.problem().name(), v.reason(), head(chain));
        });
    }

    private PublicPromotion view(PromotionCase c, VerifiedChain chain) {
        List<AuditEntry> entries = chain.entries();
        List<PublicPromotion.Vote> votes = entries.stream()
                .filter(e -> PromotionStep.TPK_VOTE.name().equals(e.step()))
                .map(e -> TpkVoteValidator.approves(e)
                        ? vote(e, "APPROVE", TpkVoteValidator.APPROVE) : vote(e, "REJECT", TpkVoteValidator.REJECT))
                .toList();
        int approve = (int) votes.stream().filter(v -> "APPROVE".equals(v.vote())).count();
        int reject = votes.size() - approve;
        ChainVerification v = chain.verification();
        return new PublicPromotion(c.processInstanceId(), PublicText.mask(c.nip()), PublicText.mask(c.nama()),
                c.promotionType(), Labels.type(c.promotionType()), PublicText.mask(c.target()), c.status(),
                Labels.status(c.status()), iso(c.announcedAt()), iso(c.objectionWindowEnds()),
                PublicText.mask(c.skNumber()), c.skDate(), entries.stream().map(PublicPromotions::step).toList(),
                new PublicPromotion.Votes(approve, reject, votes), v.valid(), v.brokenAtSeq(), v.reason(),
                head(chain), AUDIT_URL.formatted(c.processInstanceId()));
    }

    private static PublicPromotion.Vote vote(AuditEntry e, String code, String label) {
        return new PublicPromotion.Vote(PublicText.mask(e.actor()), code, label, PublicText.mask(e.reason()),
                e.occurredAtIso());
    }

    private static PublicPromotion.Step step(AuditEntry e) {
        return new PublicPromotion.Step(e.seq(), e.step(), Labels.step(e.step()), PublicText.mask(e.decision()),
                PublicText.mask(Labels.decision(e.decision())), PublicText.mask(e.reason()), e.occurredAtIso(),
                PublicText.mask(e.actor()));
    }

    private PublicPromotion.AuditItem auditItem(AuditEntry e) {
        JsonNode payload = payload(e.payload());
        JsonNode maskedPayload = PublicText.mask(payload);
        String actor = PublicText.mask(e.actor());
        String decision = PublicText.mask(e.decision());
        String reason = PublicText.mask(e.reason());
        boolean redacted = !actor.equals(e.actor()) || !decision.equals(e.decision()) || !reason.equals(e.reason())
                || !maskedPayload.equals(payload);
        return new PublicPromotion.AuditItem(e.seq(), e.occurredAtIso(), e.step(), actor, decision, reason,
                maskedPayload, PublicText.hash(e.prevHash()), PublicText.hash(e.hash()), redacted);
    }

    /** The stored payload; text that is not JSON (changed in the database) is shown as text, masked. */
    private JsonNode payload(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }

    /** The hash of the last entry: saved by anyone, it later shows whether the history was rewritten. */
    private static String head(VerifiedChain chain) {
        List<AuditEntry> entries = chain.entries();
        return entries.isEmpty() ? null : PublicText.hash(entries.get(entries.size() - 1).hash());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : AuditChain.iso(instant);
    }
}
