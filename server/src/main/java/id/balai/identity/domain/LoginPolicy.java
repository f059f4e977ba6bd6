package id.balai.identity.domain;

import java.time.Duration;

/**
 * How sign-in failures on one account are slowed and then stopped (OWASP ASVS 2.2.1): a first wrong password costs
 * nothing; after the n-th in a row (n &ge; 2) the account takes no attempt for {@code firstDelay * 2^(n-2)} (1, 2, 4 s
 * by default), and the {@code maxFailures}-th locks it for {@code lockDuration}. A colleague who mistypes twice waits a
 * second; a guesser gets a handful of tries an hour. The per-address ceiling is separate and far higher, for offices behind one NAT.
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
        if (failuresInARow < 2) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failuresInARow - 2, 16);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(lockDuration) < 0 ? delay : lockDuration;
    }
}
