package id.jenjang.employee;

import java.time.LocalDate;
import java.util.Set;

/** {@code GET /api/employees/{nip}}: the employee as stored, field names as in the process contract. */
public record EmployeeView(
        String nip,
        String nama,
        String email,
        String unitKode,
        String unitNama,
        String jabatan,
        JenisJabatan jenisJabatan,
        String golongan,
        LocalDate tmtGolongan,
        LocalDate tmtJabatan,
        Penugasan penugasan,
        Pendidikan pendidikan,
        String nipAtasan,
        Set<String> peran,
        boolean aktif,
        boolean demo) {

    static EmployeeView of(Employee e, String unitNama) {
        return new EmployeeView(e.nip(), e.nama(), e.email(), e.unitKode(), unitNama, e.jabatan(), e.jenisJabatan(),
                e.golongan().label(), e.tmtGolongan(), e.tmtJabatan(), e.penugasan(), e.pendidikan(), e.nipAtasan(), e.peran(),
                e.aktif(), e.demo());
    }
}
