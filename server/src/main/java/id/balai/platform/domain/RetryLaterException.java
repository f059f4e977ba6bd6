package id.balai.platform.domain;

import java.time.Duration;

/** Too many attempts (a rate limit, a locked account): answered with 429 and a Retry-After. */
public class RetryLaterException extends DomainException {
    private final Duration retryAfter;

    public RetryLaterException(String code, Message userMessage, Duration retryAfter) {
        super(Kind.TOO_MANY_REQUESTS, code, userMessage);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
