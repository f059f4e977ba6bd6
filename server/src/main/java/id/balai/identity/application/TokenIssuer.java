package id.balai.identity.application;

import java.time.Instant;
import java.util.UUID;

import id.balai.identity.domain.Account;

/**
 * The port that issues access tokens (RS256, verified by MicroProfile JWT) for a session. The adapter is
 * {@code identity.infrastructure.AccessTokens}.
 */
public interface TokenIssuer {

    /** An issued token and when it expires. */
    public record Issued(String token, Instant expiresAt) {
    }

    Issued issue(Account account, UUID sessionId);

    /**
     * @param restriction what alone the session may do before anything else ({@code PASSWORD_CHANGE},
     *                    {@code TOTP_ENROLMENT}), as claim {@code restricted}; null for none
     */
    Issued issue(Account account, UUID sessionId, String restriction);
}
