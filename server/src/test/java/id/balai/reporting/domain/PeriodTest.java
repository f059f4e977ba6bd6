package id.balai.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;

class PeriodTest {

    @Test
    void boundsAreTheTenantsLocalDays() {
        Period p = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        assertThat(p.start(wib)).isEqualTo(Instant.parse("2025-12-31T17:00:00Z"));
        assertThat(p.end(wib)).isEqualTo(Instant.parse("2026-01-31T17:00:00Z"));
    }

    @Test
    void aYearIsTheLongestPeriodAndTheEndMayNotPrecedeTheStart() {
        assertThat(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).to()).isNotNull();
        assertThatThrownBy(() -> new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("PERIOD_TOO_LONG");
        assertThatThrownBy(() -> new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("PERIOD_REVERSED");
        assertThatThrownBy(() -> new Period(null, LocalDate.of(2024, 1, 31)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("FIELD_REQUIRED");
    }

    @Test
    void overdueIsPastTheDueDateUnansweredOrAnsweredLate() {
        LocalDate due = LocalDate.of(2026, 3, 10);
        assertThat(JournalEntry.overdue(true, due, null, due)).isFalse();
        assertThat(JournalEntry.overdue(true, due, null, due.plusDays(1))).isTrue();
        assertThat(JournalEntry.overdue(false, due, due, due.plusDays(5))).isFalse();
        assertThat(JournalEntry.overdue(false, due, due.plusDays(1), due.plusDays(5))).isTrue();
        assertThat(JournalEntry.overdue(false, due, null, due.plusDays(5))).isFalse();
    }
}
