package id.balai.platform.application;

import java.sql.SQLException;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.balai.platform.infrastructure.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps the public rate limits in step across instances: on every instance, every
 * {@code BALAI_RATE_LIMIT_SYNC_MILLIS} (1 000 by default), adds what it let through to the shared totals and learns
 * what the others let through. The interval bounds how far the instances can overshoot a limit together.
 */
@ApplicationScoped
public class RateLimitSyncJob extends PeriodicJob {

    @Inject
    RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "BALAI_RATE_LIMIT_SYNC_MILLIS", defaultValue = "1000")
    long millis;

    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofMillis(millis), Duration.ofMillis(millis));
    }

    @Override
    protected void work() {
        try {
            limiter.syncShared();
        } catch (SQLException e) {
            throw new IllegalStateException("Adding this instance's rate-limit counts to the shared totals failed", e);
        }
    }
}
