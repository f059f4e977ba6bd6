package id.balai.platform.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's token buckets kept in {@code rate_limit_bucket} by compare-and-swap: one {@code SELECT} of the state and
 * one conditional {@code INSERT ... ON CONFLICT DO NOTHING} or {@code UPDATE ... WHERE state = <what was read>},
 * each in autocommit. Bucket4j's own PostgreSQL managers open a transaction and lock the row ({@code SELECT ... FOR
 * UPDATE} or an advisory lock): three to five round trips a check, and the row stays locked while the server thinks.
 * Here a check is two statements and holds no lock; when two instances change the same bucket at once, the loser's
 * swap matches no row and Bucket4j reads and tries again. Bucket4j still does the arithmetic and the state's encoding;
 * this class only stores bytes.
 */
final class PostgresBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {
    private static final String SELECT = "select state from rate_limit_bucket where id = ?";
    private static final String INSERT = "insert into rate_limit_bucket (id, state, expires_at) values (?, ?, ?) "
            + "on conflict (id) do nothing";
    private static final String UPDATE = "update rate_limit_bucket set state = ?, expires_at = ? "
            + "where id = ? and state = ?";
    private static final String DELETE = "delete from rate_limit_bucket where id = ?";
    /** At most this many expired buckets per statement: the table is shared by live checks. */
    private static final String DELETE_EXPIRED = "delete from rate_limit_bucket where ctid = any(array("
            + "select ctid from rate_limit_bucket where expires_at < ? limit ?))";

    private final DataSource dataSource;
    private final ExpirationAfterWriteStrategy expiry;

    /** @param keepAfterFull how long a bucket is kept once it has refilled completely (it is then as good as new) */
    PostgresBuckets(DataSource dataSource, Duration keepAfterFull) {
        this(dataSource, ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keepAfterFull));
    }

    private PostgresBuckets(DataSource dataSource, ExpirationAfterWriteStrategy expiry) {
        super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(expiry));
        this.dataSource = dataSource;
        this.expiry = expiry;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SELECT)) {
                    s.setString(1, key);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? Optional.ofNullable(r.getBytes(1)) : Optional.empty();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Reading rate-limit bucket failed", e);
                }
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                long expiresAt = System.currentTimeMillis()
                        + expiry.calculateTimeToLiveMillis(newState, currentTimeNanos());
                try (Connection c = dataSource.getConnection()) {
                    if (originalData == null) {
                        try (PreparedStatement s = c.prepareStatement(INSERT)) {
                            s.setString(1, key);
                            s.setBytes(2, newData);
                            s.setLong(3, expiresAt);
                            return s.executeUpdate() == 1;
                        }
                    }
                    try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                        s.setBytes(1, newData);
                        s.setLong(2, expiresAt);
                        s.setString(3, key);
                        s.setBytes(4, originalData);
                        return s.executeUpdate() == 1;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Writing rate-limit bucket failed", e);
                }
            }
        };
    }

    /**
     * Not offered: every rate-limit check is synchronous (a request waits for its answer). Bucket4j asks
     * {@link #isAsyncModeSupported()} first and refuses {@code asAsync()} itself, so neither asynchronous method below
     * is ever reached; they exist because the base class declares them (Bucket4j's own JDBC managers do the same).
     */
    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("Rate limits are checked synchronously");
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public void removeProxy(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(DELETE)) {
            s.setString(1, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Removing rate-limit bucket failed", e);
        }
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("Rate limits are checked synchronously");
    }

    /**
     * Deletes up to {@code batch} buckets that expired (refilled whole, and kept {@code keepAfterFull} longer).
     *
     * @return how many were deleted
     */
    int removeExpired(int batch) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(DELETE_EXPIRED)) {
            s.setLong(1, System.currentTimeMillis());
            s.setInt(2, batch);
            return s.executeUpdate();
        }
    }
}
