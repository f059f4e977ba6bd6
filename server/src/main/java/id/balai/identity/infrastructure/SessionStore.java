package id.balai.identity.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Login sessions ({@code auth_session}): a refresh token is 32 random bytes handed out once; only its SHA-256
 * digest is stored. Each refresh rotates it; presenting the one before the current (a stolen copy, or a replay)
 * revokes the whole session.
 */
@ApplicationScoped
public class SessionStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** A session as the refresh flow needs it. */
    public record Session(UUID id, Optional<TenantId> tenant, UUID accountId, Instant expiresAt, boolean revoked,
            boolean presentedPreviousToken) {
    }

    public static String newRefreshToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public UUID open(Optional<TenantId> tenant, UUID accountId, String refreshToken, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into auth_session (id, tenant_id, account_id, refresh_digest, expires_at) "
                + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, tenant.map(TenantId::value).orElse(null))
                .setParameter(3, accountId).setParameter(4, digest(refreshToken))
                .setParameter(5, Timestamp.from(expiresAt)).executeUpdate();
        return id;
    }

    /** The session a refresh token belongs to, as its current or its previous token. */
    @SuppressWarnings("unchecked")
    public Optional<Session> findByRefreshToken(String refreshToken) {
        byte[] d = digest(refreshToken);
        List<Object[]> rows = em.createNativeQuery("""
                select id, tenant_id, account_id, expires_at, revoked_at is not null, refresh_digest <> ?1
                from auth_session where refresh_digest = ?1 or previous_refresh_digest = ?1
                """).setParameter(1, d).getResultList();
        return rows.stream().findFirst().map(r -> new Session((UUID) r[0],
                Optional.ofNullable((String) r[1]).map(TenantId::new), (UUID) r[2], ((Timestamp) r[3]).toInstant(),
                (Boolean) r[4], (Boolean) r[5]));
    }

    public void rotate(UUID sessionId, String newRefreshToken) {
        em.createNativeQuery("update auth_session set previous_refresh_digest = refresh_digest, "
                + "refresh_digest = ?2, refreshed_at = now() where id = ?1")
                .setParameter(1, sessionId).setParameter(2, digest(newRefreshToken)).executeUpdate();
    }

    public void revoke(UUID sessionId, String reason) {
        em.createNativeQuery("update auth_session set revoked_at = now(), revoked_reason = ?2 "
                + "where id = ?1 and revoked_at is null")
                .setParameter(1, sessionId).setParameter(2, reason).executeUpdate();
    }

    /** Revokes every open session of an account (password change, deactivation). */
    public void revokeAll(Optional<TenantId> tenant, UUID accountId, String reason) {
        em.createNativeQuery("update auth_session set revoked_at = now(), revoked_reason = ?3 "
                + "where tenant_id is not distinct from ?1 and account_id = ?2 and revoked_at is null")
                .setParameter(1, tenant.map(TenantId::value).orElse(null)).setParameter(2, accountId)
                .setParameter(3, reason).executeUpdate();
    }

    /** Whether the session behind an access token still stands (exists, not revoked, not expired). */
    public boolean isOpen(UUID sessionId) {
        List<?> rows = em.createNativeQuery(
                "select 1 from auth_session where id = ?1 and revoked_at is null and expires_at > now()")
                .setParameter(1, sessionId).getResultList();
        return !rows.isEmpty();
    }

    /** An open session as its owner sees it in the list of their sessions. */
    public record OpenSession(UUID id, Instant startedAt, Instant lastRefreshedAt, Instant expiresAt) {
    }

    /** The account's sessions that still stand, the most recently used first. */
    @SuppressWarnings("unchecked")
    public List<OpenSession> openSessions(Optional<TenantId> tenant, UUID accountId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, created_at, refreshed_at, expires_at from auth_session
                where tenant_id is not distinct from ?1 and account_id = ?2 and revoked_at is null and expires_at > now()
                order by refreshed_at desc limit 50
                """).setParameter(1, tenant.map(TenantId::value).orElse(null)).setParameter(2, accountId)
                .getResultList();
        return rows.stream().map(r -> new OpenSession((UUID) r[0], ((Timestamp) r[1]).toInstant(),
                ((Timestamp) r[2]).toInstant(), ((Timestamp) r[3]).toInstant())).toList();
    }

    /** Ends one of the account's own sessions; false when it is not theirs or already ended. */
    public boolean revokeOwn(Optional<TenantId> tenant, UUID accountId, UUID sessionId, String reason) {
        return em.createNativeQuery("update auth_session set revoked_at = now(), revoked_reason = ?4 "
                + "where id = ?3 and tenant_id is not distinct from ?1 and account_id = ?2 and revoked_at is null")
                .setParameter(1, tenant.map(TenantId::value).orElse(null)).setParameter(2, accountId)
                .setParameter(3, sessionId).setParameter(4, reason).executeUpdate() == 1;
    }

    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
