package id.balai.platform.infrastructure;

import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import id.balai.platform.domain.Message;
import id.balai.platform.domain.RetryLaterException;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Token-bucket rate limits (Bucket4j) whose state lives in PostgreSQL ({@code rate_limit_bucket}), so that every
 * server instance counts the same attempts. Call it outside a transaction: a check is two autocommit statements
 * ({@link PostgresBuckets}). Buckets that have refilled whole are deleted a minute later by {@link #removeExpired}.
 */
@ApplicationScoped
public class RateLimiter {

    /** A limit: at most {@code capacity} attempts per {@code period}; the period's allowance is refilled whole. */
    public record Limit(String name, long capacity, Duration period) {
    }

    @Resource(lookup = "jdbc/balai")
    DataSource dataSource;

    private PostgresBuckets buckets;

    @PostConstruct
    void init() {
        buckets = new PostgresBuckets(dataSource, Duration.ofMinutes(1));
    }

    /**
     * Deletes buckets that have refilled whole and been kept a minute more (a citizen who comes back later starts
     * with a full bucket anyway), {@code batch} at a time.
     *
     * @return how many were deleted
     */
    public int removeExpired(int batch) throws java.sql.SQLException {
        return buckets.removeExpired(batch);
    }

    /** Takes one attempt, or refuses with 429 {@code RATE_LIMITED} and how long to wait. */
    public void require(Limit limit, String key) {
        tryConsume(limit, key).ifPresent(wait -> {
            throw new RetryLaterException("RATE_LIMITED", Message.of(
                    "Terlalu banyak permintaan dari alamat Anda. Coba lagi nanti.",
                    "Too many requests from your address. Try again later."), wait);
        });
    }

    /**
     * Takes one attempt from the bucket of {@code limit} for {@code key}.
     *
     * @return empty if allowed, else how long to wait
     */
    public Optional<Duration> tryConsume(Limit limit, String key) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillIntervally(limit.capacity(), limit.period()))
                .build();
        ConsumptionProbe probe = buckets.builder()
                .build(limit.name() + ":" + key, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
