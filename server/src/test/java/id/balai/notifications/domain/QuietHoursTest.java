package id.balai.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

    @Test
    void aMessageDecidedInTheEveningWaitsForTheMorningInTheRegencysZone() {
        // 22:15 WIB on 4 December is 15:15 UTC; the phone hears it at 07:00 WIB on 5 December.
        assertThat(NIGHT.holdUntil(Instant.parse("2026-12-04T15:15:00Z"), WIB))
                .contains(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void aMessageDecidedAfterMidnightWaitsForTheSameMorning() {
        assertThat(NIGHT.holdUntil(Instant.parse("2026-12-04T20:30:00Z"), WIB)) // 03:30 WIB on the 5th
                .contains(Instant.parse("2026-12-05T00:00:00Z"));
    }

    @Test
    void daytimeMessagesLeaveAtOnceAndTheEndItselfIsNoLongerQuiet() {
        assertThat(NIGHT.holdUntil(Instant.parse("2026-12-05T03:00:00Z"), WIB)).isEmpty(); // 10:00 WIB
        assertThat(NIGHT.holdUntil(Instant.parse("2026-12-05T00:00:00Z"), WIB)).isEmpty(); // 07:00 WIB
        assertThat(NIGHT.holdUntil(Instant.parse("2026-12-04T14:00:00Z"), WIB)).isPresent(); // 21:00 WIB
    }

    @Test
    void quietHoursWithinOneDayAndNoneAtAll() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.contains(LocalTime.of(12, 30))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 0))).isFalse();
        assertThat(QuietHours.none().holdUntil(Instant.parse("2026-12-04T15:15:00Z"), WIB)).isEmpty();
    }
}
