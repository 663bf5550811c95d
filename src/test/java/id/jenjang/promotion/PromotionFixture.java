package id.jenjang.promotion;

import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Promotion cases written the way the promotion process writes them (repository + audit log), for the tests of
 * the public board. Reasons deliberately carry NIPs, in both written forms, markup, and for the cases that end
 * without promotion the candidate's name.
 */
final class PromotionFixture {

    private final PromotionCaseRepository cases;
    private final PromotionAuditLog log;
    private final Clock clock;
    /** The mayor: not a civil servant, so a login that is no NIP (README). */
    static final String PPK_LOGIN = "walikota";
    static final String NOT_ELIGIBLE_REASON = "Predikat kinerja tahunan: 2025: Butuh Perbaikan; 2024: Baik (syarat"
            + " paling rendah Baik pada setiap penilaian tahunan 2 tahun terakhir)";

    final DemoOrganisation.Logins logins;

    PromotionFixture(PromotionCaseRepository cases, PromotionAuditLog log, Clock clock) {
        this.cases = cases;
        this.log = log;
        this.clock = clock;
        this.logins = DemoOrganisation.generate(LocalDate.now(clock)).logins();
    }

    /** Nominated, eligible, verified, three TPK votes (2 to 1), minutes, Sekda, PPK; announced when asked. */
    String approvedCase(String nip, boolean announce) {
        String id = votedCase(nip, "Calon", true);
        log.append(id, "SEKDA", logins.sekda(), "RECOMMENDED", "Direkomendasikan", null);
        log.append(id, "PPK", PPK_LOGIN, "APPROVED", "Disetujui Wali Kota", null);
        if (announce) {
            cases.markAnnounced(id, clock.instant().plus(Duration.ofDays(7)));
            log.append(id, "ANNOUNCEMENT", "system", "ANNOUNCED", "Masa sanggah 7 hari", Map.of("window", "P7D"));
        }
        return id;
    }

    /**
     * Verified, then rejected by the TPK 1 to 2 and ended as RecordRejectionDelegate ends it. The candidate's name
     * stands in a vote's reason (in capitals) and in the minutes, as TallyVotesDelegate writes them.
     */
    String rejectedByTpkCase(String nip, String nama) {
        String id = votedCase(nip, nama.toUpperCase(java.util.Locale.ROOT), false);
        cases.markEnded(id, PromotionStatus.REJECTED);
        return id;
    }

    /** Nominated and found not eligible, ended as CheckEligibilityDelegate ends it; the reason names the candidate. */
    String notEligibleCase(String nip, String nama) {
        String id = nominated(nip);
        log.append(id, "ELIGIBILITY", "SISTEM", "Tidak memenuhi syarat", NOT_ELIGIBLE_REASON + "; calon " + nama,
                Map.of("criteria", List.of(Map.of("criterion", "PREDIKAT_TAHUNAN", "result", "FAIL"))));
        cases.markEnded(id, PromotionStatus.NOT_ELIGIBLE);
        return id;
    }

    private String nominated(String nip) {
        String id = UUID.randomUUID().toString();
        cases.create(id, nip + ":KP_REGULER:III/c", nip, "KP_REGULER", "III/c");
        // no process runs behind these rows: free the open key, so tests may write several cases for one NIP
        cases.releaseOpenKey(id);
        log.append(id, "NOMINATION", logins.supervisor(), "NOMINATED",
                "Diusulkan atasan langsung untuk pegawai " + nip, Map.of("nominatorNip", logins.supervisor()));
        return id;
    }

    /** Up to the minutes, the votes as TpkVoteValidator writes them: 2 to 1 for approval, or 1 to 2 against. */
    private String votedCase(String nip, String named, boolean approved) {
        String id = nominated(nip);
        log.append(id, "ELIGIBILITY", "system", "ELIGIBLE", "Masa kerja 4 tahun, predikat Baik 2 tahun",
                Map.of("criteria", List.of(Map.of("criterion", "masaKerjaGolongan", "ok", true),
                        Map.of("criterion", "predikat2Tahun", "ok", true))));
        log.append(id, "VERIFICATION", logins.bkpsdm(), "VERIFIED", "Berkas lengkap dan sah", null);
        log.append(id, "TPK_VOTE", logins.tpk(), "Setuju", "Kinerja konsisten; lihat penilaian NIP "
                + spaced(nip), Map.of("vote", "APPROVE"));
        log.append(id, "TPK_VOTE", logins.sekda(), approved ? "Setuju" : "Tidak setuju",
                approved ? "Memenuhi syarat" : named + " belum menunjukkan hasil kerja di atas ekspektasi",
                Map.of("vote", approved ? "APPROVE" : "REJECT"));
        log.append(id, "TPK_VOTE", logins.reviewer(), "Tidak setuju", "Belum ada <b>uji kompetensi</b> & sertifikat",
                Map.of("vote", "REJECT", "voter", Long.parseLong(logins.reviewer())));
        log.append(id, "MINUTES", "SISTEM", approved ? "Disetujui TPK" : "Tidak disetujui TPK",
                approved ? "Setuju 2, tidak setuju 1" : "Setuju 1, tidak setuju 2",
                Map.of("approve", approved ? 2 : 1, "reject", approved ? 1 : 2, "minutes", "Calon: " + named,
                        "voters", List.of(logins.tpk(), logins.sekda(), logins.reviewer())));
        return id;
    }

    /** The NIP as it is printed on paper: 19850101 201001 1 001. */
    static String spaced(String nip) {
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
    }

    /**
     * {@code threads} committee members each appending {@code each} votes to one case, every vote in a
     * transaction of its own that stays open a moment after the append, as a Tasklist completion does, so the
     * appends really overlap.
     */
    static void voteConcurrently(TransactionTemplate transactions, PromotionAuditLog log, String caseId, int threads,
            int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String voter = "tpk-" + t;
                work.add(() -> {
                    for (int i = 0; i < each; i++) {
                        transactions.executeWithoutResult(tx -> {
                            log.append(caseId, "TPK_VOTE", voter, "APPROVE", "suara", null);
                            sleep(5);
                        });
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work, 60, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
