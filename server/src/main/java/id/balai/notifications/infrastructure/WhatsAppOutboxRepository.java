package id.balai.notifications.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.balai.notifications.domain.OutgoingWhatsApp;
import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code whatsapp_outbox} table, as {@link SmsOutboxRepository} keeps {@code sms_outbox}: every statement in the
 * caller's tenant-scoped transaction, due rows taken with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class WhatsAppOutboxRepository {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** A message still to send, and how often it was tried; {@code secret} replaces the access-code placeholder. */
    public record Pending(UUID id, OutgoingWhatsApp message, int attempts, java.util.Optional<String> secret) {
    }

    /** Stores the message; with a dedupe key another row already holds, stores nothing and answers false. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(TenantId tenant, OutgoingWhatsApp m, Instant notBefore, String dedupeKey) {
        return insert(tenant, m, notBefore, dedupeKey, null);
    }

    /** The same with a secret (the access code) kept until the message has left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(TenantId tenant, OutgoingWhatsApp m, Instant notBefore, String dedupeKey, String secret) {
        return em.createNativeQuery("""
                insert into whatsapp_outbox (tenant_id, id, recipient_id, text, purpose, subject_type, subject_id,
                    dedupe_key, next_attempt_at, secret)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, coalesce(cast(?9 as timestamptz), now()), ?10)
                on conflict (tenant_id, dedupe_key) do nothing
                """)
                .setParameter(1, tenant.value()).setParameter(2, UUID.randomUUID())
                .setParameter(3, m.recipient().value()).setParameter(4, m.text()).setParameter(5, m.purpose())
                .setParameter(6, m.subjectType()).setParameter(7, m.subjectId()).setParameter(8, dedupeKey)
                .setParameter(9, notBefore == null ? null : notBefore.toString()).setParameter(10, secret)
                .executeUpdate() == 1;
    }

    /** Up to {@code limit} due messages, locked until the transaction ends: first tries before retries, then oldest. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pending> lockDue(TenantId tenant, Instant now, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, recipient_id, text, purpose, subject_type, subject_id, attempts, secret
                from whatsapp_outbox
                where tenant_id = ?1 and sent_at is null and given_up_at is null and next_attempt_at <= ?2
                order by attempts > 0, next_attempt_at, created_at limit ?3 for update skip locked
                """)
                .setParameter(1, tenant.value()).setParameter(2, Timestamp.from(now)).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Pending((UUID) r[0], new OutgoingWhatsApp(new PersonRef((UUID) r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5]), ((Number) r[6]).intValue(),
                java.util.Optional.ofNullable((String) r[7]))).toList();
    }

    /** @param sentAs {@code TEXT} or {@code TEMPLATE} */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(TenantId tenant, UUID id, Instant at, String sentAs, String providerMessageId) {
        em.createNativeQuery("""
                update whatsapp_outbox set sent_at = ?3, attempts = attempts + 1, last_error = null, sent_as = ?4,
                    provider_message_id = ?5, secret = null
                where tenant_id = ?1 and id = ?2
                """)
                .setParameter(1, tenant.value()).setParameter(2, id).setParameter(3, Timestamp.from(at))
                .setParameter(4, sentAs).setParameter(5, providerMessageId).executeUpdate();
    }

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is empty. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markFailed(TenantId tenant, UUID id, String error, Instant now, Instant retryAt) {
        em.createNativeQuery("""
                update whatsapp_outbox set attempts = attempts + 1, last_error = ?3,
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
        OutboxLease.move(em, "whatsapp_outbox", tenant, ids, until);
    }
}
