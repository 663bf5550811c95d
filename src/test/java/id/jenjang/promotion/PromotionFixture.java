package id.jenjang.promotion;

import id.jenjang.system.demo.DemoOrganisation;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Promotion cases written the way the promotion process will write them (repository + audit log), for the tests
 * of the public board. Reasons deliberately carry NIPs, in both written forms, and markup.
 */
final class PromotionFixture {

    private final PromotionCaseRepository cases;
    private final PromotionAuditLog log;
    private final Clock clock;
    /** The mayor: not a civil servant, so a login that is no NIP (README). */
    static final String PPK_LOGIN = "walikota";

    final DemoOrganisation.Logins logins;

    PromotionFixture(PromotionCaseRepository cases, PromotionAuditLog log, Clock clock) {
        this.cases = cases;
        this.log = log;
        this.clock = clock;
        this.logins = DemoOrganisation.generate(LocalDate.now(clock)).logins();
    }

    /** Nominated, eligible, verified, three TPK votes (2 to 1), minutes, Sekda, PPK; announced when asked. */
    String decidedCase(String nip, boolean announce) {
        String id = UUID.randomUUID().toString();
        cases.create(id, nip + ":KP_REGULER:III/c", nip, "KP_REGULER", "III/c");
        log.append(id, "NOMINATION", logins.supervisor(), "NOMINATED",
                "Diusulkan atasan langsung untuk pegawai " + nip, Map.of("nominatorNip", logins.supervisor()));
        log.append(id, "ELIGIBILITY", "system", "ELIGIBLE", "Masa kerja 4 tahun, predikat Baik 2 tahun",
                Map.of("criteria", List.of(Map.of("criterion", "masaKerjaGolongan", "ok", true),
                        Map.of("criterion", "predikat2Tahun", "ok", true))));
        log.append(id, "VERIFICATION", logins.bkpsdm(), "VERIFIED", "Berkas lengkap dan sah", null);
        // votes as TpkVoteValidator writes them: the words in the decision, the code in the payload
        log.append(id, "TPK_VOTE", logins.tpk(), "Setuju", "Kinerja konsisten; lihat penilaian NIP "
                + spaced(nip), Map.of("vote", "APPROVE"));
        log.append(id, "TPK_VOTE", logins.sekda(), "Setuju", "Memenuhi syarat", Map.of("vote", "APPROVE"));
        log.append(id, "TPK_VOTE", logins.reviewer(), "Tidak setuju", "Belum ada <b>uji kompetensi</b> & sertifikat",
                Map.of("vote", "REJECT", "voter", Long.parseLong(logins.reviewer())));
        log.append(id, "MINUTES", logins.bkpsdm(), "APPROVE", "Berita acara: 2 setuju, 1 tidak setuju",
                Map.of("approve", 2, "reject", 1, "voters", List.of(logins.tpk(), logins.sekda(), logins.reviewer())));
        log.append(id, "SEKDA", logins.sekda(), "RECOMMENDED", "Direkomendasikan", null);
        log.append(id, "PPK", PPK_LOGIN, "APPROVED", "Disetujui Wali Kota", null);
        if (announce) {
            cases.markAnnounced(id, clock.instant().plus(Duration.ofDays(7)));
            log.append(id, "ANNOUNCEMENT", "system", "ANNOUNCED", "Masa sanggah 7 hari", Map.of("window", "P7D"));
        }
        return id;
    }

    /** The NIP as it is printed on paper: 19850101 201001 1 001. */
    static String spaced(String nip) {
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
    }
}
