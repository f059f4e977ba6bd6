package id.balai.calendar.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline counted in working days, with what it was counted from and the weekdays that were skipped,
 * so that a citizen or an officer can check the count.
 *
 * @param receivedOn  the working day that counts as the day of receipt
 * @param workingDays how many working days were added
 * @param due         the last day of the period
 * @param daysOff     the weekdays after {@code receivedOn}, up to {@code due}, that were not working days
 * @param provisional whether the count ran into a year whose national decree is not loaded yet (see
 *                    {@link HolidayYear#provisional(int)}): the due date is then at the latest the true one
 */
public record Deadline(LocalDate receivedOn, int workingDays, LocalDate due, List<DayOff> daysOff,
        boolean provisional) {
    public Deadline {
        daysOff = List.copyOf(daysOff);
    }

    public Deadline(LocalDate receivedOn, int workingDays, LocalDate due, List<DayOff> daysOff) {
        this(receivedOn, workingDays, due, daysOff, false);
    }
}
