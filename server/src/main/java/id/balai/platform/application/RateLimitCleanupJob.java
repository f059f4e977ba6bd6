package id.balai.platform.application;

import java.sql.SQLException;
import java.time.Duration;

import id.balai.platform.infrastructure.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps {@code rate_limit_bucket} and {@code rate_limit_usage} to the addresses seen in the last minutes: every five
 * minutes, on one instance at a time, deletes the buckets that have expired and the windows that ended, in batches.
 */
@ApplicationScoped
public class RateLimitCleanupJob extends PeriodicJob {
    private static final int BATCH = 10_000;

    @Inject
    RateLimiter limiter;

    @Override
    protected Schedule schedule() {
        return Schedule.exclusive(0x42414c4149524c42L, Duration.ofMinutes(1), Duration.ofMinutes(5));
    }

    @Override
    protected void work() {
        try {
            int deleted;
            do {
                deleted = limiter.removeExpired(BATCH);
            } while (deleted >= BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting expired rate-limit buckets failed", e);
        }
    }
}
