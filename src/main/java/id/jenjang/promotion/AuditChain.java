package id.jenjang.promotion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain, free of storage so anyone can check it. The canonical form of an entry is its nine fields in
 * this order, each written as {@code <length in UTF-8 bytes>:<value>\n}: process instance id, seq (decimal),
 * occurred at (UTC, {@code yyyy-MM-ddTHH:mm:ss.SSSZ}), step, actor, decision, reason, payload (the stored JSON
 * text), prev hash. Length prefixes, not a separator, so no value can shift text into its neighbour (a reason
 * ending in the separator would otherwise hash like a shorter reason plus a longer payload).
 * hash = lower-case hex SHA-256 of those bytes; the first entry's prev hash is {@link #GENESIS}.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    public static final String ALGORITHM = "SHA-256";

    /** Fixed width, always milliseconds: Instant.toString() drops trailing zeros, which verifiers get wrong. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    public static String iso(Instant instant) {
        return ISO.format(instant);
    }

    public static String canonical(String processInstanceId, int seq, Instant occurredAt, String step, String actor,
            String decision, String reason, String payload, String prevHash) {
        StringBuilder out = new StringBuilder();
        for (String field : new String[] {processInstanceId, Integer.toString(seq), iso(occurredAt), step, actor,
                decision, reason, payload, prevHash}) {
            out.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append('\n');
        }
        return out.toString();
    }

    public static String hash(String processInstanceId, int seq, Instant occurredAt, String step, String actor,
            String decision, String reason, String payload, String prevHash) {
        return sha256(canonical(processInstanceId, seq, occurredAt, step, actor, decision, reason, payload,
                prevHash));
    }

    /** The hash the entry's content gives now (equal to {@code entry.hash()} unless it was changed). */
    public static String hashOf(AuditEntry e) {
        return hash(e.processInstanceId(), e.seq(), e.occurredAt(), e.step(), e.actor(), e.decision(), e.reason(),
                e.payload(), e.prevHash());
    }

    /**
     * Checks every entry's hash and link, and the end of the chain against the head the case recorded, so that
     * cutting entries off the end is noticed as well. Entries must come ordered by seq.
     */
    public static ChainVerification verify(List<AuditEntry> entries, int headSeq, String headHash) {
        String expectedPrev = GENESIS;
        int n = entries.size();
        for (int i = 0; i < n; i++) {
            AuditEntry e = entries.get(i);
            int expectedSeq = i + 1;
            if (e.seq() != expectedSeq) {
                return ChainVerification.broken(n, expectedSeq, ChainVerification.Problem.ENTRY_MISSING,
                        "Entri ke-" + expectedSeq + " hilang (entri berikutnya yang tersimpan: ke-" + e.seq() + ")");
            }
            if (!expectedPrev.equals(e.prevHash())) {
                return ChainVerification.broken(n, e.seq(), ChainVerification.Problem.LINK_BROKEN,
                        e.seq() == 1 ? "Entri pertama tidak menunjuk ke awal rantai"
                                : "Entri ke-" + e.seq() + " tidak menunjuk ke hash entri ke-" + (e.seq() - 1));
            }
            if (!hashOf(e).equals(e.hash())) {
                return ChainVerification.broken(n, e.seq(), ChainVerification.Problem.CONTENT_CHANGED,
                        "Isi entri ke-" + e.seq() + " tidak cocok dengan hash-nya: diubah setelah dicatat");
            }
            expectedPrev = e.hash();
        }
        if (headSeq != n) {
            int at = Math.min(headSeq, n) + 1;
            return ChainVerification.broken(n, at, ChainVerification.Problem.HEAD_MISMATCH, headSeq > n
                    ? "Entri ke-" + at + " sampai ke-" + headSeq + " hilang dari ujung rantai"
                    : "Rantai berisi entri ke-" + at + " yang tidak tercatat di kepala rantai");
        }
        if (n > 0 && !entries.get(n - 1).hash().equals(headHash)) {
            return ChainVerification.broken(n, n, ChainVerification.Problem.HEAD_MISMATCH,
                    "Hash entri terakhir (ke-" + n + ") tidak cocok dengan kepala rantai yang tercatat");
        }
        return ChainVerification.ok(n);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
