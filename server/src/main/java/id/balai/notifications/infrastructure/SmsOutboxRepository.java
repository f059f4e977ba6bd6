package id.balai.notifications.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.notifications.domain.OutgoingSms;
import id.balai.notifications.domain.Queueing;
import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code sms_outbox} table. Every statement runs in the caller's tenant-scoped transaction. Due rows are
 * taken with {@code FOR UPDATE SKIP LOCKED}, so that several server instances never send the same message twice.
 */
@ApplicationScoped
public class SmsOutboxRepository {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** A message still to send, and how often it was tried; {@code secret} replaces the access-code placeholder. */
    public record Pending(UUID id, OutgoingSms sms, int attempts, Optional<String> secret) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(TenantId tenant, OutgoingSms sms) {
        insert(tenant, sms, Queueing.now());
    }

    /** Queues the message; with a dedupe key already queued in this regency, stores nothing and answers false. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(TenantId tenant, OutgoingSms sms, Queueing q) {
        return em.createNativeQuery("""
                insert into sms_outbox (tenant_id, id, from_number, recipient_id, text, purpose, subject_type,
                    subject_id, next_attempt_at, dedupe_key, secret)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, coalesce(cast(?9 as timestamptz), now()), ?10, ?11)
                on conflict (tenant_id, dedupe_key) where dedupe_key is not null do nothing
                """)
                .setParameter(1, tenant.value()).setParameter(2, UUID.randomUUID())
                .setParameter(3, sms.fromNumber()).setParameter(4, sms.recipient().value())
                .setParameter(5, sms.text()).setParameter(6, sms.purpose()).setParameter(7, sms.subjectType())
                .setParameter(8, sms.subjectId()).setParameter(9, q.notBefore().map(Instant::toString).orElse(null))
                .setParameter(10, q.dedupeKey().orElse(null)).setParameter(11, q.secret().orElse(null))
                .executeUpdate() == 1;
    }

    /**
     * Up to {@code limit} due messages, locked until the transaction ends: first tries before retries (after an
     * outage of the gateway a backlog of retries must not hold back what a citizen is waiting for now), then oldest
     * first.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pending> lockDue(TenantId tenant, Instant now, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, from_number, recipient_id, text, purpose, subject_type, subject_id, attempts, secret
                from sms_outbox
                where tenant_id = ?1 and sent_at is null and given_up_at is null and next_attempt_at <= ?2
                order by attempts > 0, next_attempt_at, created_at limit ?3 for update skip locked
                """)
                .setParameter(1, tenant.value()).setParameter(2, Timestamp.from(now)).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Pending((UUID) r[0], new OutgoingSms((String) r[1],
                new PersonRef((UUID) r[2]), (String) r[3], (String) r[4], (String) r[5], (String) r[6]),
                ((Number) r[7]).intValue(), Optional.ofNullable((String) r[8]))).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(TenantId tenant, UUID id, Instant at) {
        em.createNativeQuery("update sms_outbox set sent_at = ?3, attempts = attempts + 1, last_error = null, "
                + "secret = null where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, id).setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is empty. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markFailed(TenantId tenant, UUID id, String error, Instant now, Instant retryAt) {
        em.createNativeQuery("""
                update sms_outbox set attempts = attempts + 1, last_error = ?3,
                    next_attempt_at = coalesce(cast(?4 as timestamptz), next_attempt_at),
                    given_up_at = cast(?5 as timestamptz),
                    secret = case when cast(?5 as timestamptz) is null then secret end
                where tenant_id = ?1 and id = ?2
                """)
                .setParameter(1, tenant.value()).setParameter(2, id)
                .setParameter(3, error.substring(0, Math.min(500, error.length())))
                .setParameter(4, retryAt == null ? null : retryAt.toString())
                .setParameter(5, retryAt == null ? now.toString() : null).executeUpdate();
    }

    /** Moves the rows' next attempt to {@code until}: leased while an instance sends them, released when it did not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lease(TenantId tenant, List<UUID> ids, Instant until) {
        OutboxLease.move(em, "sms_outbox", tenant, ids, until);
    }
}
