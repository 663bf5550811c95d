package id.jenjang.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** The day an appraisal of this period is judged on: 2026-06-30 for 2026-Q2, 2026-12-31 for 2026. */
    public LocalDate lastDay() {
        int month = annual() ? 12 : quarter * 3;
        return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
    }

    /** The periods whose last day is {@code date}: none, one quarter, or (on 31 December) Q4 and the year. */
    public static List<Period> endingOn(LocalDate date) {
        List<Period> periods = new ArrayList<>();
        Period quarter = new Period(date.getYear(), (date.getMonthValue() + 2) / 3);
        if (quarter.lastDay().equals(date)) {
            periods.add(quarter);
        }
        if (date.getMonthValue() == 12 && date.getDayOfMonth() == 31) {
            periods.add(new Period(date.getYear(), null));
        }
        return periods;
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
