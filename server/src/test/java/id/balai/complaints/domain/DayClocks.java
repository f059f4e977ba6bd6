package id.balai.complaints.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case's clocks for rule tests: calendar days stand in for working days (verify and dispatch in 3, follow up in 5,
 * close by itself in 10, reopen within 10), and every act happens on {@link #today}, which a test may move. The rules,
 * not the calendar, are under test where this is used; the calendar has its own tests.
 */
public final class DayClocks implements Clocks {
    LocalDate today;

    DayClocks(LocalDate today) {
        this.today = today;
    }

    /** The clocks of Monday 16 March 2026, the day most rule tests act on. */
    public static DayClocks onMonday16March2026() {
        return new DayClocks(LocalDate.parse("2026-03-16"));
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public LocalDate dateOf(Instant at) {
        return today;
    }

    @Override
    public LocalDate verifyDispatchDue(LocalDate on) {
        return on.plusDays(3);
    }

    @Override
    public LocalDate followUpDue(LocalDate on) {
        return on.plusDays(5);
    }

    @Override
    public LocalDate autoCloseDue(LocalDate on) {
        return on.plusDays(10);
    }

    @Override
    public LocalDate reopenUntil(LocalDate on) {
        return on.plusDays(10);
    }
}
