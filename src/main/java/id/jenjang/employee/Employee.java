package id.jenjang.employee;

import java.time.LocalDate;
import java.util.Set;

/**
 * An employee as stored; {@code peran} are the extra Camunda groups besides pegawai; {@code tmtJabatan}, the date
 * the current post began, may be null (not in every import); {@code penugasan} null = serving in the own agency.
 */
public record Employee(
        String nip,
        String nama,
        String email,
        String unitKode,
        String jabatan,
        JenisJabatan jenisJabatan,
        Golongan golongan,
        LocalDate tmtGolongan,
        LocalDate tmtJabatan,
        Penugasan penugasan,
        Pendidikan pendidikan,
        String nipAtasan,
        Set<String> peran,
        boolean aktif,
        boolean demo) {

    /** Same master data, ignoring the demo marker: what decides "unchanged" in an import. */
    public boolean sameDataAs(Employee other) {
        return other != null
                && nip.equals(other.nip)
                && nama.equals(other.nama)
                && java.util.Objects.equals(email, other.email)
                && unitKode.equals(other.unitKode)
                && jabatan.equals(other.jabatan)
                && jenisJabatan == other.jenisJabatan
                && golongan == other.golongan
                && tmtGolongan.equals(other.tmtGolongan)
                && java.util.Objects.equals(tmtJabatan, other.tmtJabatan)
                && penugasan == other.penugasan
                && pendidikan == other.pendidikan
                && java.util.Objects.equals(nipAtasan, other.nipAtasan)
                && peran.equals(other.peran)
                && aktif == other.aktif;
    }

    /** The same employee with another TMT jabatan. */
    public Employee withTmtJabatan(LocalDate tmt) {
        return new Employee(nip, nama, email, unitKode, jabatan, jenisJabatan, golongan, tmtGolongan, tmt, penugasan,
                pendidikan, nipAtasan, peran, aktif, demo);
    }
}
