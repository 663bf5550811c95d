package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jenjang.support.JenjangSpringTest;
import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The hash-chained log on the real database: appends link, and changes made behind its back are found. */
@JenjangSpringTest
class PromotionAuditLogTest {

    @Autowired
    PromotionAuditLog log;
    @Autowired
    PromotionCaseRepository cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    DemoOrganisation.Logins logins;
    String caseId;

    @BeforeEach
    void newCase() {
        logins = DemoOrganisation.generate(LocalDate.now(clock)).logins();
        caseId = UUID.randomUUID().toString();
        cases.create(caseId, logins.employee() + ":KP_REGULER:II/b", logins.employee(), "KP_REGULER", "II/b");
        // no process runs behind this row: free the open key, so every test may write a case for the same NIP
        cases.releaseOpenKey(caseId);
    }

    private List<AuditEntry> appendThree() {
        return List.of(
                log.append(caseId, "ELIGIBILITY", "system", "ELIGIBLE", "Semua syarat terpenuhi",
                        Map.of("criteria", List.of(Map.of("name", "masaKerja", "ok", true)))),
                log.append(caseId, "VERIFICATION", logins.bkpsdm(), "VERIFIED", "Berkas lengkap", null),
                log.append(caseId, "TPK_VOTE", logins.tpk(), "APPROVE", "Kinerja dua tahun Baik", null));
    }

    @Test
    void threeAppendedEntriesVerifyAndEachPointsAtTheOneBefore() {
        List<AuditEntry> appended = appendThree();

        assertThat(log.verify(caseId)).isEqualTo(new ChainVerification(true, 3, null, null, null));
        List<AuditEntry> stored = log.entries(caseId);
        assertThat(stored).containsExactlyElementsOf(appended);
        assertThat(stored).extracting(AuditEntry::seq).containsExactly(1, 2, 3);
        assertThat(stored.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(stored.get(1).prevHash()).isEqualTo(stored.get(0).hash());
        assertThat(stored.get(2).prevHash()).isEqualTo(stored.get(1).hash());
        assertThat(stored).allSatisfy(e -> assertThat(AuditChain.hashOf(e)).isEqualTo(e.hash()).hasSize(64));
        assertThat(stored).extracting(AuditEntry::hash).doesNotHaveDuplicates();
        assertThat(cases.find(caseId).orElseThrow()).extracting(PromotionCase::auditSeq, PromotionCase::auditHead)
                .containsExactly(3, stored.get(2).hash());
    }

    @Test
    void payloadIsStoredAsJsonWithSortedKeysAndNoReasonAsEmptyText() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("reject", 1);
        payload.put("approve", 2);

        AuditEntry minutes = log.append(caseId, "MINUTES", logins.tpk(), "APPROVED", null, payload);

        assertThat(minutes.payload()).isEqualTo("{\"approve\":2,\"reject\":1}");
        assertThat(minutes.reason()).isEmpty();
        assertThat(log.entries(caseId)).containsExactly(minutes);
    }

    @Test
    void aReasonChangedInTheDatabaseBreaksTheChainAtThatEntry() {
        appendThree();

        jdbc.sql("UPDATE promotion_audit SET reason = ? WHERE process_instance_id = ? AND seq = 2")
                .params("Berkas lengkap (diubah diam-diam)", caseId).update();

        ChainVerification verification = log.verify(caseId);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.brokenAtSeq()).isEqualTo(2);
        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.CONTENT_CHANGED);
        assertThat(verification.reason()).contains("ke-2");
    }

    @Test
    void anEntryRewrittenWithItsHashRecomputedBreaksTheLinkOfTheNext() {
        List<AuditEntry> entries = appendThree();
        AuditEntry second = entries.get(1);
        String forged = AuditChain.hash(caseId, 2, second.occurredAt(), second.step(), second.actor(),
                "NOT_VERIFIED", second.reason(), second.payload(), second.prevHash());

        jdbc.sql("UPDATE promotion_audit SET decision = 'NOT_VERIFIED', hash = ? WHERE process_instance_id = ?"
                + " AND seq = 2").params(forged, caseId).update();

        assertThat(log.verify(caseId)).extracting(ChainVerification::valid, ChainVerification::brokenAtSeq,
                ChainVerification::problem).containsExactly(false, 3, ChainVerification.Problem.LINK_BROKEN);
    }

    @Test
    void aDeletedEntryBreaksTheChain() {
        appendThree();

        jdbc.sql("DELETE FROM promotion_audit WHERE process_instance_id = ? AND seq = 2").param(caseId).update();

        assertThat(log.verify(caseId)).extracting(ChainVerification::valid, ChainVerification::brokenAtSeq,
                ChainVerification::problem).containsExactly(false, 2, ChainVerification.Problem.ENTRY_MISSING);
    }

    @Test
    void theLastEntryDeletedIsNoticedThroughTheCasesHead() {
        appendThree();

        jdbc.sql("DELETE FROM promotion_audit WHERE process_instance_id = ? AND seq = 3").param(caseId).update();

        assertThat(log.verify(caseId)).extracting(ChainVerification::valid, ChainVerification::brokenAtSeq,
                ChainVerification::problem).containsExactly(false, 3, ChainVerification.Problem.HEAD_MISMATCH);
    }

    @Test
    void anAppendRolledBackWithTheCallersTransactionLeavesNoTrace() {
        log.append(caseId, "ELIGIBILITY", "system", "ELIGIBLE", "", null);

        transactions.executeWithoutResult(tx -> {
            log.append(caseId, "VERIFICATION", logins.bkpsdm(), "VERIFIED", "akan dibatalkan", null);
            tx.setRollbackOnly();
        });
        AuditEntry next = log.append(caseId, "VERIFICATION", logins.bkpsdm(), "VERIFIED", "Berkas lengkap", null);

        assertThat(next.seq()).isEqualTo(2);
        assertThat(log.entries(caseId)).extracting(AuditEntry::reason).containsExactly("", "Berkas lengkap");
        assertThat(log.verify(caseId).valid()).isTrue();
    }

    @Test
    void concurrentAppendsToOneCaseDoNotForkTheChain() throws Exception {
        int threads = 6;
        int each = 5;
        PromotionFixture.voteConcurrently(transactions, log, caseId, threads, each);

        List<AuditEntry> entries = log.entries(caseId);
        assertThat(entries).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, threads * each).boxed().toList());
        assertThat(log.verify(caseId).valid()).isTrue();
    }

    @Test
    void unknownStepsAndUnknownCasesAreRefused() {
        assertThatThrownBy(() -> log.append(caseId, "TPK_VOTES", "x", "APPROVE", "", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TPK_VOTES");
        assertThatThrownBy(() -> log.append("no-such-case", "TPK_VOTE", "x", "APPROVE", "", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-case");
        assertThatThrownBy(() -> log.verify("no-such-case")).isInstanceOf(IllegalArgumentException.class);
    }
}
