package id.jenjang.promotion;

import id.jenjang.appraisal.Predikat;
import id.jenjang.employee.TingkatHukuman;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parts of an employee's record that eligibility reads besides the employee row: discipline sanctions and
 * annual results. Read-only; the imports and the appraisal process own these tables.
 */
@Repository
class PromotionRecords {

    /**
     * A sanction as recorded; {@code selesai} null means still being served or examined, {@code tingkat} null
     * means under examination, the level not decided yet.
     */
    record Sanction(TingkatHukuman tingkat, LocalDate mulai, LocalDate selesai) {

        boolean underExamination() {
            return tingkat == null;
        }
    }

    private final JdbcClient jdbc;

    PromotionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All sanctions of the employee, latest first. */
    List<Sanction> sanctions(String nip) {
        return jdbc.sql("SELECT tingkat, mulai, selesai FROM discipline_record WHERE nip = ? ORDER BY mulai DESC")
                .param(nip)
                .query((rs, i) -> new Sanction(rs.getString(1) == null ? null
                        : TingkatHukuman.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
                .list();
    }

    /** Annual results (periode 'YYYY') by year, latest first; quarterly periods are not annual results. */
    Map<Integer, Predikat> annualResults(String nip) {
        Map<Integer, Predikat> byYear = new LinkedHashMap<>();
        jdbc.sql("SELECT periode, predikat FROM annual_result WHERE nip = ? ORDER BY periode DESC").param(nip)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .filter(e -> e.getKey().matches("\\d{4}"))
                .forEach(e -> byYear.put(Integer.valueOf(e.getKey()), Predikat.valueOf(e.getValue())));
        return byYear;
    }
}
