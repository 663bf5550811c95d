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
 * Parses an upload whose header must be exactly the contract's columns. Structural problems (header, column
 * count, broken quoting) are collected like field errors so the caller answers them all at once.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvTable() {
    }

    public static List<CsvRow> parse(String body, List<String> header, ImportErrors errors) {
        String text = body == null ? "" : body.replace("\uFEFF", "");
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            boolean headerSeen = false;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (!headerSeen) {
                    headerSeen = true;
                    if (!cells.equals(header)) {
                        errors.add(line, null, "Baris judul harus persis: " + String.join(",", header));
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
                }
                rows.add(new CsvRow(line, values));
            }
            if (!headerSeen) {
                errors.add(1, null, "Berkas kosong: baris judul " + String.join(",", header) + " tidak ada");
            } else if (rows.isEmpty() && errors.isEmpty()) {
                errors.add(2, null, "Berkas tidak berisi baris data");
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1, null,
                    "Format CSV rusak (tanda kutip tidak tertutup?): " + e.getMessage());
        }
        return rows;
    }
}
