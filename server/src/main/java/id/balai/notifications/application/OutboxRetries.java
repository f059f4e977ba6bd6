package id.balai.notifications.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When an outbox message that failed is tried again: 30 s, 1, 2 and 4 min after the failures, then given up. */
final class OutboxRetries {
    static final int MAX_ATTEMPTS = 5;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    private OutboxRetries() {
    }

    /** After the n-th failed attempt: the next try, or none after the last. */
    static Optional<Instant> after(int failedAttempts, Instant now) {
        if (failedAttempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(now.plus(FIRST_RETRY.multipliedBy(1L << (failedAttempts - 1))));
    }
}
