package id.jenjang.employee;

/** Discipline sanction level (PP 94/2021); SEDANG and BERAT block promotion while served or examined. */
public enum TingkatHukuman {
    RINGAN, SEDANG, BERAT
}
