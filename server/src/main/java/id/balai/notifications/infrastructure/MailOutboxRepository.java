package id.balai.notifications.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.notifications.domain.OutgoingMail;
import id.balai.privacy.domain.PersonRef;
import id.balai.tenancy.domain.TenantId;
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

    /** A message still to send, and how often it was tried. */
    public record Pending(UUID id, OutgoingMail mail, int attempts) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(TenantId tenant, OutgoingMail mail) {
        em.createNativeQuery("""
                insert into mail_outbox (tenant_id, id, recipient, recipient_person, subject, body, purpose,
                    subject_type, subject_id, in_reply_to)
                values (?1, ?2, ?3, cast(?4 as uuid), ?5, ?6, ?7, ?8, ?9, ?10)
                """)
                .setParameter(1, tenant.value()).setParameter(2, UUID.randomUUID())
                .setParameter(3, mail.address().orElse(null))
                .setParameter(4, mail.person().map(p -> p.value().toString()).orElse(null))
                .setParameter(5, mail.subject()).setParameter(6, mail.body()).setParameter(7, mail.purpose())
                .setParameter(8, mail.subjectType()).setParameter(9, mail.subjectId())
                .setParameter(10, mail.inReplyTo().orElse(null)).executeUpdate();
    }

    /** Up to {@code limit} due messages, oldest first, locked until the transaction ends. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pending> lockDue(TenantId tenant, Instant now, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, recipient, recipient_person, subject, body, purpose, subject_type, subject_id, attempts,
                    in_reply_to
                from mail_outbox
                where tenant_id = ?1 and sent_at is null and given_up_at is null and next_attempt_at <= ?2
                order by next_attempt_at, created_at limit ?3 for update skip locked
                """)
                .setParameter(1, tenant.value()).setParameter(2, Timestamp.from(now)).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Pending((UUID) r[0], new OutgoingMail(
                Optional.ofNullable((String) r[1]), Optional.ofNullable((UUID) r[2]).map(PersonRef::new),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                Optional.ofNullable((String) r[9])),
                ((Number) r[8]).intValue())).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(TenantId tenant, UUID id, Instant at) {
        em.createNativeQuery("update mail_outbox set sent_at = ?3, attempts = attempts + 1, last_error = null "
                + "where tenant_id = ?1 and id = ?2")
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
                    given_up_at = cast(?5 as timestamptz)
                where tenant_id = ?1 and id = ?2
                """)
                .setParameter(1, tenant.value()).setParameter(2, id)
                .setParameter(3, e.substring(0, Math.min(500, e.length())))
                .setParameter(4, retryAt == null ? null : retryAt.toString())
                .setParameter(5, retryAt == null ? now.toString() : null).executeUpdate();
    }
}
