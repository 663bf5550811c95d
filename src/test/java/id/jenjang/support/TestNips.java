package id.jenjang.support;

import java.time.LocalDate;

/** Valid, distinct NIPs outside the demo organisation's range (births in the 1960s-70s, appointed 1995). */
public final class TestNips {

    private TestNips() {
    }

    /** Birth date moves by {@code n} days from 1963-01-01, so every n gives another NIP. */
    public static String nip(int n) {
        LocalDate born = LocalDate.of(1963, 1, 1).plusDays(n);
        return String.format("%04d%02d%02d199501%d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                1 + n % 2, n % 1000);
    }
}
