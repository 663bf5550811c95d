package id.jenjang.appraisal;

/** A rating against expectation, for work results and for each behaviour. */
public enum Rating {
    DI_ATAS("Di atas ekspektasi"), SESUAI("Sesuai ekspektasi"), DI_BAWAH("Di bawah ekspektasi");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
