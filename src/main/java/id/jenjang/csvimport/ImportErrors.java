package id.jenjang.csvimport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects every problem of an upload with its line and column, so one answer lists them all. The field
 * helpers return null when the value is bad, after recording why.
 */
public final class ImportErrors {

    /** Enough to fix a file; a 5,000-line file of garbage should not produce a 5 MB answer. */
    static final int MAX_REPORTED = 500;

    private final List<ImportError> errors = new ArrayList<>();
    private int total;

    public void add(long line, String column, String message) {
        total++;
        if (errors.size() < MAX_REPORTED) {
            errors.add(new ImportError(line, column, message));
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Rejects the import when anything was recorded. */
    public void throwIfAny() {
        if (total == 0) {
            return;
        }
        List<ImportError> answer = new ArrayList<>(errors);
        if (total > errors.size()) {
            answer.add(new ImportError(0, null, (total - errors.size()) + " kesalahan lain tidak ditampilkan"));
        }
        throw new ImportRejectedException(answer);
    }

    public String required(CsvRow row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            add(row.line(), column, "Wajib diisi");
            return null;
        }
        return value;
    }

    public String maxLength(CsvRow row, String column, int max) {
        String value = row.get(column);
        if (value.length() > max) {
            add(row.line(), column, "Terlalu panjang: " + value.length() + " karakter, paling banyak " + max);
            return null;
        }
        return value;
    }

    /** Required ISO date (YYYY-MM-DD). */
    public LocalDate date(CsvRow row, String column) {
        String value = required(row, column);
        return value == null ? null : parseDate(row, column, value);
    }

    /** Optional ISO date: empty gives null without an error. */
    public LocalDate optionalDate(CsvRow row, String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : parseDate(row, column, value);
    }

    private LocalDate parseDate(CsvRow row, String column, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            add(row.line(), column, "Tanggal '" + value + "' tidak valid; gunakan format YYYY-MM-DD");
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(CsvRow row, String column, Class<E> type) {
        String value = required(row, column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(row.line(), column, "Nilai '" + value + "' tidak dikenal; pilihan: " + names(type));
            return null;
        }
    }

    public String oneOf(CsvRow row, String column, Set<String> allowed) {
        String value = required(row, column);
        if (value != null && !allowed.contains(value)) {
            add(row.line(), column, "Nilai '" + value + "' tidak dikenal; pilihan: " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
