package id.balai.notifications.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The hours of the night in which no SMS or WhatsApp message reaches a citizen's phone: a message decided then waits
 * for the end of the quiet hours, in the regency's time zone. {@code start} after {@code end} spans midnight
 * (21:00-07:00); equal values mean no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {
    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static QuietHours none() {
        return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** Whether {@code t} falls inside the quiet hours ({@code start} included, {@code end} excluded). */
    public boolean contains(LocalTime t) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
    }

    /** Empty when {@code now} is outside the quiet hours; otherwise the moment they end, when a message may leave. */
    public Optional<Instant> holdUntil(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return Optional.empty();
        }
        ZonedDateTime endToday = local.with(end).withSecond(0).withNano(0);
        return Optional.of((endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant());
    }
}
