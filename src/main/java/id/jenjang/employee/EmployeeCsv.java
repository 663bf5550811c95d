package id.jenjang.employee;

import java.util.List;

/**
 * Column names of the employee import, exactly as the process contract spells them, and the optional columns a
 * file may add after them (the contract allows additions; files without them import as before).
 */
final class EmployeeCsv {

    static final String NIP = "nip";
    static final String NAMA = "nama";
    static final String EMAIL = "email";
    static final String UNIT_KODE = "unit_kode";
    static final String UNIT_NAMA = "unit_nama";
    static final String UNIT_INDUK = "unit_induk";
    static final String JABATAN = "jabatan";
    static final String JENIS_JABATAN = "jenis_jabatan";
    static final String GOLONGAN = "golongan";
    static final String TMT_GOLONGAN = "tmt_golongan";
    static final String PENDIDIKAN = "pendidikan";
    static final String NIP_ATASAN = "nip_atasan";
    static final String PERAN = "peran";
    static final String TMT_JABATAN = "tmt_jabatan";
    static final String PENUGASAN = "penugasan";

    static final List<String> HEADER = List.of(NIP, NAMA, EMAIL, UNIT_KODE, UNIT_NAMA, UNIT_INDUK, JABATAN,
            JENIS_JABATAN, GOLONGAN, TMT_GOLONGAN, PENDIDIKAN, NIP_ATASAN, PERAN);
    static final List<String> OPTIONAL = List.of(TMT_JABATAN, PENUGASAN);

    private EmployeeCsv() {
    }
}
