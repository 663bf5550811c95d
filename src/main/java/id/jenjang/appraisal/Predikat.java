package id.jenjang.appraisal;

/** Predikat kinerja (PermenPANRB 6/2022), best first. */
public enum Predikat {
    SANGAT_BAIK("Sangat Baik"), BAIK("Baik"), BUTUH_PERBAIKAN("Butuh Perbaikan"), KURANG("Kurang/Misconduct"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    Predikat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** At least BAIK: the bar for promotion and for mentors. */
    public boolean atLeastBaik() {
        return this == SANGAT_BAIK || this == BAIK;
    }

    /** Below BAIK starts coaching (domain rules §2). */
    public boolean needsCoaching() {
        return !atLeastBaik();
    }
}
