package id.balai.notifications.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import id.balai.platform.domain.TenantId;
import jakarta.persistence.EntityManager;

/** Moves the next attempt of claimed outbox rows: a lease while they are sent, a release when not sent. */
final class OutboxLease {
    private OutboxLease() {
    }

    /** @param table one of the outbox tables, never input */
    static void move(EntityManager em, String table, TenantId tenant, List<UUID> ids, Instant until) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("update " + table + " set next_attempt_at = ?3 where tenant_id = ?1 "
                + "and id = any(cast(?2 as uuid[])) and sent_at is null and given_up_at is null")
                .setParameter(1, tenant.value())
                .setParameter(2, ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .setParameter(3, Timestamp.from(until)).executeUpdate();
    }
}
