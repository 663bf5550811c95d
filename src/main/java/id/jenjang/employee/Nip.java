package id.jenjang.employee;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * NIP: 18 digits = birth date YYYYMMDD, CPNS appointment YYYYMM, sex 1/2, sequence NNN. Checking the parts
 * catches the usual spreadsheet damage (numbers turned into 1.97E+17, dropped leading digits, swapped fields).
 */
public final class Nip {

    /** Youngest age at which someone can be appointed as CPNS. */
    static final int MIN_APPOINTMENT_AGE = 18;
    static final int EARLIEST_BIRTH_YEAR = 1940;

    private Nip() {
    }

    /** Empty when the NIP is plausible on {@code today}; otherwise the problem, in Bahasa Indonesia. */
    public static Optional<String> problem(String nip, LocalDate today) {
        if (nip == null || !nip.matches("\\d{18}")) {
            return Optional.of("NIP harus 18 angka, bukan '" + nip + "'");
        }
        LocalDate born;
        try {
            born = LocalDate.of(num(nip, 0, 4), num(nip, 4, 6), num(nip, 6, 8));
        } catch (DateTimeException e) {
            return Optional.of("NIP: tanggal lahir " + nip.substring(0, 8) + " bukan tanggal yang ada");
        }
        if (born.getYear() < EARLIEST_BIRTH_YEAR || born.isAfter(today.minusYears(MIN_APPOINTMENT_AGE))) {
            return Optional.of("NIP: tanggal lahir " + born + " tidak masuk akal untuk ASN");
        }
        int month = num(nip, 12, 14);
        if (month < 1 || month > 12) {
            return Optional.of("NIP: bulan pengangkatan " + nip.substring(8, 14) + " tidak valid");
        }
        YearMonth appointed = YearMonth.of(num(nip, 8, 12), month);
        if (appointed.isAfter(YearMonth.from(today))) {
            return Optional.of("NIP: pengangkatan " + appointed + " ada di masa depan");
        }
        if (appointed.isBefore(YearMonth.from(born.plusYears(MIN_APPOINTMENT_AGE)))) {
            return Optional.of("NIP: pengangkatan " + appointed + " sebelum usia " + MIN_APPOINTMENT_AGE + " tahun");
        }
        char sex = nip.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of("NIP: digit jenis kelamin (ke-15) harus 1 atau 2, bukan " + sex);
        }
        return Optional.empty();
    }

    /** NIP shown to the public: all but the last four digits hidden. */
    public static String masked(String nip) {
        if (nip == null || nip.length() < 4) {
            return "****";
        }
        return "*".repeat(nip.length() - 4) + nip.substring(nip.length() - 4);
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }
}
