package id.jenjang.csvimport;

import java.util.Map;

/** One data line of an upload, values trimmed, addressed by header name. */
public record CsvRow(long line, Map<String, String> values) {

    public String get(String column) {
        return values.getOrDefault(column, "");
    }
}
