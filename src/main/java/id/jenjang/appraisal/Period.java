package id.jenjang.appraisal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An appraisal period: {@code 2026-Q1} ... {@code 2026-Q4} (quarterly) or {@code 2026} (annual). */
public record Period(int year, Integer quarter) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})(?:-Q([1-4]))?$");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public static Optional<Period> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Period(Integer.parseInt(m.group(1)), m.group(2) == null ? null
                : Integer.parseInt(m.group(2))));
    }

    public boolean annual() {
        return quarter == null;
    }

    /** What people read: "Triwulan IV 2026" or "Tahunan 2026". */
    public String label() {
        return annual() ? "Tahunan " + year : "Triwulan " + ROMAN[quarter - 1] + " " + year;
    }

    @Override
    public String toString() {
        return annual() ? String.valueOf(year) : year + "-Q" + quarter;
    }
}
