package id.jenjang.appraisal;

import id.jenjang.csvimport.CsvRow;
import id.jenjang.csvimport.CsvTable;
import id.jenjang.csvimport.ImportErrors;
import id.jenjang.csvimport.ImportMetrics;
import id.jenjang.csvimport.ImportResult;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Historical annual results ({@code nip,periode,predikat}), upserted by (nip, periode). */
@Service
public class AppraisalHistoryImportService {

    static final List<String> HEADER = List.of("nip", "periode", "predikat");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final ImportMetrics metrics;

    public AppraisalHistoryImportService(JdbcClient jdbc, JdbcTemplate template, Clock clock,
            ImportMetrics metrics) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
        this.metrics = metrics;
    }

    private record Result(String nip, String periode, Predikat predikat) {
    }

    @Transactional
    public ImportResult importCsv(String csv) {
        ImportErrors errors = new ImportErrors();
        List<CsvRow> rows = CsvTable.parse(csv, HEADER, errors);
        errors.throwIfAny();
        Set<String> known = Set.copyOf(jdbc.sql("SELECT nip FROM employee").query(String.class).list());
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("SELECT nip, periode, predikat FROM annual_result")
                .query((rs, i) -> Map.entry(rs.getString(1) + "|" + rs.getString(2), rs.getString(3)))
                .list().forEach(e -> stored.put(e.getKey(), e.getValue()));
        int thisYear = Year.now(clock).getValue();

        Map<String, CsvRow> seen = new HashMap<>();
        List<Result> incoming = new ArrayList<>();
        for (CsvRow row : rows) {
            String nip = errors.required(row, "nip");
            if (nip != null && !known.contains(nip)) {
                errors.add(row.line(), "nip", "Pegawai dengan NIP " + nip + " tidak dikenal; impor pegawai dahulu");
                nip = null;
            }
            String periode = errors.required(row, "periode");
            if (periode != null && (!periode.matches("\\d{4}") || Integer.parseInt(periode) < 2000
                    || Integer.parseInt(periode) > thisYear)) {
                errors.add(row.line(), "periode", "Periode tahunan '" + periode
                        + "' tidak valid; tulis tahunnya (2000 sampai " + thisYear + ")");
                periode = null;
            }
            Predikat predikat = errors.enumValue(row, "predikat", Predikat.class);
            if (nip == null || periode == null || predikat == null) {
                continue;
            }
            CsvRow earlier = seen.putIfAbsent(nip + "|" + periode, row);
            if (earlier != null) {
                errors.add(row.line(), "periode", "Hasil " + nip + " untuk " + periode + " sudah ada di baris "
                        + earlier.line());
                continue;
            }
            incoming.add(new Result(nip, periode, predikat));
        }
        errors.throwIfAny();

        List<Result> created = new ArrayList<>();
        List<Result> updated = new ArrayList<>();
        for (Result r : incoming) {
            String before = stored.get(r.nip() + "|" + r.periode());
            if (before == null) {
                created.add(r);
            } else if (!before.equals(r.predikat().name())) {
                updated.add(r);
            }
        }
        template.batchUpdate("INSERT INTO annual_result (nip, periode, predikat, sumber) VALUES (?, ?, ?, 'IMPORT')",
                created, 500, (ps, r) -> {
                    ps.setString(1, r.nip());
                    ps.setString(2, r.periode());
                    ps.setString(3, r.predikat().name());
                });
        template.batchUpdate("UPDATE annual_result SET predikat = ?, sumber = 'IMPORT' WHERE nip = ? AND periode = ?",
                updated, 500, (ps, r) -> {
                    ps.setString(1, r.predikat().name());
                    ps.setString(2, r.nip());
                    ps.setString(3, r.periode());
                });
        ImportResult result = new ImportResult(created.size(), updated.size(),
                incoming.size() - created.size() - updated.size());
        metrics.countWhenCommitted(ImportMetrics.APPRAISAL_HISTORY, result);
        return result;
    }
}
