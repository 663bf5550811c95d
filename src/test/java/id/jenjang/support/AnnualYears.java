package id.jenjang.support;

import id.jenjang.promotion.KpPeriod;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The two annual results a nomination made today is judged on ({@link KpPeriod}: the KP period it is for, and the
 * years whose result must be final on that date), read on the application's clock. A test that writes a
 * candidate's history or expects a reason naming the years takes them from here: literal years would test
 * something else once the period passes 1 February (from 2 January 2027 a nomination needs 2026 and 2025).
 *
 * @param period the KP period a nomination made today is for
 * @param latest the latest year whose annual result must be final on {@code period}
 */
public record AnnualYears(LocalDate period, int latest) {

    /** For a nomination made today by the application's {@code clock} (the Clock bean of ClockConfig). */
    public static AnnualYears forNominationToday(Clock clock) {
        LocalDate period = KpPeriod.forNomination(LocalDate.now(clock));
        return new AnnualYears(period, KpPeriod.lastAnnualYear(period));
    }

    /** The latest year, as annual_result.periode holds it ("2025"). */
    public String last() {
        return String.valueOf(latest);
    }

    /** The year before the latest, the other one KP reguler looks at. */
    public String previous() {
        return String.valueOf(latest - 1);
    }
}
