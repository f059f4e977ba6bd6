package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;

class DispatchDueTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-16");
    private static final LocalDate STANDARD = LocalDate.parse("2026-03-23");

    @Test
    void withoutARequestTheStandardsDateHolds() {
        assertThat(DispatchDue.of(null, TODAY, STANDARD)).isEqualTo(STANDARD);
    }

    @Test
    void todayTheStandardsDateAndAnythingBetweenAreAccepted() {
        assertThat(DispatchDue.of(TODAY, TODAY, STANDARD)).isEqualTo(TODAY);
        assertThat(DispatchDue.of(STANDARD, TODAY, STANDARD)).isEqualTo(STANDARD);
        assertThat(DispatchDue.of(LocalDate.parse("2026-03-19"), TODAY, STANDARD)).isEqualTo(
                LocalDate.parse("2026-03-19"));
    }

    @Test
    void aDayAfterTheStandardOrBeforeTodayIsRefusedWithItsOwnCodeOnTheField() {
        assertThatThrownBy(() -> DispatchDue.of(STANDARD.plusDays(1), TODAY, STANDARD))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("DUE_DATE_BEYOND_STANDARD");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.field()).contains("dueOn");
                });
        assertThatThrownBy(() -> DispatchDue.of(TODAY.minusDays(1), TODAY, STANDARD))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("DUE_DATE_IN_PAST"));
    }
}
