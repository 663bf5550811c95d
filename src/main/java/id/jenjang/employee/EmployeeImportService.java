package id.jenjang.employee;

import static id.jenjang.employee.EmployeeCsv.*;

import id.jenjang.csvimport.CsvRow;
import id.jenjang.csvimport.CsvTable;
import id.jenjang.csvimport.ImportErrors;
import id.jenjang.csvimport.ImportMetrics;
import id.jenjang.csvimport.ImportResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee import: validate the whole file against itself and the stored data, then write units,
 * employees and Camunda identities in one transaction. Any problem rejects the file before a write.
 */
@Service
public class EmployeeImportService {

    private static final Logger log = LoggerFactory.getLogger(EmployeeImportService.class);
    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern UNIT_CODE_PATTERN = Pattern.compile("^[A-Za-z0-9._-]{1,40}$");

    private final EmployeeRepository repository;
    private final IdentitySync identitySync;
    private final Clock clock;
    private final ImportMetrics metrics;

    public EmployeeImportService(EmployeeRepository repository, IdentitySync identitySync, Clock clock,
            ImportMetrics metrics) {
        this.repository = repository;
        this.identitySync = identitySync;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Transactional
    public ImportResult importCsv(String csv, boolean demo) {
        long started = System.nanoTime();
        ImportErrors errors = new ImportErrors();
        List<CsvRow> rows = CsvTable.parse(csv, HEADER, OPTIONAL, errors);
        errors.throwIfAny();

        Map<String, Employee> stored = repository.findAll();
        Map<String, Unit> storedUnits = repository.findAllUnits();
        Map<String, CsvRow> rowByNip = new LinkedHashMap<>();
        Map<String, Employee> incoming = new LinkedHashMap<>();
        Map<String, Unit> fileUnits = new LinkedHashMap<>();
        Map<String, CsvRow> unitFirstRow = new HashMap<>();
        LocalDate today = LocalDate.now(clock);

        for (CsvRow row : rows) {
            Employee employee = readRow(row, today, errors, demo, stored.get(row.get(NIP)));
            Unit unit = readUnit(row, errors, demo);
            if (unit != null) {
                Unit earlier = fileUnits.putIfAbsent(unit.kode(), unit);
                unitFirstRow.putIfAbsent(unit.kode(), row);
                if (earlier != null && !earlier.nama().equals(unit.nama())) {
                    errors.add(row.line(), UNIT_NAMA, "Unit " + unit.kode() + " sudah tertulis dengan nama lain di"
                            + " baris " + unitFirstRow.get(unit.kode()).line());
                } else if (earlier != null && !Objects.equals(earlier.indukKode(), unit.indukKode())) {
                    errors.add(row.line(), UNIT_INDUK, "Unit " + unit.kode() + " sudah tertulis dengan unit induk"
                            + " lain di baris " + unitFirstRow.get(unit.kode()).line());
                }
            }
            String nip = row.get(NIP);
            if (!nip.isEmpty() && rowByNip.containsKey(nip)) {
                errors.add(row.line(), NIP, "NIP " + nip + " sudah ada di baris " + rowByNip.get(nip).line());
                continue;
            }
            rowByNip.put(nip, row);
            if (employee != null) {
                incoming.put(nip, employee);
            }
        }
        checkUnitParents(fileUnits, storedUnits, unitFirstRow, errors);
        checkSupervisors(incoming, stored, rowByNip, errors);
        errors.throwIfAny();

        ImportResult result = write(incoming, stored, fileUnits, storedUnits);
        metrics.countWhenCommitted(ImportMetrics.EMPLOYEES, result);
        log.info("Employee import: {} rows, {} in {} ms", rows.size(), result,
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private ImportResult write(Map<String, Employee> incoming, Map<String, Employee> stored,
            Map<String, Unit> fileUnits, Map<String, Unit> storedUnits) {
        List<Unit> newUnits = new ArrayList<>();
        List<Unit> changedUnits = new ArrayList<>();
        for (Unit unit : fileUnits.values()) {
            Unit before = storedUnits.get(unit.kode());
            if (before == null) {
                newUnits.add(unit);
            } else if (!before.nama().equals(unit.nama()) || !Objects.equals(before.indukKode(), unit.indukKode())) {
                changedUnits.add(unit);
            }
        }
        repository.upsertUnits(newUnits, changedUnits);

        List<Employee> created = new ArrayList<>();
        List<Employee> updated = new ArrayList<>();
        for (Employee e : incoming.values()) {
            Employee before = stored.get(e.nip());
            if (before == null) {
                created.add(e);
            } else if (!e.sameDataAs(before)) {
                updated.add(e);
            }
        }
        repository.insertEmployees(created);
        repository.updateEmployees(updated);
        identitySync.sync(incoming.values());
        return new ImportResult(created.size(), updated.size(), incoming.size() - created.size() - updated.size());
    }

    /** @param before the employee as stored, or null: what a file without tmt_jabatan leaves as it is */
    private Employee readRow(CsvRow row, LocalDate today, ImportErrors errors, boolean demo, Employee before) {
        long line = row.line();
        String nip = row.get(NIP);
        boolean ok = true;
        var nipProblem = Nip.problem(nip, today);
        if (nipProblem.isPresent()) {
            errors.add(line, NIP, nipProblem.get());
            ok = false;
        }
        String nama = errors.required(row, NAMA);
        ok &= nama != null && errors.maxLength(row, NAMA, 200) != null;
        String email = row.get(EMAIL);
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL_PATTERN.matcher(email).matches())) {
            errors.add(line, EMAIL, "Alamat surel '" + email + "' tidak valid");
            ok = false;
        }
        String jabatan = errors.required(row, JABATAN);
        ok &= jabatan != null && errors.maxLength(row, JABATAN, 200) != null;
        JenisJabatan jenis = errors.enumValue(row, JENIS_JABATAN, JenisJabatan.class);
        Golongan golongan = null;
        String golonganText = errors.required(row, GOLONGAN);
        if (golonganText != null) {
            golongan = Golongan.fromLabel(golonganText).orElse(null);
            if (golongan == null) {
                errors.add(line, GOLONGAN, "Golongan '" + golonganText + "' tidak dikenal; pilihan: "
                        + String.join(", ", Golongan.labels()));
            }
        }
        LocalDate tmt = tmt(row, TMT_GOLONGAN, "TMT golongan", errors.date(row, TMT_GOLONGAN), today,
                nipProblem.isEmpty() ? nip : null, errors);
        // a file without the column says nothing about it: the stored date (from an earlier file or a decree)
        // stays; with the column, the file is the source of truth like for every other field, empty = unknown
        LocalDate tmtJabatan = before == null ? null : before.tmtJabatan();
        if (row.has(TMT_JABATAN)) {
            tmtJabatan = tmt(row, TMT_JABATAN, "TMT jabatan", errors.optionalDate(row, TMT_JABATAN), today,
                    nipProblem.isEmpty() ? nip : null, errors);
            ok &= row.get(TMT_JABATAN).isEmpty() || tmtJabatan != null;
        }
        // as for tmt_jabatan: no column leaves the stored value, an empty cell means serving in the own agency
        Penugasan penugasan = before == null ? null : before.penugasan();
        if (row.has(PENUGASAN)) {
            penugasan = row.get(PENUGASAN).isEmpty() ? null : errors.enumValue(row, PENUGASAN, Penugasan.class);
            ok &= row.get(PENUGASAN).isEmpty() || penugasan != null;
        }
        Pendidikan pendidikan = pendidikan(row, errors);
        String atasan = row.get(NIP_ATASAN);
        if (!atasan.isEmpty() && !atasan.matches("\\d{18}")) {
            errors.add(line, NIP_ATASAN, "NIP atasan harus 18 angka, bukan '" + atasan + "'");
            ok = false;
        } else if (atasan.equals(nip)) {
            errors.add(line, NIP_ATASAN, "Pegawai tidak boleh menjadi atasannya sendiri");
            ok = false;
        }
        Set<String> peran = readPeran(row, errors);
        if (!ok || jenis == null || golongan == null || tmt == null || pendidikan == null || peran == null
                || row.get(UNIT_KODE).isEmpty()) {
            return null;
        }
        return new Employee(nip, nama, email.isEmpty() ? null : email, row.get(UNIT_KODE), jabatan, jenis, golongan,
                tmt, tmtJabatan, penugasan, pendidikan, atasan.isEmpty() ? null : atasan, peran, true, demo);
    }

    /**
     * A TMT as read ({@code value}, null when missing or not a date), checked: not in the future, not before the
     * appointment month in the NIP ({@code nip} null when the NIP itself is bad). Null after recording a problem.
     */
    private static LocalDate tmt(CsvRow row, String column, String label, LocalDate value, LocalDate today,
            String nip, ImportErrors errors) {
        if (value != null && value.isAfter(today)) {
            errors.add(row.line(), column, label + " " + value + " ada di masa depan");
            return null;
        }
        if (value != null && nip != null && value.isBefore(appointment(nip))) {
            errors.add(row.line(), column, label + " " + value + " sebelum pengangkatan CPNS ("
                    + nip.substring(8, 12) + "-" + nip.substring(12, 14) + ")");
            return null;
        }
        return value;
    }

    private static LocalDate appointment(String nip) {
        return LocalDate.of(Integer.parseInt(nip.substring(8, 12)), Integer.parseInt(nip.substring(12, 14)), 1);
    }

    private Set<String> readPeran(CsvRow row, ImportErrors errors) {
        Set<String> peran = new TreeSet<>();
        boolean ok = true;
        for (String role : EmployeeRepository.splitPeran(row.get(PERAN))) {
            if (Groups.ADMIN_GRANTED.contains(role) || Groups.PEGAWAI.equals(role)) {
                errors.add(row.line(), PERAN, "Peran '" + role + "' tidak dapat diberikan lewat impor"
                        + (Groups.PEGAWAI.equals(role) ? " (setiap pegawai otomatis anggota pegawai)"
                                : " (diberikan oleh administrator di Admin)"));
                ok = false;
            } else if (!Groups.IMPORTABLE_ROLES.contains(role)) {
                errors.add(row.line(), PERAN, "Peran '" + role + "' tidak dikenal; pilihan: "
                        + String.join(", ", new TreeSet<>(Groups.IMPORTABLE_ROLES)));
                ok = false;
            } else {
                peran.add(role);
            }
        }
        return ok ? peran : null;
    }

    private Unit readUnit(CsvRow row, ImportErrors errors, boolean demo) {
        String kode = errors.required(row, UNIT_KODE);
        if (kode != null && !UNIT_CODE_PATTERN.matcher(kode).matches()) {
            errors.add(row.line(), UNIT_KODE, "Kode unit '" + kode
                    + "' hanya boleh huruf, angka, titik, garis bawah atau tanda hubung (paling banyak 40)");
            kode = null;
        }
        String nama = errors.required(row, UNIT_NAMA);
        if (nama != null) {
            nama = errors.maxLength(row, UNIT_NAMA, 200);
        }
        String induk = row.get(UNIT_INDUK);
        if (kode != null && kode.equals(induk)) {
            errors.add(row.line(), UNIT_INDUK, "Unit tidak boleh menjadi induknya sendiri");
            return null;
        }
        if (kode == null || nama == null) {
            return null;
        }
        return new Unit(kode, nama, induk.isEmpty() ? null : induk, demo);
    }

    private void checkUnitParents(Map<String, Unit> fileUnits, Map<String, Unit> storedUnits,
            Map<String, CsvRow> unitFirstRow, ImportErrors errors) {
        Map<String, String> parent = new HashMap<>();
        storedUnits.values().forEach(u -> parent.put(u.kode(), u.indukKode()));
        fileUnits.values().forEach(u -> parent.put(u.kode(), u.indukKode()));
        for (Unit unit : fileUnits.values()) {
            long line = unitFirstRow.get(unit.kode()).line();
            if (unit.indukKode() != null && !parent.containsKey(unit.indukKode())) {
                errors.add(line, UNIT_INDUK, "Unit induk " + unit.indukKode() + " tidak dikenal (tidak ada di berkas"
                        + " maupun di data tersimpan)");
            } else if (cycleFrom(unit.kode(), parent::get)) {
                errors.add(line, UNIT_INDUK, "Unit induk " + unit.indukKode() + " membuat lingkaran: unit "
                        + unit.kode() + " menjadi induk dirinya sendiri");
            }
        }
    }

    private void checkSupervisors(Map<String, Employee> incoming, Map<String, Employee> stored,
            Map<String, CsvRow> rowByNip, ImportErrors errors) {
        Map<String, String> atasan = new HashMap<>();
        stored.values().forEach(e -> atasan.put(e.nip(), e.nipAtasan()));
        rowByNip.forEach((nip, row) -> atasan.put(nip, row.get(NIP_ATASAN).isEmpty() ? null : row.get(NIP_ATASAN)));
        Set<String> reported = new HashSet<>();
        for (Employee e : incoming.values()) {
            if (e.nipAtasan() == null) {
                continue;
            }
            long line = rowByNip.get(e.nip()).line();
            if (!atasan.containsKey(e.nipAtasan())) {
                errors.add(line, NIP_ATASAN, "Atasan " + e.nipAtasan() + " tidak dikenal (tidak ada di berkas"
                        + " maupun di data tersimpan)");
            } else if (cycleFrom(e.nip(), atasan::get) && reported.add(e.nip())) {
                errors.add(line, NIP_ATASAN, "Atasan " + e.nipAtasan() + " membuat lingkaran atasan: "
                        + e.nip() + " akhirnya menjadi atasan dirinya sendiri");
            }
        }
    }

    /** Whether following {@code up} from {@code start} comes back to {@code start}. */
    static boolean cycleFrom(String start, Function<String, String> up) {
        Set<String> seen = new HashSet<>();
        String current = up.apply(start);
        while (current != null && seen.add(current)) {
            if (current.equals(start)) {
                return true;
            }
            current = up.apply(current);
        }
        return false;
    }

    /** SD ... S3, and the older SMA read as SLTA so earlier files still import unchanged. */
    private static Pendidikan pendidikan(CsvRow row, ImportErrors errors) {
        String value = errors.required(row, PENDIDIKAN);
        if (value == null) {
            return null;
        }
        Pendidikan pendidikan = Pendidikan.parse(value).orElse(null);
        if (pendidikan == null) {
            errors.add(row.line(), PENDIDIKAN, "Nilai '" + value + "' tidak dikenal; pilihan: " + Pendidikan.choices());
        }
        return pendidikan;
    }
}
