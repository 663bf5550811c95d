package id.jenjang.csvimport;

/** One problem in an uploaded file; {@code column} is the header name, or null when the whole line is wrong. */
public record ImportError(long line, String column, String message) {
}
