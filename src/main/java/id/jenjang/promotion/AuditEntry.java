package id.jenjang.promotion;

import java.time.Instant;

/**
 * One decision in a promotion case's log, exactly as stored. {@code payload} is the JSON text that was hashed
 * (never re-serialised: another formatting of the same JSON would give another hash).
 */
public record AuditEntry(String processInstanceId, int seq, Instant occurredAt, String step, String actor,
        String decision, String reason, String payload, String prevHash, String hash) {

    /** The time as it enters the hash and as the public audit shows it, e.g. {@code 2026-11-22T03:15:00.250Z}. */
    public String occurredAtIso() {
        return AuditChain.iso(occurredAt);
    }
}
