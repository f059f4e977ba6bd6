package id.balai.identity.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.identity.application.Sessions;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Login sessions ({@code auth_session}): a refresh token is 32 random bytes handed out once; only its SHA-256
 * digest is stored. Each refresh rotates it; presenting the one before the current (a stolen copy, or a replay)
 * revokes the whole session.
 */
@ApplicationScoped
public class SessionStore implements Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    public String newRefreshToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public UUID open(Optional<TenantId> tenant, UUID accountId, String refreshToken, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        Sql.of(em, "insert into auth_session (id, tenant_id, account_id, refresh_digest, expires_at) "
                + "values (:id, :tenant, :account, :digest, :expiresAt)").set("id", id)
                .set("tenant", tenant.map(TenantId::value).orElse(null), String.class).set("account", accountId)
                .set("digest", digest(refreshToken)).set("expiresAt", expiresAt).execute();
        return id;
    }

    /** The session a refresh token belongs to, as its current or its previous token. */
    public Optional<Session> findByRefreshToken(String refreshToken) {
        return Sql.of(em, """
                select id, tenant_id, account_id, expires_at, revoked_at is not null, refresh_digest <> :digest
                from auth_session where refresh_digest = :digest or previous_refresh_digest = :digest
                """).set("digest", digest(refreshToken)).first(r -> new Session(r.uuid(0),
                Optional.ofNullable(r.text(1)).map(TenantId::new), r.uuid(2), r.instant(3), r.flag(4), r.flag(5)));
    }

    public void rotate(UUID sessionId, String newRefreshToken) {
        Sql.of(em, "update auth_session set previous_refresh_digest = refresh_digest, "
                + "refresh_digest = :digest, refreshed_at = now() where id = :id").set("id", sessionId)
                .set("digest", digest(newRefreshToken)).execute();
    }

    public void revoke(UUID sessionId, String reason) {
        Sql.of(em, "update auth_session set revoked_at = now(), revoked_reason = :reason "
                + "where id = :id and revoked_at is null").set("id", sessionId).set("reason", reason).execute();
    }

    /** Revokes every open session of an account (password change, deactivation). */
    public void revokeAll(Optional<TenantId> tenant, UUID accountId, String reason) {
        Sql.of(em, "update auth_session set revoked_at = now(), revoked_reason = :reason "
                + "where tenant_id is not distinct from :tenant and account_id = :account and revoked_at is null")
                .set("tenant", tenant.map(TenantId::value).orElse(null), String.class).set("account", accountId)
                .set("reason", reason).execute();
    }

    /** Whether the session behind an access token still stands (exists, not revoked, not expired). */
    public boolean isOpen(UUID sessionId) {
        return Sql.of(em, "select 1 from auth_session where id = :id and revoked_at is null and expires_at > now()")
                .set("id", sessionId).exists();
    }

    /** The account's sessions that still stand, the most recently used first. */
    public List<OpenSession> openSessions(Optional<TenantId> tenant, UUID accountId) {
        return Sql.of(em, """
                select id, created_at, refreshed_at, expires_at from auth_session
                where tenant_id is not distinct from :tenant and account_id = :account and revoked_at is null
                    and expires_at > now()
                order by refreshed_at desc limit 50
                """).set("tenant", tenant.map(TenantId::value).orElse(null), String.class).set("account", accountId)
                .list(r -> new OpenSession(r.uuid(0), r.instant(1), r.instant(2), r.instant(3)));
    }

    /** Ends one of the account's own sessions; false when it is not theirs or already ended. */
    public boolean revokeOwn(Optional<TenantId> tenant, UUID accountId, UUID sessionId, String reason) {
        return Sql.of(em, "update auth_session set revoked_at = now(), revoked_reason = :reason where id = :id "
                + "and tenant_id is not distinct from :tenant and account_id = :account and revoked_at is null")
                .set("tenant", tenant.map(TenantId::value).orElse(null), String.class).set("account", accountId)
                .set("id", sessionId).set("reason", reason).execute() == 1;
    }

    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
