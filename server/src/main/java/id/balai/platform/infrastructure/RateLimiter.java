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
 * Rate limits shared by every server instance, of two kinds:
 * <ul>
 * <li>the public ones (submissions, tracking, statistics, Open311, SMS): decided in the instance's memory, with no
 * database round trip, and kept in step across instances about once a second by {@link #syncShared}
 * ({@link SyncedBuckets}; bounded overshoot between syncs);</li>
 * <li>{@linkplain Limit#exact exact} ones (sign-in): Bucket4j token buckets whose state lives in PostgreSQL
 * ({@code rate_limit_bucket}), two autocommit statements per check ({@link PostgresBuckets}). Call them outside a
 * transaction.</li>
 * </ul>
 * {@link #removeExpired} deletes what both keep once it no longer counts.
 */
@ApplicationScoped
public class RateLimiter {

    /**
     * A limit: at most {@code capacity} attempts per {@code period}; the period's allowance is refilled whole.
     *
     * @param exact counted in the database at every check, so that no instance ever lets one more through
     */
    public record Limit(String name, long capacity, Duration period, boolean exact) {
        /** A public limit, decided in memory and kept in step across instances. */
        public Limit(String name, long capacity, Duration period) {
            this(name, capacity, period, false);
        }

        /** A limit counted in the database at every check: for sign-in, where one more guess matters. */
        public static Limit exact(String name, long capacity, Duration period) {
            return new Limit(name, capacity, period, true);
        }
    }

    @Resource(lookup = "jdbc/balai")
    DataSource dataSource;

    private PostgresBuckets buckets;

    private final SyncedBuckets shared = new SyncedBuckets(System::currentTimeMillis);

    @PostConstruct
    void init() {
        buckets = new PostgresBuckets(dataSource, Duration.ofMinutes(1));
    }

    /** Adds what this instance let through to the shared totals and learns the other instances' (one job, ~1/s). */
    public void syncShared() throws java.sql.SQLException {
        shared.sync(dataSource);
    }

    /**
     * Deletes buckets that have refilled whole and been kept a minute more (a citizen who comes back later starts
     * with a full bucket anyway), {@code batch} at a time.
     *
     * @return how many were deleted
     */
    public int removeExpired(int batch) throws java.sql.SQLException {
        return buckets.removeExpired(batch) + shared.removeEnded(dataSource, batch);
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
        if (!limit.exact()) {
            return shared.tryTake(limit.name() + ":" + key, limit.capacity(), limit.period().toMillis())
                    .map(Duration::ofMillis);
        }
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillIntervally(limit.capacity(), limit.period()))
                .build();
        ConsumptionProbe probe = buckets.builder()
                .build(limit.name() + ":" + key, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
