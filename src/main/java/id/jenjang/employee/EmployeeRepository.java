package id.jenjang.employee;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units and employees in the project's own tables (Flyway V1). */
@Repository
public class EmployeeRepository {

    private static final String EMPLOYEE_COLUMNS = "nip, nama, email, unit_kode, jabatan, jenis_jabatan, golongan,"
            + " tmt_golongan, pendidikan, nip_atasan, peran, aktif, tmt_jabatan, penugasan, demo";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public EmployeeRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Employee> find(String nip) {
        return jdbc.sql("SELECT " + EMPLOYEE_COLUMNS + " FROM employee WHERE nip = ?")
                .param(nip).query(EmployeeRepository::employee).optional();
    }

    public Map<String, Employee> findAll() {
        Map<String, Employee> all = new LinkedHashMap<>();
        jdbc.sql("SELECT " + EMPLOYEE_COLUMNS + " FROM employee ORDER BY nip")
                .query(EmployeeRepository::employee).list()
                .forEach(e -> all.put(e.nip(), e));
        return all;
    }

    /**
     * Up to {@code size} active employees after {@code afterNip} in NIP order (keyset paging on the primary key):
     * a walk over the whole organisation in pieces, none of which holds all 50,000 or depends on an offset that
     * shifts when an import adds employees meanwhile.
     */
    public List<Employee> activeAfter(String afterNip, int size) {
        return jdbc.sql("SELECT " + EMPLOYEE_COLUMNS + " FROM employee WHERE aktif AND nip > ? ORDER BY nip LIMIT ?")
                .params(afterNip == null ? "" : afterNip, size).query(EmployeeRepository::employee).list();
    }

    public Map<String, Unit> findAllUnits() {
        Map<String, Unit> all = new LinkedHashMap<>();
        jdbc.sql("SELECT kode, nama, induk_kode, demo FROM unit_kerja ORDER BY kode")
                .query((rs, i) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list()
                .forEach(u -> all.put(u.kode(), u));
        return all;
    }

    public Optional<Unit> findUnit(String kode) {
        return jdbc.sql("SELECT kode, nama, induk_kode, demo FROM unit_kerja WHERE kode = ?").param(kode)
                .query((rs, i) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    public long countEmployees() {
        return jdbc.sql("SELECT COUNT(*) FROM employee").query(Long.class).single();
    }

    /**
     * Writes units parents first: the parent FK must hold after every statement, and a file may bring a
     * whole new subtree.
     */
    public void upsertUnits(List<Unit> inserts, List<Unit> updates) {
        // parents may be new too: insert without parent, then set every parent in a second pass
        template.batchUpdate("INSERT INTO unit_kerja (kode, nama, induk_kode, demo) VALUES (?, ?, NULL, ?)",
                inserts, 500, (ps, u) -> {
                    ps.setString(1, u.kode());
                    ps.setString(2, u.nama());
                    ps.setBoolean(3, u.demo());
                });
        List<Unit> all = new ArrayList<>(inserts);
        all.addAll(updates);
        template.batchUpdate("UPDATE unit_kerja SET nama = ?, induk_kode = ? WHERE kode = ?",
                all, 500, (ps, u) -> {
                    ps.setString(1, u.nama());
                    ps.setString(2, u.indukKode());
                    ps.setString(3, u.kode());
                });
    }

    public void insertEmployees(Collection<Employee> employees) {
        template.batchUpdate("INSERT INTO employee (" + EMPLOYEE_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                employees, 500, (ps, e) -> {
                    bindData(ps, e);
                    ps.setBoolean(15, e.demo());
                });
    }

    public void updateEmployees(Collection<Employee> employees) {
        template.batchUpdate("UPDATE employee SET nip = ?, nama = ?, email = ?, unit_kode = ?, jabatan = ?,"
                        + " jenis_jabatan = ?, golongan = ?, tmt_golongan = ?, pendidikan = ?, nip_atasan = ?,"
                        + " peran = ?, aktif = ?, tmt_jabatan = ?, penugasan = ?, updated_at = CURRENT_TIMESTAMP"
                        + " WHERE nip = ?",
                employees, 500, (ps, e) -> {
                    bindData(ps, e);
                    ps.setString(15, e.nip());
                });
    }

    /** Supervisors above {@code nip}, nearest first. */
    public List<String> supervisorChain(String nip) {
        List<String> chain = new ArrayList<>();
        String current = nip;
        // bounded: the import refuses cycles, the bound guards against rows edited by hand
        for (int depth = 0; depth < 50; depth++) {
            String above = jdbc.sql("SELECT nip_atasan FROM employee WHERE nip = ?").param(current)
                    .query(String.class).optional().orElse(null);
            if (above == null || chain.contains(above)) {
                break;
            }
            chain.add(above);
            current = above;
        }
        return chain;
    }

    private static void bindData(java.sql.PreparedStatement ps, Employee e) throws SQLException {
        ps.setString(1, e.nip());
        ps.setString(2, e.nama());
        ps.setString(3, e.email());
        ps.setString(4, e.unitKode());
        ps.setString(5, e.jabatan());
        ps.setString(6, e.jenisJabatan().name());
        ps.setString(7, e.golongan().label());
        ps.setDate(8, Date.valueOf(e.tmtGolongan()));
        ps.setString(9, e.pendidikan().name());
        ps.setString(10, e.nipAtasan());
        ps.setString(11, joinPeran(e.peran()));
        ps.setBoolean(12, e.aktif());
        ps.setDate(13, e.tmtJabatan() == null ? null : Date.valueOf(e.tmtJabatan()));
        ps.setString(14, e.penugasan() == null ? null : e.penugasan().name());
    }

    static String joinPeran(Set<String> peran) {
        return String.join(";", new TreeSet<>(peran));
    }

    static Set<String> splitPeran(String peran) {
        if (peran == null || peran.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(peran.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Employee employee(ResultSet rs, int row) throws SQLException {
        return new Employee(
                rs.getString("nip"),
                rs.getString("nama"),
                rs.getString("email"),
                rs.getString("unit_kode"),
                rs.getString("jabatan"),
                JenisJabatan.valueOf(rs.getString("jenis_jabatan")),
                Golongan.fromLabel(rs.getString("golongan")).orElseThrow(),
                rs.getDate("tmt_golongan").toLocalDate(),
                rs.getDate("tmt_jabatan") == null ? null : rs.getDate("tmt_jabatan").toLocalDate(),
                rs.getString("penugasan") == null ? null : Penugasan.valueOf(rs.getString("penugasan")),
                Pendidikan.parse(rs.getString("pendidikan")).orElseThrow(),
                rs.getString("nip_atasan"),
                splitPeran(rs.getString("peran")),
                rs.getBoolean("aktif"),
                rs.getBoolean("demo"));
    }
}
