package id.balai.identity.domain;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock an account, and for how long.
 */
public record LoginPolicy(int maxFailures, Duration lockDuration) {
    public LoginPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("A login policy needs at least one failure and a positive lock");
        }
    }
}
