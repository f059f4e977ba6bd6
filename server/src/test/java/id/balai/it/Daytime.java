package id.balai.it;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An instant at which an SMS decided by a step leaves at once: now, or, inside the sample regencies' quiet hours
 * (21:00-07:00 in their zone, issue 16), 07:05 of the coming morning. A test that waits for an SMS acts at it
 * (X-Balai-Test-Instant), so that it passes at any hour.
 */
final class Daytime {
    static final String HEADER = "X-Balai-Test-Instant";

    private Daytime() {
    }

    static String in(ZoneId zone) {
        ZonedDateTime now = ZonedDateTime.now(zone);
        LocalTime t = now.toLocalTime();
        if (!t.isBefore(LocalTime.of(7, 0)) && t.isBefore(LocalTime.of(21, 0))) {
            return now.toOffsetDateTime().toString();
        }
        return (t.isBefore(LocalTime.of(7, 0)) ? now : now.plusDays(1)).with(LocalTime.of(7, 5)).toOffsetDateTime()
                .toString();
    }
}
