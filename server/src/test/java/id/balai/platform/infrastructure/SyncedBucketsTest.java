package id.balai.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import id.balai.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The public rate limits decided in memory and kept in step through {@code rate_limit_usage}, on a real PostgreSQL as
 * the application role, with a clock the test moves: one instance is exact without any sync; two instances learn
 * each other's attempts at a sync and overshoot by no more than what they let through before it; a new window
 * renews the allowance, and what an ended window did not send is still added.
 */
class SyncedBucketsTest {
    private static final long MINUTE = 60_000;
    private static TestDatabase database;
    private static DataSource app;

    @BeforeAll
    static void start() throws IOException, SQLException {
        database = TestDatabase.start("balai-synced-buckets-test");
        app = database.appDataSource();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static long shared(String id, long windowStart) throws SQLException {
        try (Connection c = database.owner();
                PreparedStatement s = c.prepareStatement(
                        "select used from rate_limit_usage where id = ? and window_start = ?")) {
            s.setString(1, id);
            s.setLong(2, windowStart);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    @Test
    void oneInstanceRefusesTheAttemptAfterTheCapacityWithTheWaitUntilTheWindowEndsWithoutAnySync() {
        AtomicLong now = new AtomicLong(10 * MINUTE + 15_000);
        SyncedBuckets a = new SyncedBuckets(now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(a.tryTake("tracking:10.0.0.1", 3, MINUTE)).isEmpty();
        }
        assertThat(a.tryTake("tracking:10.0.0.1", 3, MINUTE)).contains(45_000L);
        // another address, another limit: their own allowances
        assertThat(a.tryTake("tracking:10.0.0.2", 3, MINUTE)).isEmpty();
        assertThat(a.tryTake("statistics:10.0.0.1", 3, MINUTE)).isEmpty();
        // the next window renews it
        now.set(11 * MINUTE);
        assertThat(a.tryTake("tracking:10.0.0.1", 3, MINUTE)).isEmpty();
    }

    @Test
    void twoInstancesShareTheAllowanceFromTheirNextSync() throws SQLException {
        AtomicLong now = new AtomicLong(20 * MINUTE + 1_000);
        SyncedBuckets a = new SyncedBuckets(now::get);
        SyncedBuckets b = new SyncedBuckets(now::get);
        String id = "submission:10.1.1.1";
        for (int i = 0; i < 5; i++) {
            assertThat(a.tryTake(id, 5, MINUTE)).isEmpty();
        }
        a.sync(app);
        assertThat(shared(id, 20 * MINUTE)).isEqualTo(5);

        // b had not seen the address: it lets one through, and refuses from its next sync on
        assertThat(b.tryTake(id, 5, MINUTE)).isEmpty();
        b.sync(app);
        assertThat(shared(id, 20 * MINUTE)).isEqualTo(6);
        assertThat(b.tryTake(id, 5, MINUTE)).isPresent();
        assertThat(a.tryTake(id, 5, MINUTE)).isPresent();

        // in the next window both start again, and each learns the other's attempts again
        now.set(21 * MINUTE + 500);
        for (int i = 0; i < 3; i++) {
            assertThat(a.tryTake(id, 5, MINUTE)).isEmpty();
        }
        assertThat(b.tryTake(id, 5, MINUTE)).isEmpty();
        a.sync(app);
        b.sync(app);
        assertThat(shared(id, 21 * MINUTE)).isEqualTo(4);
        assertThat(b.tryTake(id, 5, MINUTE)).isEmpty();
        b.sync(app);
        a.sync(app);
        assertThat(shared(id, 21 * MINUTE)).isEqualTo(5);
        assertThat(a.tryTake(id, 5, MINUTE)).as("a learnt b's two attempts").isPresent();
        assertThat(b.tryTake(id, 5, MINUTE)).isPresent();
    }

    @Test
    void attemptsOfAWindowThatEndedBeforeTheSyncAreStillAddedAndIdleKeysAreForgotten() throws SQLException {
        AtomicLong now = new AtomicLong(30 * MINUTE + 59_000);
        SyncedBuckets a = new SyncedBuckets(now::get);
        String id = "open311:10.2.2.2";
        assertThat(a.tryTake(id, 9, MINUTE)).isEmpty();
        assertThat(a.tryTake(id, 9, MINUTE)).isEmpty();
        now.set(31 * MINUTE + 1_000);
        assertThat(a.tryTake(id, 9, MINUTE)).isEmpty();
        a.sync(app);
        assertThat(shared(id, 30 * MINUTE)).isEqualTo(2);
        assertThat(shared(id, 31 * MINUTE)).isEqualTo(1);
        assertThat(a.size()).isEqualTo(1);

        // a window later, with nothing let through since, the key is dropped from memory at the sync
        now.set(32 * MINUTE + 1_000);
        a.sync(app);
        assertThat(a.size()).isZero();
        assertThat(a.tryTake(id, 9, MINUTE)).isEmpty();
    }

    @Test
    void countsThatCouldNotBeAddedAreAddedAtTheNextSync() throws SQLException {
        AtomicLong now = new AtomicLong(40 * MINUTE + 1_000);
        SyncedBuckets a = new SyncedBuckets(now::get);
        String id = "statistics:10.3.3.3";
        assertThat(a.tryTake(id, 9, MINUTE)).isEmpty();
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setUrl("jdbc:postgresql://127.0.0.1:1/none");
        unreachable.setConnectTimeout(1);
        try {
            a.sync(unreachable);
        } catch (SQLException expected) {
            // the database is away: nothing is added
        }
        assertThat(shared(id, 40 * MINUTE)).isZero();
        assertThat(a.tryTake(id, 9, MINUTE)).isEmpty();
        a.sync(app);
        assertThat(shared(id, 40 * MINUTE)).isEqualTo(2);
    }

    @Test
    void windowsThatEndedAMinuteAgoAreDeletedInBatchesAndCurrentOnesStay() throws SQLException {
        try (Connection c = database.owner(); Statement s = c.createStatement()) {
            s.execute("delete from rate_limit_usage"); // the other tests' windows ended long before this clock
        }
        AtomicLong now = new AtomicLong(50 * MINUTE + 1_000);
        SyncedBuckets a = new SyncedBuckets(now::get);
        for (int i = 0; i < 5; i++) {
            a.tryTake("old:" + i, 9, MINUTE);
        }
        a.sync(app);
        now.set(53 * MINUTE);
        a.tryTake("live:1", 9, MINUTE);
        a.sync(app);
        assertThat(a.removeEnded(app, 3)).isEqualTo(3);
        assertThat(a.removeEnded(app, 3)).isEqualTo(2);
        assertThat(a.removeEnded(app, 3)).isZero();
        try (Connection c = database.owner(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id from rate_limit_usage where id like 'old:%' or id = 'live:1'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("live:1");
            assertThat(r.next()).isFalse();
        }
        assertThat(a.size()).isEqualTo(1);
    }
}
