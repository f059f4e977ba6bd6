package id.balai.platform.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

/**
 * Rate limits decided in the instance's memory, with a budget shared by every instance (issue 19 item 3). A limit
 * allows {@code capacity} attempts per window of its period, the window aligned on the epoch so that every instance
 * agrees where it starts (the same allowance as a bucket refilled whole once a period). A check takes no lock but the
 * key's own and makes no database round trip. About once a second {@link #sync} adds what this instance let through
 * to {@code rate_limit_usage} and reads back each window's total, in one statement per 5 000 keys; the share the other
 * instances let through is then taken from this instance's allowance.
 *
 * <p>The price is a bounded overshoot: between two syncs, each other instance may let through what it has not yet
 * heard about, so with n instances a key gets at most its capacity plus what n - 1 instances admit in one sync
 * interval. One instance alone is exact. Sign-in's limit, a guard against password guessing, stays exact on every
 * instance instead ({@link PostgresBuckets}).
 */
final class SyncedBuckets {
    static final int BATCH = 5_000;
    private static final String SYNC = """
            with d(id, window_start, window_end, used) as (
                select * from unnest(?::varchar[], ?::bigint[], ?::bigint[], ?::bigint[])),
            added as (
                insert into rate_limit_usage (id, window_start, window_end, used)
                select id, window_start, window_end, used from d where used > 0
                on conflict (id, window_start) do update set used = rate_limit_usage.used + excluded.used
                returning id, window_start, used)
            select id, window_start, used from added
            union all
            select u.id, u.window_start, u.used from rate_limit_usage u
            join d on d.id = u.id and d.window_start = u.window_start where d.used = 0""";
    private static final String DELETE_ENDED = "delete from rate_limit_usage where ctid = any(array("
            + "select ctid from rate_limit_usage where window_end < ? limit ?))";

    /** What this instance let through in a window and has not yet added to the shared total. */
    private record Delta(String id, long windowStart, long windowEnd, long used) {
        Delta plus(Delta other) {
            return new Delta(id, windowStart, windowEnd, used + other.used);
        }
    }

    /** One limit and key on this instance: its current window, guarded by the entry's monitor. */
    private static final class Entry {
        final long capacity;
        final long period;
        long windowStart = Long.MIN_VALUE;
        /** let through by this instance in the window */
        long used;
        /** of {@link #used}, already added to the shared total */
        long sent;
        /** let through by the other instances in the window, as of the last sync */
        long others;
        /** forgotten by a sync: an attempt that still holds it takes a new one */
        boolean removed;

        Entry(long capacity, long period) {
            this.capacity = capacity;
            this.period = period;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Unsent counts of windows that ended before a sync took them: still added, so that the totals stay true. */
    private final ConcurrentLinkedQueue<Delta> leftovers = new ConcurrentLinkedQueue<>();
    private final LongSupplier clock;

    SyncedBuckets(LongSupplier clockMillis) {
        this.clock = clockMillis;
    }

    /**
     * Takes one attempt for {@code id}.
     *
     * @return empty when allowed, else the milliseconds until the window ends
     */
    Optional<Long> tryTake(String id, long capacity, long periodMillis) {
        long now = clock.getAsLong();
        while (true) {
            Entry e = entries.computeIfAbsent(id, k -> new Entry(capacity, periodMillis));
            synchronized (e) {
                if (e.removed) {
                    continue;
                }
                roll(id, e, now);
                if (e.used + e.others >= e.capacity) {
                    return Optional.of(Math.max(1, e.windowStart + e.period - now));
                }
                e.used++;
                return Optional.empty();
            }
        }
    }

    /** Moves the entry to the window holding {@code now}; what the old window did not send is kept for the sync. */
    private void roll(String id, Entry e, long now) {
        long start = now - Math.floorMod(now, e.period);
        if (start != e.windowStart) {
            if (e.used > e.sent && e.windowStart != Long.MIN_VALUE) {
                leftovers.add(new Delta(id, e.windowStart, e.windowStart + e.period, e.used - e.sent));
            }
            e.windowStart = start;
            e.used = 0;
            e.sent = 0;
            e.others = 0;
        }
    }

    /**
     * Adds this instance's new attempts to the shared totals and learns the others', for every key of a current
     * window; forgets keys whose window has ended with nothing left to send.
     */
    void sync(DataSource dataSource) throws SQLException {
        long now = clock.getAsLong();
        // one row per key and window: a statement may not add to the same row twice
        Map<String, Delta> merged = new LinkedHashMap<>();
        for (Delta d; (d = leftovers.poll()) != null;) {
            merged.merge(d.id() + "@" + d.windowStart(), d, Delta::plus);
        }
        for (Map.Entry<String, Entry> m : entries.entrySet()) {
            Entry e = m.getValue();
            synchronized (e) {
                roll(m.getKey(), e, now);
                if (e.used == 0) {
                    // nothing let through in this window here: nothing to add or learn; a new attempt recreates it
                    e.removed = true;
                    entries.remove(m.getKey(), e);
                    continue;
                }
                Delta d = new Delta(m.getKey(), e.windowStart, e.windowStart + e.period, e.used - e.sent);
                merged.merge(d.id() + "@" + d.windowStart(), d, Delta::plus);
                e.sent = e.used;
            }
        }
        List<Delta> deltas = new ArrayList<>(merged.values());
        for (int from = 0; from < deltas.size(); from += BATCH) {
            List<Delta> batch = deltas.subList(from, Math.min(deltas.size(), from + BATCH));
            Map<String, Long> totals;
            try {
                totals = send(dataSource, batch);
            } catch (SQLException | RuntimeException ex) {
                // not added: count them again at the next sync
                for (Delta d : deltas.subList(from, deltas.size())) {
                    if (d.used() > 0) {
                        leftovers.add(d);
                    }
                }
                throw ex;
            }
            for (Delta d : batch) {
                Long total = totals.get(d.id() + "@" + d.windowStart());
                Entry e = entries.get(d.id());
                if (total == null || e == null) {
                    continue;
                }
                synchronized (e) {
                    if (e.windowStart == d.windowStart()) {
                        // the total holds everything this instance sent for the window: the rest is the others'
                        e.others = Math.max(e.others, total - e.sent);
                    }
                }
            }
        }
    }

    private static Map<String, Long> send(DataSource dataSource, List<Delta> batch) throws SQLException {
        Map<String, Long> totals = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SYNC)) {
            Array ids = c.createArrayOf("varchar", batch.stream().map(Delta::id).toArray());
            Array starts = c.createArrayOf("bigint", batch.stream().map(Delta::windowStart).toArray());
            Array ends = c.createArrayOf("bigint", batch.stream().map(Delta::windowEnd).toArray());
            Array used = c.createArrayOf("bigint", batch.stream().map(Delta::used).toArray());
            s.setArray(1, ids);
            s.setArray(2, starts);
            s.setArray(3, ends);
            s.setArray(4, used);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    totals.put(r.getString(1) + "@" + r.getLong(2), r.getLong(3));
                }
            }
        }
        return totals;
    }

    /** Deletes up to {@code batch} windows that ended a minute ago or more; how many were deleted. */
    int removeEnded(DataSource dataSource, int batch) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(DELETE_ENDED)) {
            s.setLong(1, clock.getAsLong() - 60_000);
            s.setInt(2, batch);
            return s.executeUpdate();
        }
    }

    /** Keys held in memory (for the tests and the gauge of what a sync sends). */
    int size() {
        return entries.size();
    }
}
