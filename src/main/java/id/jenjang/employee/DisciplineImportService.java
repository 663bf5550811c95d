package id.jenjang.employee;

import id.jenjang.csvimport.CsvRow;
import id.jenjang.csvimport.CsvTable;
import id.jenjang.csvimport.ImportErrors;
import id.jenjang.csvimport.ImportMetrics;
import id.jenjang.csvimport.ImportResult;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discipline records, upserted by (nip, tingkat, mulai); an empty {@code selesai} means still running. An empty
 * {@code tingkat} is a case under examination, the level not decided yet (PP 94/2021: it blocks promotion too).
 * When the decided level is imported later with the same start date, it replaces the examination row rather
 * than standing beside it, so a decided case is not also still "under examination".
 */
@Service
public class DisciplineImportService {

    static final List<String> HEADER = List.of("nip", "tingkat", "mulai", "selesai", "keterangan");

    /** {@code tingkat} null: under examination. */
    private record Sanction(String nip, TingkatHukuman tingkat, LocalDate mulai, LocalDate selesai, String keterangan) {
        String key() {
            return nip + "|" + tingkat + "|" + mulai;
        }

        /** The key of the examination this decided sanction concludes. */
        String examinationKey() {
            return nip + "|null|" + mulai;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ImportMetrics metrics;

    public DisciplineImportService(JdbcClient jdbc, JdbcTemplate template, ImportMetrics metrics) {
        this.jdbc = jdbc;
        this.template = template;
        this.metrics = metrics;
    }

    @Transactional
    public ImportResult importCsv(String csv) {
        ImportErrors errors = new ImportErrors();
        List<CsvRow> rows = CsvTable.parse(csv, HEADER, errors);
        errors.throwIfAny();
        Set<String> known = Set.copyOf(jdbc.sql("SELECT nip FROM employee").query(String.class).list());
        Map<String, Sanction> stored = new HashMap<>();
        jdbc.sql("SELECT nip, tingkat, mulai, selesai, keterangan FROM discipline_record")
                .query((rs, i) -> new Sanction(rs.getString(1),
                        rs.getString(2) == null ? null : TingkatHukuman.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(), rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        rs.getString(5)))
                .list().forEach(s -> stored.put(s.key(), s));

        Map<String, CsvRow> seen = new HashMap<>();
        List<Sanction> incoming = new ArrayList<>();
        for (CsvRow row : rows) {
            String nip = errors.required(row, "nip");
            if (nip != null && !known.contains(nip)) {
                errors.add(row.line(), "nip", "Pegawai dengan NIP " + nip + " tidak dikenal; impor pegawai dahulu");
                nip = null;
            }
            // empty = under examination; anything else must be a known level
            boolean examined = row.get("tingkat").isBlank();
            TingkatHukuman tingkat = examined ? null : errors.enumValue(row, "tingkat", TingkatHukuman.class);
            LocalDate mulai = errors.date(row, "mulai");
            LocalDate selesai = errors.optionalDate(row, "selesai");
            if (mulai != null && selesai != null && selesai.isBefore(mulai)) {
                errors.add(row.line(), "selesai", "Tanggal selesai " + selesai + " sebelum tanggal mulai " + mulai);
                selesai = null;
                mulai = null;
            }
            String keterangan = errors.maxLength(row, "keterangan", 1000);
            if (nip == null || (tingkat == null && !examined) || mulai == null || keterangan == null) {
                continue;
            }
            Sanction sanction = new Sanction(nip, tingkat, mulai, selesai, keterangan);
            CsvRow earlier = seen.putIfAbsent(sanction.key(), row);
            if (earlier != null) {
                errors.add(row.line(), "mulai", "Hukuman yang sama (NIP, tingkat, mulai) sudah ada di baris "
                        + earlier.line());
                continue;
            }
            incoming.add(sanction);
        }
        errors.throwIfAny();

        List<Sanction> created = new ArrayList<>();
        List<Sanction> updated = new ArrayList<>();
        List<Sanction> decided = new ArrayList<>();
        for (Sanction s : incoming) {
            Sanction before = stored.get(s.key());
            if (before == null && s.tingkat() != null && stored.containsKey(s.examinationKey())) {
                decided.add(s);
            } else if (before == null) {
                created.add(s);
            } else if (!Objects.equals(before.selesai(), s.selesai()) || !before.keterangan().equals(s.keterangan())) {
                updated.add(s);
            }
        }
        template.batchUpdate("INSERT INTO discipline_record (nip, tingkat, mulai, selesai, keterangan)"
                + " VALUES (?, ?, ?, ?, ?)", created, 500, (ps, s) -> {
                    ps.setString(1, s.nip());
                    ps.setString(2, s.tingkat() == null ? null : s.tingkat().name());
                    ps.setDate(3, Date.valueOf(s.mulai()));
                    ps.setDate(4, s.selesai() == null ? null : Date.valueOf(s.selesai()));
                    ps.setString(5, s.keterangan());
                });
        // "tingkat IS NOT DISTINCT FROM ?" would match the examination rows too, but H2 and PostgreSQL spell
        // null-safe comparison alike only for IS NULL, hence two statements
        template.batchUpdate("UPDATE discipline_record SET selesai = ?, keterangan = ?"
                + " WHERE nip = ? AND tingkat = ? AND mulai = ?", updated.stream().filter(s -> s.tingkat() != null)
                        .toList(), 500, (ps, s) -> {
                    ps.setDate(1, s.selesai() == null ? null : Date.valueOf(s.selesai()));
                    ps.setString(2, s.keterangan());
                    ps.setString(3, s.nip());
                    ps.setString(4, s.tingkat().name());
                    ps.setDate(5, Date.valueOf(s.mulai()));
                });
        template.batchUpdate("UPDATE discipline_record SET selesai = ?, keterangan = ?"
                + " WHERE nip = ? AND tingkat IS NULL AND mulai = ?", updated.stream().filter(s -> s.tingkat() == null)
                        .toList(), 500, (ps, s) -> {
                    ps.setDate(1, s.selesai() == null ? null : Date.valueOf(s.selesai()));
                    ps.setString(2, s.keterangan());
                    ps.setString(3, s.nip());
                    ps.setDate(4, Date.valueOf(s.mulai()));
                });
        // the examination ended in a decision: the row takes the decided level
        template.batchUpdate("UPDATE discipline_record SET tingkat = ?, selesai = ?, keterangan = ?"
                + " WHERE nip = ? AND tingkat IS NULL AND mulai = ?", decided, 500, (ps, s) -> {
                    ps.setString(1, s.tingkat().name());
                    ps.setDate(2, s.selesai() == null ? null : Date.valueOf(s.selesai()));
                    ps.setString(3, s.keterangan());
                    ps.setString(4, s.nip());
                    ps.setDate(5, Date.valueOf(s.mulai()));
                });
        int changed = updated.size() + decided.size();
        ImportResult result = new ImportResult(created.size(), changed, incoming.size() - created.size() - changed);
        metrics.countWhenCommitted(ImportMetrics.DISCIPLINE, result);
        return result;
    }
}
