package id.balai.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SmsSenderTest {

    @Test
    void aFailedSendIsRetriedWithGrowingPausesThenGivenUp() {
        Instant now = Instant.parse("2026-11-24T02:00:00Z");
        assertThat(SmsSender.retryAt(1, now)).contains(now.plus(Duration.ofSeconds(30)));
        assertThat(SmsSender.retryAt(2, now)).contains(now.plus(Duration.ofMinutes(1)));
        assertThat(SmsSender.retryAt(4, now)).contains(now.plus(Duration.ofMinutes(4)));
        assertThat(SmsSender.retryAt(SmsSender.MAX_ATTEMPTS, now)).isEmpty();
    }
}
