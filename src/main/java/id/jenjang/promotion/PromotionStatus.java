package id.jenjang.promotion;

/** Where a promotion case stands, as stored in promotion_case.status, with the name the public board shows. */
public enum PromotionStatus {
    NOMINATED("Diusulkan"),
    NOT_ELIGIBLE("Tidak memenuhi syarat"),
    VERIFICATION("Verifikasi berkas"),
    TPK("Sidang TPK"),
    SEKDA("Pertimbangan Sekda"),
    PPK("Keputusan PPK"),
    REJECTED("Tidak disetujui"),
    ANNOUNCED("Diumumkan, masa sanggah berjalan"),
    OBJECTION("Sanggahan sedang diperiksa"),
    DECREED("SK telah terbit");

    private final String label;

    PromotionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A final outcome: the case runs no further and is public from then on (ADR 0005). */
    public boolean decided() {
        return this == NOT_ELIGIBLE || this == REJECTED || this == DECREED;
    }

    /** Ended without a promotion: the public board names the candidate by initials only (ADR 0005). */
    public boolean endedWithoutPromotion() {
        return this == NOT_ELIGIBLE || this == REJECTED;
    }
}
