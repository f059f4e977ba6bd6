package id.balai.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * The port to sign-in sessions: a refresh token stored as its digest only, rotated on each refresh, and the whole
 * session revoked when the one before the current is presented. The adapter is
 * {@code identity.infrastructure.SessionStore}.
 */
public interface Sessions {

    /** A session as the refresh flow needs it. */
    public record Session(UUID id, Optional<TenantId> tenant, UUID accountId, Instant expiresAt, boolean revoked,
            boolean presentedPreviousToken) {
    }

    /** An open session as its owner sees it in the list of their sessions. */
    public record OpenSession(UUID id, Instant startedAt, Instant lastRefreshedAt, Instant expiresAt) {
    }

    UUID open(Optional<TenantId> tenant, UUID accountId, String refreshToken, Instant expiresAt);

    /** The session a refresh token belongs to, as its current or its previous token. */
    /** A new refresh token: 32 random bytes, URL-safe; only its digest is stored. */
    String newRefreshToken();

    Optional<Session> findByRefreshToken(String refreshToken);

    void rotate(UUID sessionId, String newRefreshToken);

    void revoke(UUID sessionId, String reason);

    /** Revokes every open session of an account (password change, deactivation). */
    void revokeAll(Optional<TenantId> tenant, UUID accountId, String reason);

    /** Whether the session behind an access token still stands (exists, not revoked, not expired). */
    boolean isOpen(UUID sessionId);

    /** The account's sessions that still stand, the most recently used first. */
    List<OpenSession> openSessions(Optional<TenantId> tenant, UUID accountId);

    /** Ends one of the account's own sessions; false when it is not theirs or already ended. */
    boolean revokeOwn(Optional<TenantId> tenant, UUID accountId, UUID sessionId, String reason);
}
