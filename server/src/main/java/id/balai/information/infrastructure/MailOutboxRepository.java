package id.balai.information.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.balai.privacy.domain.PersonRef;
import id.balai.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code information_mail_outbox}: an e-mail is queued in the transaction of the step it reports, so it exists
 * only if that step committed; pending rows are taken with {@code FOR UPDATE SKIP LOCKED} so that two instances
 * never send one twice.
 */
@ApplicationScoped
public class MailOutboxRepository {
    /** After this many failed attempts a message is no longer tried. */
    public static final int MAX_ATTEMPTS = 10;

    public record Pending(UUID id, PersonRef recipient, String subject, String body, String purpose) {
    }

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(TenantId tenant, PersonRef recipient, String subject, String body, String purpose,
            Instant now) {
        em.createNativeQuery("""
                insert into information_mail_outbox (tenant_id, id, recipient_id, subject, body, purpose, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                """).setParameter(1, tenant.value()).setParameter(2, UUID.randomUUID())
                .setParameter(3, recipient.value()).setParameter(4, subject).setParameter(5, body)
                .setParameter(6, purpose).setParameter(7, Timestamp.from(now)).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Pending> lockPending(TenantId tenant, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, recipient_id, subject, body, purpose from information_mail_outbox
                where tenant_id = ?1 and sent_at is null and attempts < ?2 order by created_at limit ?3
                for update skip locked
                """).setParameter(1, tenant.value()).setParameter(2, MAX_ATTEMPTS).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(o -> new Pending((UUID) o[0], new PersonRef((UUID) o[1]), (String) o[2],
                (String) o[3], (String) o[4])).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(TenantId tenant, UUID id, Instant at) {
        em.createNativeQuery("update information_mail_outbox set sent_at = ?3, attempts = attempts + 1 "
                + "where tenant_id = ?1 and id = ?2").setParameter(1, tenant.value()).setParameter(2, id)
                .setParameter(3, Timestamp.from(at)).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markFailed(TenantId tenant, UUID id) {
        em.createNativeQuery("update information_mail_outbox set attempts = attempts + 1 where tenant_id = ?1 and "
                + "id = ?2").setParameter(1, tenant.value()).setParameter(2, id).executeUpdate();
    }
}
