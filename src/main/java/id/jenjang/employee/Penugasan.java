package id.jenjang.employee;

/**
 * Where a PNS serves when not simply in a post of their own agency (none recorded = there). Peraturan BKN 2/2025
 * opens KP reguler to those on study leave and to those seconded outside their agency without a leadership post,
 * whatever kind of post the master data last recorded for them.
 */
public enum Penugasan {
    TUGAS_BELAJAR("tugas belajar"),
    DIPEKERJAKAN("dipekerjakan di luar instansi induk"),
    DIPERBANTUKAN("diperbantukan di luar instansi induk");

    private final String words;

    Penugasan(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
