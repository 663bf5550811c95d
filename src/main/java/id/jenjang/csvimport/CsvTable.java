package id.jenjang.csvimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses an upload whose header must be exactly the contract's columns, optionally followed by columns the
 * contract added later (in their order, each only after the one before). Structural problems (header, column
 * count, broken quoting) are collected like field errors so the caller answers them all at once, and so are
 * cells that {@link TextRules} refuses (control characters, spreadsheet formulas), with their line and column.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvTable() {
    }

    public static List<CsvRow> parse(String body, List<String> header, ImportErrors errors) {
        return parse(body, header, List.of(), errors);
    }

    /**
     * @param optional columns a file may add after {@code required}: any of them, each once, in this order. A row
     *                 has a value (possibly empty) for every column of its file's header, so {@link CsvRow#has}
     *                 tells an empty cell from a column the file does not have.
     */
    public static List<CsvRow> parse(String body, List<String> required, List<String> optional,
            ImportErrors errors) {
        List<String> header = required;
        String text = body == null ? "" : body.replace("\uFEFF", "");
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            boolean headerSeen = false;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (!headerSeen) {
                    headerSeen = true;
                    header = acceptedHeader(cells, required, optional);
                    if (header == null) {
                        errors.add(line, null, "Baris judul harus persis: " + String.join(",", required)
                                + (optional.isEmpty() ? "" : " (boleh ditambah di akhir, masing-masing sekali dan"
                                        + " berurutan: " + String.join(",", optional) + ")"));
                        return rows;
                    }
                    continue;
                }
                if (cells.size() != header.size()) {
                    errors.add(line, null, "Jumlah kolom " + cells.size() + ", seharusnya " + header.size());
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), cells.get(i));
                    // every cell, whatever the import: nothing that a spreadsheet would run or that a database
                    // would choke on gets past the parser
                    String column = header.get(i);
                    TextRules.problem(cells.get(i)).ifPresent(problem -> errors.add(line, column, problem));
                }
                rows.add(new CsvRow(line, values));
            }
            if (!headerSeen) {
                errors.add(1, null, "Berkas kosong: baris judul " + String.join(",", required) + " tidak ada");
            } else if (rows.isEmpty() && errors.isEmpty()) {
                errors.add(2, null, "Berkas tidak berisi baris data");
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1, null,
                    "Format CSV rusak (tanda kutip tidak tertutup?): " + e.getMessage());
        }
        return rows;
    }

    /** The file's header when it is the required columns plus some of the optional ones in order; null otherwise. */
    private static List<String> acceptedHeader(List<String> cells, List<String> required, List<String> optional) {
        if (cells.size() < required.size() || !cells.subList(0, required.size()).equals(required)) {
            return null;
        }
        int next = 0;
        for (String extra : cells.subList(required.size(), cells.size())) {
            int at = optional.subList(next, optional.size()).indexOf(extra);
            if (at < 0) {
                return null;
            }
            next += at + 1;
        }
        return cells;
    }
}
