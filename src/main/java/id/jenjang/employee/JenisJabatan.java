package id.jenjang.employee;

/** Kind of post; decides who rates whom and which promotion rules apply. */
public enum JenisJabatan {
    JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA
}
