package id.jenjang.employee;

/** A work unit; {@code indukKode} is the parent unit, null at the top of the tree. */
public record Unit(String kode, String nama, String indukKode, boolean demo) {
}
