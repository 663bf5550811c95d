package id.jenjang.employee;

/** Highest education, lowest first. */
public enum Pendidikan {
    SMA, D3, D4, S1, S2, S3
}
