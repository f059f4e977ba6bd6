package id.balai.identity.domain;

import java.time.Duration;

/**
 * How sign-in failures on one account are slowed and then stopped (OWASP ASVS 2.2.1): after the n-th wrong password
 * in a row the account takes no attempt for {@code firstDelay * 2^(n-1)} (1, 2, 4, 8 s by default), and the
 * {@code maxFailures}-th locks it for {@code lockDuration}. A colleague who mistypes waits a second; a guesser gets a
 * handful of tries an hour. The per-address ceiling is separate and far higher, for offices behind one NAT.
 */
public record LoginPolicy(int maxFailures, Duration lockDuration, Duration firstDelay) {
    public LoginPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero() || firstDelay.isNegative()) {
            throw new IllegalArgumentException("A login policy needs at least one failure and a positive lock");
        }
    }

    public LoginPolicy(int maxFailures, Duration lockDuration) {
        this(maxFailures, lockDuration, Duration.ofSeconds(1));
    }

    /** How long the account waits after {@code failuresInARow} wrong passwords, short of the lock. */
    public Duration delayAfter(int failuresInARow) {
        int doublings = Math.min(Math.max(failuresInARow - 1, 0), 16);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(lockDuration) < 0 ? delay : lockDuration;
    }
}
