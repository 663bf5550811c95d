package id.jenjang.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The KP period date (Peraturan BKN 4/2025: the 1st of every month) and the annual results due on it. */
class KpPeriodTest {

    @ParameterizedTest(name = "a nomination on {0} is for the period {1}")
    @CsvSource({"2026-12-01, 2026-12-01", "2026-12-02, 2027-01-01", "2026-12-31, 2027-01-01",
            "2027-02-28, 2027-03-01"})
    void aNominationIsForThatDayWhenItIsTheFirstOtherwiseForTheNextFirst(LocalDate day, LocalDate period) {
        assertThat(KpPeriod.forNomination(day)).isEqualTo(period);
    }

    @ParameterizedTest(name = "on {0} the last annual result due is {1}")
    @CsvSource({"2027-01-01, 2025", "2027-01-31, 2025", "2027-02-01, 2026", "2027-12-01, 2026"})
    void theLastAnnualResultDueIsTheYearBeforeFromFebruary(LocalDate period, int year) {
        assertThat(KpPeriod.lastAnnualYear(period)).isEqualTo(year);
    }
}
