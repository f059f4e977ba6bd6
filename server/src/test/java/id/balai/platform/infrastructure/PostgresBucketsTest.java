package id.balai.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import id.balai.support.TestDatabase;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rate limits' shared buckets on a real PostgreSQL, as the application role: two server instances (two stores on
 * one database) count the same attempts, concurrent checks never hand out more than the capacity, and expired
 * buckets are deleted while live ones stay.
 */
class PostgresBucketsTest {
    private static TestDatabase database;
    private static DataSource app;

    @BeforeAll
    static void start() throws IOException, SQLException {
        database = TestDatabase.start("balai-buckets-test");
        app = database.appDataSource();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static BucketConfiguration perHour(long capacity) {
        return BucketConfiguration.builder()
                .addLimit(l -> l.capacity(capacity).refillIntervally(capacity, Duration.ofHours(1))).build();
    }

    private static ConsumptionProbe take(PostgresBuckets buckets, String key, long capacity) {
        return buckets.builder().build(key, () -> perHour(capacity)).tryConsumeAndReturnRemaining(1);
    }

    @Test
    void theAsynchronousModeIsRefusedByBucket4jBeforeTheStoreIsReached() {
        PostgresBuckets buckets = new PostgresBuckets(app, Duration.ofMinutes(1));
        assertThat(buckets.isAsyncModeSupported()).isFalse();
        assertThatThrownBy(buckets::asAsync).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void twoInstancesShareOneBucketPerKey() {
        PostgresBuckets a = new PostgresBuckets(app, Duration.ofMinutes(1));
        PostgresBuckets b = new PostgresBuckets(app, Duration.ofMinutes(1));
        assertThat(take(a, "login:10.0.0.1", 3).isConsumed()).isTrue();
        assertThat(take(b, "login:10.0.0.1", 3).isConsumed()).isTrue();
        assertThat(take(a, "login:10.0.0.1", 3).getRemainingTokens()).isZero();

        ConsumptionProbe refused = take(b, "login:10.0.0.1", 3);
        assertThat(refused.isConsumed()).isFalse();
        assertThat(Duration.ofNanos(refused.getNanosToWaitForRefill())).isPositive()
                .isLessThanOrEqualTo(Duration.ofHours(1));
        // another address has its own bucket
        assertThat(take(b, "login:10.0.0.2", 3).isConsumed()).isTrue();
    }

    @Test
    void concurrentChecksOnTwoInstancesNeverExceedTheCapacity() throws Exception {
        PostgresBuckets a = new PostgresBuckets(app, Duration.ofMinutes(1));
        PostgresBuckets b = new PostgresBuckets(app, Duration.ofMinutes(1));
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                PostgresBuckets store = t % 2 == 0 ? a : b;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        if (take(store, "submission:10.9.9.9", 25).isConsumed()) {
                            allowed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(allowed.get()).isEqualTo(25);
    }

    @Test
    void removesExpiredBucketsOnlyAndInBatches() throws SQLException {
        PostgresBuckets store = new PostgresBuckets(app, Duration.ofMinutes(1));
        for (int i = 0; i < 5; i++) {
            take(store, "old:" + i, 3);
        }
        take(store, "live:1", 3);
        try (Connection c = database.owner(); Statement s = c.createStatement()) {
            s.execute("update rate_limit_bucket set expires_at = 0 where id like 'old:%'");
        }
        assertThat(store.removeExpired(3)).isEqualTo(3);
        assertThat(store.removeExpired(3)).isEqualTo(2);
        assertThat(store.removeExpired(3)).isZero();
        try (Connection c = database.owner(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id from rate_limit_bucket where id like 'old:%' or id = 'live:1'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("live:1");
            assertThat(r.next()).isFalse();
        }
    }
}
