package id.jenjang.promotion;

/**
 * The criteria the application knows how to check. The DMN decides which apply to a case and with which
 * thresholds; the ids are the DMN's {@code criterion} output values. Labels are what the candidate, the
 * nominator and BKPSDM read in the reasons; a criterion the master data cannot show says in its label that
 * BKPSDM verifies it.
 */
public enum Criterion {
    JENIS_JABATAN("Jenis jabatan yang dapat naik pangkat reguler"),
    MASA_KERJA_GOLONGAN("Masa kerja dalam pangkat terakhir"),
    MASA_JABATAN("Masa dalam jenis jabatan sebelumnya"),
    PREDIKAT_TAHUNAN("Predikat kinerja tahunan"),
    HUKUMAN_DISIPLIN("Tidak sedang menjalani hukuman disiplin"),
    PANGKAT_TUJUAN("Pangkat tujuan"),
    /** Kep. Ka BKN 12/2002, revoked by Peraturan BKN 2/2025; kept so that rule versions before it still evaluate. */
    PANGKAT_ATASAN("Pangkat tujuan tidak melebihi pangkat atasan langsung"),
    PANGKAT_PENDIDIKAN("Pangkat tujuan tidak melebihi pangkat tertinggi untuk pendidikan terakhir"),
    UJIAN_DINAS("Lulus ujian dinas bila melewati golongan (diverifikasi BKPSDM)"),
    ANGKA_KREDIT("Angka kredit yang dipersyaratkan (diverifikasi BKPSDM)"),
    PENDIDIKAN("Pendidikan terakhir");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
