package id.jenjang.promotion;

/**
 * Whether a case's audit chain verifies; when not, the first seq found broken and why (in Bahasa Indonesia,
 * as the public board shows it).
 */
public record ChainVerification(boolean valid, int entries, Integer brokenAtSeq, Problem problem, String reason) {

    public enum Problem {
        /** The entry's content no longer gives its stored hash: changed after it was written. */
        CONTENT_CHANGED,
        /** The entry does not point at the hash of the entry before it (or seq 1 not at the genesis). */
        LINK_BROKEN,
        /** A seq is missing inside the chain. */
        ENTRY_MISSING,
        /** The chain is shorter than the case's recorded head, or its last hash is not the head. */
        HEAD_MISMATCH
    }

    static ChainVerification ok(int entries) {
        return new ChainVerification(true, entries, null, null, null);
    }

    static ChainVerification broken(int entries, int seq, Problem problem, String reason) {
        return new ChainVerification(false, entries, seq, problem, reason);
    }
}
