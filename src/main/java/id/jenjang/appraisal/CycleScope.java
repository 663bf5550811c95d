package id.jenjang.appraisal;

import id.jenjang.employee.EmployeeRepository;
import id.jenjang.employee.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a cycle appraises: active employees with a supervisor, in the cycle's unit and its sub-units (or all).
 * Read in NIP order, page by page after the last NIP seen, so 50,000 employees never sit in one query result.
 */
@Component
public class CycleScope {

    /** One employee to appraise, with what the task names and routing need. */
    public record Member(String nip, String nama, String jabatan, String unitKode, String unitNama, String raterNip,
            String raterNama, String reviewerNip, String reviewerNama) {
    }

    private static final String SELECT = "SELECT e.nip, e.nama, e.jabatan, e.unit_kode, u.nama AS unit_nama,"
            + " s.nip AS rater_nip, s.nama AS rater_nama, r.nip AS reviewer_nip, r.nama AS reviewer_nama"
            + " FROM employee e JOIN unit_kerja u ON u.kode = e.unit_kode"
            + " JOIN employee s ON s.nip = e.nip_atasan"
            + " LEFT JOIN employee r ON r.nip = s.nip_atasan"
            + " WHERE e.aktif AND e.nip > :after";

    private final JdbcClient jdbc;
    private final EmployeeRepository employees;

    public CycleScope(JdbcClient jdbc, EmployeeRepository employees) {
        this.jdbc = jdbc;
        this.employees = employees;
    }

    /** The unit and every unit below it; empty set for the whole organisation. */
    public Set<String> units(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return Set.of();
        }
        Map<String, Unit> all = employees.findAllUnits();
        Set<String> subtree = new HashSet<>(Set.of(unitCode));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Unit u : all.values()) {
                if (u.indukKode() != null && subtree.contains(u.indukKode()) && subtree.add(u.kode())) {
                    grew = true;
                }
            }
        }
        return subtree;
    }

    public int count(Set<String> units) {
        String sql = "SELECT COUNT(*) FROM employee e WHERE e.aktif AND e.nip_atasan IS NOT NULL"
                + " AND EXISTS (SELECT 1 FROM employee s WHERE s.nip = e.nip_atasan)";
        return inUnits(sql, "", units).query(Integer.class).single();
    }

    /** Up to {@code size} members after {@code afterNip}, up to {@code upToNip} inclusive when it is given. */
    public List<Member> page(Set<String> units, String afterNip, String upToNip, int size) {
        var statement = inUnits(SELECT, (upToNip == null ? "" : " AND e.nip <= :upTo") + " ORDER BY e.nip LIMIT :size",
                units).param("after", afterNip == null ? "" : afterNip).param("size", size);
        if (upToNip != null) {
            statement = statement.param("upTo", upToNip);
        }
        return statement.query((rs, i) -> new Member(rs.getString("nip"), rs.getString("nama"),
                        rs.getString("jabatan"), rs.getString("unit_kode"), rs.getString("unit_nama"),
                        rs.getString("rater_nip"), rs.getString("rater_nama"), rs.getString("reviewer_nip"),
                        rs.getString("reviewer_nama")))
                .list();
    }

    /**
     * Splits the scope into {@code lanes} NIP ranges of about equal size: the lower bounds (exclusive), the first
     * "". Lane i runs from its bound to the next lane's bound (inclusive); the last lane has no upper bound, so
     * an employee added while the cycle opens is still in some lane.
     */
    public List<String> laneBounds(Set<String> units, int total, int lanes) {
        List<String> bounds = new ArrayList<>(List.of(""));
        for (int lane = 1; lane < lanes; lane++) {
            inUnits(SELECT, " ORDER BY e.nip LIMIT 1 OFFSET :offset", units).param("after", "")
                    .param("offset", (long) total * lane / lanes - 1)
                    .query((rs, i) -> rs.getString("nip")).optional()
                    .filter(nip -> nip.compareTo(bounds.get(bounds.size() - 1)) > 0).ifPresent(bounds::add);
        }
        return bounds;
    }

    /** {@code where} narrowed to the units (none: the whole organisation), then {@code rest}. */
    private JdbcClient.StatementSpec inUnits(String where, String rest, Set<String> units) {
        if (units.isEmpty()) {
            return jdbc.sql(where + rest);
        }
        return jdbc.sql(where + " AND e.unit_kode IN (:units)" + rest).param("units", units);
    }

    /** The unit an employee's result is calibrated in: the cycle's unit, else the top of the employee's tree. */
    public String calibrationUnit(String unitKode, String cycleUnit, Map<String, Unit> allUnits) {
        if (cycleUnit != null && !cycleUnit.isBlank()) {
            return cycleUnit;
        }
        String current = unitKode;
        for (int depth = 0; depth < 50; depth++) {
            Unit unit = allUnits.get(current);
            if (unit == null || unit.indukKode() == null) {
                return current;
            }
            current = unit.indukKode();
        }
        return current;
    }
}
