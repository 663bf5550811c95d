package id.jenjang.csvimport;

import java.util.Map;

/** One data line of an upload, values trimmed, addressed by header name. */
public record CsvRow(long line, Map<String, String> values) {

    public String get(String column) {
        return values.getOrDefault(column, "");
    }

    /** Whether the file has this column at all (an optional column may be absent; a present one may be empty). */
    public boolean has(String column) {
        return values.containsKey(column);
    }
}
