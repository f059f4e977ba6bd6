package id.balai.identity.infrastructure;

import java.time.Duration;

import org.eclipse.microprofile.config.Config;

import id.balai.identity.application.IdentityPolicy;
import id.balai.identity.domain.LoginPolicy;
import id.balai.platform.infrastructure.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The identity settings (MicroProfile Config; environment variables of the same name override):
 * {@code BALAI_JWT_ISSUER} (default {@code balai}), {@code BALAI_ACCESS_TOKEN_SECONDS} (600),
 * {@code BALAI_REFRESH_TOKEN_HOURS} (12), {@code BALAI_LOGIN_MAX_FAILURES} (5), {@code BALAI_LOGIN_LOCK_SECONDS}
 * (900), {@code BALAI_LOGIN_DELAY_SECONDS} (1: the wait after a first wrong password, doubling with each
 * further one), {@code BALAI_LOGIN_ATTEMPTS_PER_MINUTE} per client address (300: an office's staff share one
 * address behind NAT, so this ceiling only stops floods; guessing is stopped per account).
 */
@ApplicationScoped
public class IdentitySettings implements IdentityPolicy {

    @Inject
    Config config;

    public String issuer() {
        return config.getOptionalValue("BALAI_JWT_ISSUER", String.class).orElse("balai");
    }

    public Duration accessTokenLifetime() {
        return Duration.ofSeconds(config.getOptionalValue("BALAI_ACCESS_TOKEN_SECONDS", Integer.class).orElse(600));
    }

    public Duration refreshTokenLifetime() {
        return Duration.ofHours(config.getOptionalValue("BALAI_REFRESH_TOKEN_HOURS", Integer.class).orElse(12));
    }

    public LoginPolicy loginPolicy() {
        return new LoginPolicy(config.getOptionalValue("BALAI_LOGIN_MAX_FAILURES", Integer.class).orElse(5),
                Duration.ofSeconds(config.getOptionalValue("BALAI_LOGIN_LOCK_SECONDS", Integer.class).orElse(900)),
                Duration.ofMillis(Math.round(1000 * config.getOptionalValue("BALAI_LOGIN_DELAY_SECONDS", Double.class)
                        .orElse(1.0))));
    }

    public RateLimiter.Limit loginLimit() {
        return RateLimiter.Limit.exact("login-address",
                config.getOptionalValue("BALAI_LOGIN_ATTEMPTS_PER_MINUTE", Integer.class).orElse(300),
                Duration.ofMinutes(1));
    }
}
