package id.balai.identity.application;

import java.time.Duration;

import id.balai.identity.domain.LoginPolicy;
import id.balai.platform.infrastructure.RateLimiter;

/**
 * The port to the identity settings of this deployment: the token issuer and lifetimes, the sign-in policy and its
 * rate limit. The adapter is {@code identity.infrastructure.IdentitySettings}.
 */
public interface IdentityPolicy {

    public static final String AUDIENCE = "balai";

    String issuer();

    Duration accessTokenLifetime();

    Duration refreshTokenLifetime();

    LoginPolicy loginPolicy();

    RateLimiter.Limit loginLimit();
}
