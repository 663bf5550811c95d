package id.jenjang.promotion;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The KP period a promotion is judged for (domain rules §3 "Dates"): from 1 October 2025 the 1st of every month
 * (Peraturan BKN 4/2025). Eligibility counts years in rank, running sanctions and the annual results on that
 * date, and the decree's new TMT golongan is that date, not the day the SK is signed.
 */
public final class KpPeriod {

    /**
     * The day from which the annual result of the year before is expected to be final. The annual appraisal is
     * settled early in the following year; BELUM DIVERIFIKASI: the exact day is not read in a regulation yet
     * (candidate for configuration with its source).
     */
    static final MonthDay ANNUAL_RESULT_FINAL_BY = MonthDay.of(2, 1);

    private KpPeriod() {
    }

    /**
     * The period a nomination made on {@code day} is for: that day when it is a 1st (the monthly sweep runs on
     * the 1st), otherwise the next 1st. The sweep and a nomination for the same person on the same day agree.
     */
    public static LocalDate forNomination(LocalDate day) {
        return day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(1).plusMonths(1);
    }

    /**
     * The latest year whose annual result must be final on {@code period}: the year before it once
     * {@link #ANNUAL_RESULT_FINAL_BY} has passed, otherwise the year before that. The year the period falls in is
     * never final on it.
     */
    public static int lastAnnualYear(LocalDate period) {
        return period.isBefore(ANNUAL_RESULT_FINAL_BY.atYear(period.getYear())) ? period.getYear() - 2
                : period.getYear() - 1;
    }
}
