package id.jenjang.promotion;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps a promotion case records in its audit log, with the name the public board shows. A closed list on
 * purpose: a misspelt step would otherwise enter a log that can never be corrected. A new step is one line here.
 */
public enum PromotionStep {
    NOMINATION("Pengusulan"),
    ELIGIBILITY("Pemeriksaan syarat"),
    VERIFICATION("Verifikasi berkas oleh BKPSDM"),
    NOMINATION_FIXED("Perbaikan usulan"),
    /**
     * One entry per vote cast: actor = the voter, decision "Setuju" or "Tidak setuju", payload {vote: APPROVE or
     * REJECT}, reason = the vote's reason (see TpkVoteValidator).
     */
    TPK_VOTE("Suara anggota TPK"),
    /** The berita acara: decision = the majority's outcome, payload e.g. {approve, reject}. */
    MINUTES("Berita acara TPK"),
    SEKDA("Rekomendasi Sekretaris Daerah"),
    PPK("Keputusan Pejabat Pembina Kepegawaian"),
    ANNOUNCEMENT("Pengumuman"),
    OBJECTION("Sanggahan"),
    OBJECTION_REVIEW("Pemeriksaan sanggahan"),
    DECREE("Surat Keputusan (SK)"),
    /** An administrator changed the running case's process variables (engine REST), see CaseRepairLog. */
    REPAIR("Perbaikan data proses oleh administrator");

    private final String label;

    PromotionStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PromotionStep> of(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
