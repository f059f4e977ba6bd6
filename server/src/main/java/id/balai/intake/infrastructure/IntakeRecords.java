package id.balai.intake.infrastructure;

import java.time.Instant;

import id.balai.intake.application.IntakeLedger;
import id.balai.intake.domain.IntakeMailbox;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
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
public class IntakeRecords implements IntakeLedger {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Claims the key for this transaction; false when another transaction took it (committed) before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(TenantId tenant, IntakeMailbox box, String key, Instant now) {
        return Sql.of(em, """
                insert into mail_intake_message (tenant_id, mailbox, message_key, processed_at)
                values (:tenant, :mailbox, :key, :at) on conflict do nothing
                """).set("tenant", tenant.value()).set("mailbox", box).set("key", key).set("at", now)
                .execute() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(TenantId tenant, IntakeMailbox box, String key, Outcome outcome, String reason,
            String subjectType, String subjectId) {
        Sql.of(em, """
                update mail_intake_message set outcome = :outcome, reason = :reason, subject_type = :subjectType,
                    subject_id = :subjectId
                where tenant_id = :tenant and mailbox = :mailbox and message_key = :key
                """).set("tenant", tenant.value()).set("mailbox", box).set("key", key).set("outcome", outcome)
                .set("reason", reason == null ? null : reason.substring(0, Math.min(300, reason.length())),
                        String.class)
                .set("subjectType", subjectType, String.class).set("subjectId", subjectId, String.class).execute();
    }
}
