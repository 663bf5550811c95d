package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical form and hash as documented, checked against vectors computed outside Java (Python hashlib). */
class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-22T03:15:00.250Z");

    @Test
    void canonicalFormIsLengthPrefixedFieldsAndTheHashMatchesAnIndependentComputation() {
        String canonical = AuditChain.canonical("pi-1", 1, AT, "TPK_VOTE", "197405071995122045", "APPROVE",
                "Kinerja baik; layak naik ke III/c", "{\"approve\":1}", AuditChain.GENESIS);

        assertThat(canonical).isEqualTo("4:pi-1\n1:1\n24:2026-11-22T03:15:00.250Z\n8:TPK_VOTE\n"
                + "18:197405071995122045\n7:APPROVE\n33:Kinerja baik; layak naik ke III/c\n13:{\"approve\":1}\n"
                + "64:" + "0".repeat(64) + "\n");
        assertThat(AuditChain.hash("pi-1", 1, AT, "TPK_VOTE", "197405071995122045", "APPROVE",
                "Kinerja baik; layak naik ke III/c", "{\"approve\":1}", AuditChain.GENESIS))
                .isEqualTo("5e3e8ce017da6794d961cc9c7f4199977d713473b728cdffb23bd1e091bb2c0c");
    }

    @Test
    void lengthsAreCountedInUtf8BytesNotCharacters() {
        assertThat(AuditChain.canonical("pi-1", 1, AT, "TPK_VOTE", "197405071995122045", "APPROVE", "Layak naik ✓",
                "{}", AuditChain.GENESIS)).contains("\n14:Layak naik ✓\n");
        assertThat(AuditChain.hash("pi-1", 1, AT, "TPK_VOTE", "197405071995122045", "APPROVE", "Layak naik ✓", "{}",
                AuditChain.GENESIS)).isEqualTo("e8e909b4aa35a52b6eaf40cec9f415e2bb2579de55239525d90affbe9c81a4c8");
    }

    @Test
    void timeAlwaysHasMillisecondsSoVerifiersNeedNoGuessing() {
        assertThat(AuditChain.iso(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000Z");
    }

    @Test
    void textMovedBetweenNeighbouringFieldsChangesTheHash() {
        String a = AuditChain.hash("p", 1, AT, "PPK", "walikota", "APPROVED", "ab", "{}", AuditChain.GENESIS);
        String b = AuditChain.hash("p", 1, AT, "PPK", "walikota", "APPROVEDa", "b", "{}", AuditChain.GENESIS);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aSoundChainVerifiesAndEachKindOfDamageIsNamed() {
        List<AuditEntry> chain = chain(3);
        assertThat(AuditChain.verify(chain, 3, chain.get(2).hash()).valid()).isTrue();
        assertThat(AuditChain.verify(List.of(), 0, null).valid()).isTrue();

        List<AuditEntry> changed = new ArrayList<>(chain);
        AuditEntry second = chain.get(1);
        changed.set(1, new AuditEntry(second.processInstanceId(), 2, second.occurredAt(), second.step(),
                second.actor(), second.decision(), "alasan lain", second.payload(), second.prevHash(), second.hash()));
        assertThat(AuditChain.verify(changed, 3, chain.get(2).hash()))
                .extracting(ChainVerification::brokenAtSeq, ChainVerification::problem)
                .containsExactly(2, ChainVerification.Problem.CONTENT_CHANGED);

        assertThat(AuditChain.verify(List.of(chain.get(0), chain.get(2)), 3, chain.get(2).hash()))
                .extracting(ChainVerification::brokenAtSeq, ChainVerification::problem)
                .containsExactly(2, ChainVerification.Problem.ENTRY_MISSING);
        assertThat(AuditChain.verify(chain.subList(0, 2), 3, chain.get(2).hash()))
                .extracting(ChainVerification::brokenAtSeq, ChainVerification::problem)
                .containsExactly(3, ChainVerification.Problem.HEAD_MISMATCH);
        assertThat(AuditChain.verify(chain, 3, chain.get(1).hash()))
                .extracting(ChainVerification::brokenAtSeq, ChainVerification::problem)
                .containsExactly(3, ChainVerification.Problem.HEAD_MISMATCH);
    }

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            Instant at = AT.plusSeconds(seq);
            String hash = AuditChain.hash("p", seq, at, "TPK_VOTE", "a" + seq, "APPROVE", "r" + seq, "{}", prev);
            entries.add(new AuditEntry("p", seq, at, "TPK_VOTE", "a" + seq, "APPROVE", "r" + seq, "{}", prev, hash));
            prev = hash;
        }
        return entries;
    }
}
