package id.jenjang.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aQuarterEndsOnTheLastDayOfItsThirdMonthAndAYearOn31December() {
        assertThat(Period.parse("2026-Q1").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Period.parse("2026-Q2").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Period.parse("2026-Q3").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Period.parse("2026-Q4").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Period.parse("2026").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void onTheLastDayOfAQuarterOnlyThatQuarterEndsAndOn31DecemberAlsoTheYear() {
        assertThat(Period.endingOn(LocalDate.of(2026, 6, 30))).extracting(Period::toString).containsExactly("2026-Q2");
        assertThat(Period.endingOn(LocalDate.of(2028, 3, 31))).extracting(Period::toString).containsExactly("2028-Q1");
        assertThat(Period.endingOn(LocalDate.of(2026, 12, 31))).extracting(Period::toString)
                .containsExactly("2026-Q4", "2026");
    }

    @Test
    void onAnyOtherDayNoPeriodEnds() {
        assertThat(Period.endingOn(LocalDate.of(2026, 6, 29))).isEmpty();
        assertThat(Period.endingOn(LocalDate.of(2026, 7, 1))).isEmpty();
        assertThat(Period.endingOn(LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(Period.endingOn(LocalDate.of(2026, 1, 31))).isEmpty();
    }
}
