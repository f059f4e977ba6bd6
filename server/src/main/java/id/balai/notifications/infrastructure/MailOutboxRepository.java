package id.balai.notifications.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.notifications.domain.OutgoingMail;
import id.balai.notifications.domain.Queueing;
import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code mail_outbox} table, in the caller's tenant-scoped transaction. Due rows are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so that several server instances never send the same message twice.
 */
@ApplicationScoped
public class MailOutboxRepository {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /**
     * A message still to send, and how often it was tried; {@code secret} replaces the access-code placeholder when
     * it is sent, {@code unsubscribeUrl} is its one-click unsubscribe address.
     */
    public record Pending(UUID id, OutgoingMail mail, int attempts, Optional<String> secret,
            Optional<String> unsubscribeUrl) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(TenantId tenant, OutgoingMail mail) {
        insert(tenant, mail, Queueing.now(), Optional.empty());
    }

    /** Queues the message; with a dedupe key already queued in this regency, stores nothing and answers false. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(TenantId tenant, OutgoingMail mail, Queueing q, Optional<String> unsubscribeUrl) {
        return em.createNativeQuery("""
                insert into mail_outbox (tenant_id, id, recipient, recipient_person, subject, body, purpose,
                    subject_type, subject_id, next_attempt_at, dedupe_key, secret, unsubscribe_url, in_reply_to)
                values (?1, ?2, ?3, cast(?4 as uuid), ?5, ?6, ?7, ?8, ?9, coalesce(cast(?10 as timestamptz), now()),
                    ?11, ?12, ?13, ?14)
                on conflict (tenant_id, dedupe_key) where dedupe_key is not null do nothing
                """)
                .setParameter(1, tenant.value()).setParameter(2, UUID.randomUUID())
                .setParameter(3, mail.address().orElse(null))
                .setParameter(4, mail.person().map(p -> p.value().toString()).orElse(null))
                .setParameter(5, mail.subject()).setParameter(6, mail.body()).setParameter(7, mail.purpose())
                .setParameter(8, mail.subjectType()).setParameter(9, mail.subjectId())
                .setParameter(10, q.notBefore().map(Instant::toString).orElse(null))
                .setParameter(11, q.dedupeKey().orElse(null)).setParameter(12, q.secret().orElse(null))
                .setParameter(13, unsubscribeUrl.orElse(null)).setParameter(14, mail.inReplyTo().orElse(null))
                .executeUpdate() == 1;
    }

    /**
     * Up to {@code limit} due messages, locked until the transaction ends: answers to a citizen's own e-mail first
     * (the same-day confirmation of Perbup LT Ps 22(9) must not wait behind a backlog of notices), then first tries
     * before retries (after an outage of the mail server), then oldest first.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pending> lockDue(TenantId tenant, Instant now, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, recipient, recipient_person, subject, body, purpose, subject_type, subject_id, attempts,
                    secret, unsubscribe_url, in_reply_to
                from mail_outbox
                where tenant_id = ?1 and sent_at is null and given_up_at is null and next_attempt_at <= ?2
                order by in_reply_to is null, attempts > 0, next_attempt_at, created_at limit ?3 for update skip locked
                """)
                .setParameter(1, tenant.value()).setParameter(2, Timestamp.from(now)).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Pending((UUID) r[0], new OutgoingMail(
                Optional.ofNullable((String) r[1]), Optional.ofNullable((UUID) r[2]).map(PersonRef::new),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                Optional.ofNullable((String) r[11])),
                ((Number) r[8]).intValue(), Optional.ofNullable((String) r[9]), Optional.ofNullable((String) r[10])))
                .toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(TenantId tenant, UUID id, Instant at) {
        em.createNativeQuery("update mail_outbox set sent_at = ?3, attempts = attempts + 1, last_error = null, "
                + "secret = null where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, id).setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is empty. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markFailed(TenantId tenant, UUID id, String error, Instant now, Instant retryAt) {
        String e = error == null ? "unknown" : error;
        em.createNativeQuery("""
                update mail_outbox set attempts = attempts + 1, last_error = ?3,
                    next_attempt_at = coalesce(cast(?4 as timestamptz), next_attempt_at),
                    given_up_at = cast(?5 as timestamptz),
                    secret = case when cast(?5 as timestamptz) is null then secret end
                where tenant_id = ?1 and id = ?2
                """)
                .setParameter(1, tenant.value()).setParameter(2, id)
                .setParameter(3, e.substring(0, Math.min(500, e.length())))
                .setParameter(4, retryAt == null ? null : retryAt.toString())
                .setParameter(5, retryAt == null ? now.toString() : null).executeUpdate();
    }

    /** Moves the rows' next attempt to {@code until}: leased while an instance sends them, released when it did not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lease(TenantId tenant, List<UUID> ids, Instant until) {
        OutboxLease.move(em, "mail_outbox", tenant, ids, until);
    }
}
