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
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/**
 * The public transparency board's content: every announced or decided case (ADR 0005), every text masked (see
 * {@link PublicText}), each case's chain verified as it is read. One source for the JSON and the page, so they
 * cannot disagree.
 */
@Service
public class PublicPromotions {

    static final String AUDIT_URL = "/api/public/promotions/%s/audit";
    private static final String APPROVE = "APPROVE";
    private static final String REJECT = "REJECT";
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

    /** Every announced or decided case, the latest public event (decision, else announcement) first. */
    public List<PublicPromotion> list() {
        List<PromotionCase> listed = cases.listPublic();
        // read after the cases: a case once public stays public, so every one listed has its chain here
        Map<String, VerifiedChain> chains = auditLog.chainsOfPublicCases();
        return listed.stream()
                .map(c -> view(c, Objects.requireNonNull(chains.get(c.processInstanceId()), c.processInstanceId())))
                .toList();
    }

    /**
     * The case's audit, or empty when it is unknown or still running unannounced (both look the same from
     * outside).
     */
    public Optional<PublicPromotion.Audit> audit(String processInstanceId) {
        return cases.find(processInstanceId).filter(PromotionCase::isPublic).map(c -> {
            UnaryOperator<String> text = PublicText.forCase(c);
            VerifiedChain chain = auditLog.chain(processInstanceId);
            ChainVerification v = chain.verification();
            return new PublicPromotion.Audit(c.processInstanceId(), AuditChain.ALGORITHM, CANONICAL_FORM,
                    chain.entries().stream().map(e -> auditItem(e, text)).toList(), v.valid(), v.brokenAtSeq(),
                    v.problem() == null ? null : v.problem().name(), v.reason(), head(chain));
        });
    }

    private PublicPromotion view(PromotionCase c, VerifiedChain chain) {
        UnaryOperator<String> text = PublicText.forCase(c);
        List<AuditEntry> entries = chain.entries();
        List<PublicPromotion.Vote> votes = entries.stream()
                .filter(e -> PromotionStep.TPK_VOTE.name().equals(e.step()))
                .map(e -> {
                    String vote = vote(e);
                    return new PublicPromotion.Vote(text.apply(e.actor()), text.apply(vote),
                            text.apply(Labels.decision(vote)), text.apply(e.reason()), e.occurredAtIso());
                })
                .toList();
        int approve = (int) votes.stream().filter(v -> APPROVE.equals(v.vote())).count();
        int reject = (int) votes.stream().filter(v -> REJECT.equals(v.vote())).count();
        ChainVerification v = chain.verification();
        boolean initialsOnly = !c.nameIsPublic();
        String outcome = c.decidedAt() == null ? null
                : initialsOnly ? PublicPromotion.NOT_PROMOTED : PublicPromotion.PROMOTED;
        // nothing is appended once a case has ended, so its last entry is the decision that ended it
        PublicPromotion.Step decisive = c.decidedAt() == null || entries.isEmpty() ? null
                : step(entries.get(entries.size() - 1), text);
        return new PublicPromotion(c.processInstanceId(), PublicText.mask(c.nip()),
                initialsOnly ? PublicText.initials(c.nama()) : PublicText.mask(c.nama()), initialsOnly,
                c.promotionType(), Labels.type(c.promotionType()), text.apply(c.target()), c.status(),
                Labels.status(c.status()), outcome, iso(c.announcedAt()), iso(c.objectionWindowEnds()),
                iso(c.decidedAt()), decisive, text.apply(c.skNumber()), c.skDate(), c.decreeRule(),
                entries.stream().map(e -> step(e, text)).toList(), new PublicPromotion.Votes(approve, reject, votes),
                v.valid(), v.brokenAtSeq(), v.reason(), head(chain), AUDIT_URL.formatted(c.processInstanceId()));
    }

    /**
     * APPROVE or REJECT. The process writes the vote as "Setuju" / "Tidak setuju" with the code in the payload;
     * the payload decides, the decision text only when the payload has no code (written otherwise, or changed).
     */
    private String vote(AuditEntry e) {
        JsonNode code = payload(e.payload()).path("vote");
        if (code.isTextual() && (APPROVE.equals(code.asText()) || REJECT.equals(code.asText()))) {
            return code.asText();
        }
        return switch (e.decision()) {
            case APPROVE, "Setuju" -> APPROVE;
            case REJECT, "Tidak setuju" -> REJECT;
            default -> e.decision();
        };
    }

    private static PublicPromotion.Step step(AuditEntry e, UnaryOperator<String> text) {
        return new PublicPromotion.Step(e.seq(), e.step(), Labels.step(e.step()), text.apply(e.decision()),
                text.apply(Labels.decision(e.decision())), text.apply(e.reason()), e.occurredAtIso(),
                text.apply(e.actor()));
    }

    private PublicPromotion.AuditItem auditItem(AuditEntry e, UnaryOperator<String> text) {
        JsonNode payload = payload(e.payload());
        JsonNode maskedPayload = PublicText.map(payload, text);
        String actor = text.apply(e.actor());
        String decision = text.apply(e.decision());
        String reason = text.apply(e.reason());
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
