package id.jenjang.appraisal.calibration;

/**
 * Predikat kinerja of the organisation itself; it selects which distribution curve applies to its units.
 * The names are the DMN's input values, so renaming one is a change to processes/distribution-curve.dmn too.
 */
public enum OrganisationRating {
    ISTIMEWA("Istimewa"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG("Kurang"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    OrganisationRating(String label) {
        this.label = label;
    }

    /** How HR reads it in the calibration summary. */
    public String label() {
        return label;
    }
}
