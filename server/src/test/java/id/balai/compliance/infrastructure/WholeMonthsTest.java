package id.balai.compliance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Which months of a period the provincial reads take from the month roll-up. */
class WholeMonthsTest {

    private static WholeMonths of(String from, String to) {
        return WholeMonths.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aYearIsTwelveWholeMonths() {
        assertThat(of("2025-01-01", "2025-12-31")).extracting(WholeMonths::from, WholeMonths::until)
                .containsExactly(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01"));
    }

    @Test
    void aYearToDateEndsBeforeTheMonthUnderWay() {
        WholeMonths m = of("2026-01-01", "2026-11-20");
        assertThat(m.from()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(m.until()).isEqualTo(LocalDate.parse("2026-11-01"));
    }

    @Test
    void aPeriodBeginningInsideAMonthStartsWithTheNextOne() {
        WholeMonths m = of("2026-01-15", "2026-03-31");
        assertThat(m.from()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(m.until()).isEqualTo(LocalDate.parse("2026-04-01"));
    }

    @Test
    void aPeriodInsideOneMonthHasNone() {
        WholeMonths m = of("2026-01-15", "2026-01-20");
        assertThat(m.from()).isEqualTo(m.until());
        WholeMonths acrossTwo = of("2026-01-15", "2026-02-10");
        assertThat(acrossTwo.from()).isEqualTo(acrossTwo.until());
    }

    @Test
    void aSingleWholeMonthAndALeapFebruary() {
        WholeMonths m = of("2028-02-01", "2028-02-29");
        assertThat(m.from()).isEqualTo(LocalDate.parse("2028-02-01"));
        assertThat(m.until()).isEqualTo(LocalDate.parse("2028-03-01"));
    }
}
