package id.jenjang.promotion;

/**
 * Kind of promotion case (process variable {@code promotionType}); the names are the DMN's input values, so
 * renaming one is a change to processes/promotion-eligibility.dmn too. A KP case names a target rank, a
 * JABATAN case a target post, which is why {@link #byRank()} exists.
 */
public enum PromotionType {
    KP_REGULER, KP_PILIHAN, JABATAN;

    /** Whether the case asks for a higher rank ({@code targetRank}) rather than a post ({@code targetPosition}). */
    public boolean byRank() {
        return this != JABATAN;
    }
}
