package id.jenjang.employee;

import java.util.List;
import java.util.Set;

/** Camunda group ids of the process contract. */
public final class Groups {

    public static final String PEGAWAI = "pegawai";
    public static final String BKPSDM = "bkpsdm";
    public static final String TPK = "tpk";
    public static final String SEKDA = "sekda";
    public static final String PPK = "ppk";
    public static final String PROCESS_OWNER = "process-owner";
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    /**
     * Groups an import may grant through {@code peran}. Not process-owner: deploying a model runs its
     * expressions inside the application, so that right, like camunda-admin, is given in Admin only.
     */
    public static final Set<String> IMPORTABLE_ROLES = Set.of(BKPSDM, TPK, SEKDA, PPK);

    /** Groups only an administrator grants, in the Admin webapp. */
    public static final Set<String> ADMIN_GRANTED = Set.of(CAMUNDA_ADMIN, PROCESS_OWNER);

    /** Every group Jenjang manages, with the name Tasklist and Admin show. */
    public static final List<List<String>> ALL = List.of(
            List.of(PEGAWAI, "Pegawai"),
            List.of(BKPSDM, "BKPSDM"),
            List.of(TPK, "Tim Penilai Kinerja"),
            List.of(SEKDA, "Sekretaris Daerah"),
            List.of(PPK, "Pejabat Pembina Kepegawaian"),
            List.of(PROCESS_OWNER, "Pemilik Proses"),
            List.of(CAMUNDA_ADMIN, "Administrator"));

    private Groups() {
    }
}
