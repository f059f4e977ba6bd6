package id.balai.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One day that is not a working day, and why. */
public record DayOff(LocalDate date, DayOffKind kind, String name) {
    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
