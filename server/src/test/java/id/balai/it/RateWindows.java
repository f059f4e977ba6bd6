package id.balai.it;

import java.time.Duration;

/**
 * The public rate limits count attempts in windows aligned on the epoch (SyncedBuckets), the same on every instance.
 * A test that spends a whole allowance and then expects a 429 must do it inside one window: a window that turns in
 * the middle of the burst renews the allowance, and the 429 rightly does not come.
 */
final class RateWindows {
    private RateWindows() {
    }

    /** Waits, if need be, until the current window of {@code period} has at least {@code needed} left. */
    static void awaitRoom(Duration period, Duration needed) {
        long p = period.toMillis();
        long left = p - System.currentTimeMillis() % p;
        if (left < needed.toMillis()) {
            try {
                Thread.sleep(left + 250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
