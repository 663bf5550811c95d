package id.jenjang.appraisal;

/** Predikat kinerja (PermenPANRB 6/2022), best first. */
public enum Predikat {
    SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    /** At least BAIK: the bar for promotion and for mentors. */
    public boolean atLeastBaik() {
        return this == SANGAT_BAIK || this == BAIK;
    }
}
