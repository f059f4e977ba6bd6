package id.balai.platform.interfaces;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.infrastructure.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What every public endpoint checks the same way, in one place: the client's rate limit (429 {@code RATE_LIMITED}
 * with {@code Retry-After}) and the {@code Idempotency-Key} header (400 {@code IDEMPOTENCY_KEY_REQUIRED} or
 * {@code IDEMPOTENCY_KEY_INVALID}). The resources name the limit and say whether the key is required; the rules, the
 * settings and the messages are here.
 */
@ApplicationScoped
public class PublicGuards {

    /** Letters, digits and {@code . _ : -}, 8 to 100 characters: what every endpoint that takes the header accepts. */
    static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[A-Za-z0-9._:-]{8,100}$");

    /**
     * The public limits, each per client address: its bucket's name, the setting that sizes it (README, environment
     * table), its default and its period.
     */
    public enum Limit {
        COMPLAINT_SUBMISSION("complaint-submission", "BALAI_SUBMISSIONS_PER_HOUR", 30, Duration.ofHours(1)),
        INFORMATION_SUBMISSION("information-submission", "BALAI_SUBMISSIONS_PER_HOUR", 30, Duration.ofHours(1)),
        COMPLAINT_PREVIEW("complaint-preview", "BALAI_PREVIEWS_PER_HOUR", 120, Duration.ofHours(1)),
        COMPLAINT_TRACKING("complaint-tracking", "BALAI_TRACKING_PER_MINUTE", 60, Duration.ofMinutes(1)),
        INFORMATION_TRACKING("information-tracking", "BALAI_TRACKING_PER_MINUTE", 60, Duration.ofMinutes(1)),
        PUBLIC_STATISTICS("public-statistics", "BALAI_STATISTICS_PER_MINUTE", 30, Duration.ofMinutes(1)),
        OPEN311_READ("open311-read", "BALAI_OPEN311_READS_PER_MINUTE", 60, Duration.ofMinutes(1)),
        /** Keyed by a digest of the sender's number, not by the client address (the gateway is one address). */
        SMS_PER_SENDER("sms-inbound", "BALAI_SMS_PER_SENDER_PER_HOUR", 30, Duration.ofHours(1));

        final String bucket;
        final String setting;
        final int byDefault;
        final Duration period;

        Limit(String bucket, String setting, int byDefault, Duration period) {
            this.bucket = bucket;
            this.setting = setting;
            this.byDefault = byDefault;
            this.period = period;
        }

        /** The limit as the rate limiter takes it, sized by the setting when it is given. */
        RateLimiter.Limit sized(Optional<Integer> configured) {
            return new RateLimiter.Limit(bucket, configured.orElse(byDefault), period);
        }
    }

    @Inject
    RateLimiter rateLimiter;

    @Inject
    RequestInfo request;

    @Inject
    Config config;

    /** Read once: the settings come from the environment at start. */
    private final Map<Limit, RateLimiter.Limit> sized = new EnumMap<>(Limit.class);

    @PostConstruct
    void init() {
        for (Limit l : Limit.values()) {
            sized.put(l, l.sized(config.getOptionalValue(l.setting, Integer.class)));
        }
    }

    /** Takes one attempt from the calling client's allowance, or refuses with 429 and how long to wait. */
    public void limit(Limit limit) {
        rateLimiter.require(sized.get(limit), request.clientAddress());
    }

    /** Takes one attempt from the allowance of {@code key} (not the client address); false when it is spent. */
    public boolean tryLimit(Limit limit, String key) {
        return rateLimiter.tryConsume(sized.get(limit), key).isEmpty();
    }

    /** The {@code Idempotency-Key} of a submission that must carry one: a repeat answers the first receipt. */
    public static String requiredKey(String header) {
        if (header == null || !IDEMPOTENCY_KEY.matcher(header).matches()) {
            throw new DomainException(DomainException.Kind.INVALID, "IDEMPOTENCY_KEY_REQUIRED", Message.of(
                    "Header Idempotency-Key wajib diisi (8-100 karakter: huruf, angka, . _ : -).",
                    "The Idempotency-Key header is required (8-100 characters: letters, digits, . _ : -)."),
                    "Idempotency-Key");
        }
        return header;
    }

    /** The {@code Idempotency-Key} where it may be left out; when sent, it follows the same rule. */
    public static Optional<String> optionalKey(String header) {
        if (header != null && !IDEMPOTENCY_KEY.matcher(header).matches()) {
            throw new DomainException(DomainException.Kind.INVALID, "IDEMPOTENCY_KEY_INVALID", Message.of(
                    "Header Idempotency-Key harus 8-100 karakter: huruf, angka, . _ : -.",
                    "The Idempotency-Key header must be 8-100 characters: letters, digits, . _ : -."),
                    "Idempotency-Key");
        }
        return Optional.ofNullable(header);
    }
}
