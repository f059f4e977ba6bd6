package id.balai.tenancy.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When the tenant's offices are open on a working day. Something received after closing counts as received on
 * the next working day; before opening, on that day (the office has not yet opened).
 *
 * @param fridayClose closing time on Fridays, if different (many regencies close later on Fridays)
 */
public record OfficeHours(LocalTime open, LocalTime close, LocalTime fridayClose) {
    public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(8, 0), LocalTime.of(16, 0), null);

    public OfficeHours {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (!close.isAfter(open) || (fridayClose != null && !fridayClose.isAfter(open))) {
            throw new IllegalArgumentException("Office hours must close after they open");
        }
    }

    public LocalTime closingOn(DayOfWeek day) {
        return day == DayOfWeek.FRIDAY && fridayClose != null ? fridayClose : close;
    }
}
