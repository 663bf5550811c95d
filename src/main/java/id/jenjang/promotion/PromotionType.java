package id.jenjang.promotion;

/**
 * Kind of promotion case (process variable {@code promotionType}); the names are the DMN's input values, so
 * renaming one is a change to processes/promotion-eligibility.dmn too. A KP case names a target rank, a
 * JABATAN case a target post, which is why {@link #byRank()} exists.
 */
public enum PromotionType {
    KP_REGULER("Kenaikan pangkat reguler"), KP_PILIHAN("Kenaikan pangkat pilihan"),
    JABATAN("Pengangkatan dalam jabatan");

    private final String label;

    PromotionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How the target reads in task names and the trail: "golongan III/c", "jabatan administrator". */
    public String targetLabel(String target) {
        return byRank() ? "golongan " + target.trim() : "jabatan " + target.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the case asks for a higher rank ({@code targetRank}) rather than a post ({@code targetPosition}). */
    public boolean byRank() {
        return this != JABATAN;
    }
}
