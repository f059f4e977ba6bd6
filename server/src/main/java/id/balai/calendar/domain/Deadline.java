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
 */
public record Deadline(LocalDate receivedOn, int workingDays, LocalDate due, List<DayOff> daysOff) {
    public Deadline {
        daysOff = List.copyOf(daysOff);
    }
}
