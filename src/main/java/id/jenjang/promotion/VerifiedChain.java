package id.jenjang.promotion;

import java.util.List;

/** A case's audit entries in chain order and whether they verify, read in one statement (one snapshot). */
public record VerifiedChain(List<AuditEntry> entries, ChainVerification verification) {
}
