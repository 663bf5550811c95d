package id.jenjang.csvimport;

public record ImportResult(int created, int updated, int unchanged) {
}
