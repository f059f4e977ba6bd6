package id.balai.intake.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;

import id.balai.intake.domain.IntakeMailbox;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code mail_intake_message} table, in the caller's tenant-scoped transaction: a message's key is claimed
 * first (a second claimer of the same key waits for the first transaction and then finds it taken), and its outcome
 * is written before that transaction commits.
 */
@ApplicationScoped
public class IntakeRecords {

    /** What became of a message. */
    public enum Outcome {
        COMPLAINT, REQUEST, IGNORED, NO_CONTENT
    }

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Claims the key for this transaction; false when another transaction took it (committed) before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(TenantId tenant, IntakeMailbox box, String key, Instant now) {
        return em.createNativeQuery("""
                insert into mail_intake_message (tenant_id, mailbox, message_key, processed_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing
                """).setParameter(1, tenant.value()).setParameter(2, box.name()).setParameter(3, key)
                .setParameter(4, Timestamp.from(now)).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(TenantId tenant, IntakeMailbox box, String key, Outcome outcome, String reason,
            String subjectType, String subjectId) {
        em.createNativeQuery("""
                update mail_intake_message set outcome = ?4, reason = ?5, subject_type = ?6, subject_id = ?7
                where tenant_id = ?1 and mailbox = ?2 and message_key = ?3
                """).setParameter(1, tenant.value()).setParameter(2, box.name()).setParameter(3, key)
                .setParameter(4, outcome.name())
                .setParameter(5, reason == null ? null : reason.substring(0, Math.min(300, reason.length())))
                .setParameter(6, subjectType).setParameter(7, subjectId).executeUpdate();
    }
}
