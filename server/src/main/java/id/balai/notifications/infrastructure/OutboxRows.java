package id.balai.notifications.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.persistence.EntityManager;

/**
 * What the three outboxes (SMS, e-mail, WhatsApp) do to their rows alike: a sent message, a failed attempt (tried
 * again later, or given up), and the next attempt moved (a lease while they are sent, a release when not sent).
 * {@code table} is one of the outbox tables, never input.
 */
final class OutboxRows {
    private static final int MAX_ERROR = 500;

    private OutboxRows() {
    }

    /** Sent: the attempt counted, the last error and the secret (the access code) cleared. */
    static void markSent(EntityManager em, String table, TenantId tenant, UUID id, Instant at) {
        Sql.of(em, "update " + table + " set sent_at = :at, attempts = attempts + 1, last_error = null, "
                + "secret = null where tenant_id = :tenant and id = :id")
                .set("tenant", tenant.value()).set("id", id).set("at", at).execute();
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up (and the secret cleared) when that is null. */
    static void markFailed(EntityManager em, String table, TenantId tenant, UUID id, String error, Instant now,
            Instant retryAt) {
        String e = error == null ? "unknown" : error;
        Sql.of(em, "update " + table + """
                 set attempts = attempts + 1, last_error = :error,
                    next_attempt_at = coalesce(:retryAt, next_attempt_at),
                    given_up_at = :givenUpAt,
                    secret = case when :givenUpAt is null then secret end
                where tenant_id = :tenant and id = :id
                """).set("tenant", tenant.value()).set("id", id)
                .set("error", e.substring(0, Math.min(MAX_ERROR, e.length())))
                .set("retryAt", retryAt, Instant.class).set("givenUpAt", retryAt == null ? now : null, Instant.class)
                .execute();
    }

    /** Moves the next attempt of claimed rows not yet sent or given up. */
    static void move(EntityManager em, String table, TenantId tenant, List<UUID> ids, Instant until) {
        if (ids.isEmpty()) {
            return;
        }
        Sql.of(em, "update " + table + " set next_attempt_at = :until where tenant_id = :tenant "
                + "and id = any(cast(:ids as uuid[])) and sent_at is null and given_up_at is null")
                .set("tenant", tenant.value())
                .set("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .set("until", until).execute();
    }
}
