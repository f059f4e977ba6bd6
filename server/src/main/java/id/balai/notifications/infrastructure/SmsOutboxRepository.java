package id.balai.notifications.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.notifications.application.SmsQueue;
import id.balai.notifications.domain.OutgoingSms;
import id.balai.notifications.domain.Queueing;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
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
public class SmsOutboxRepository implements SmsQueue {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(TenantId tenant, OutgoingSms sms) {
        insert(tenant, sms, Queueing.now());
    }

    /** Queues the message; with a dedupe key already queued in this regency, stores nothing and answers false. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(TenantId tenant, OutgoingSms sms, Queueing q) {
        return Sql.of(em, """
                insert into sms_outbox (tenant_id, id, from_number, recipient_id, text, purpose, subject_type,
                    subject_id, next_attempt_at, dedupe_key, secret)
                values (:tenant, :id, :from, :recipient, :text, :purpose, :subjectType, :subjectId,
                    coalesce(:notBefore, now()), :dedupeKey, :secret)
                on conflict (tenant_id, dedupe_key) where dedupe_key is not null do nothing
                """).set("tenant", tenant.value()).set("id", UUID.randomUUID())
                .set("from", sms.fromNumber(), String.class).set("recipient", sms.recipient().value())
                .set("text", sms.text()).set("purpose", sms.purpose(), String.class)
                .set("subjectType", sms.subjectType(), String.class).set("subjectId", sms.subjectId(), String.class)
                .set("notBefore", q.notBefore().orElse(null), Instant.class)
                .set("dedupeKey", q.dedupeKey().orElse(null), String.class)
                .set("secret", q.secret().orElse(null), String.class).execute() == 1;
    }

    /**
     * Up to {@code limit} due messages, locked until the transaction ends: first tries before retries (after an
     * outage of the gateway a backlog of retries must not hold back what a citizen is waiting for now), then oldest
     * first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pending> lockDue(TenantId tenant, Instant now, int limit) {
        return Sql.of(em, """
                select id, from_number, recipient_id, text, purpose, subject_type, subject_id, attempts, secret
                from sms_outbox
                where tenant_id = :tenant and sent_at is null and given_up_at is null and next_attempt_at <= :now
                order by attempts > 0, next_attempt_at, created_at limit :limit for update skip locked
                """).set("tenant", tenant.value()).set("now", now).set("limit", limit)
                .list(r -> new Pending(r.uuid(0), new OutgoingSms(r.text(1), new PersonRef(r.uuid(2)), r.text(3),
                        r.text(4), r.text(5), r.text(6)), r.integer(7), Optional.ofNullable(r.text(8))));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(TenantId tenant, UUID id, Instant at) {
        OutboxRows.markSent(em, "sms_outbox", tenant, id, at);
    }

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is empty. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markFailed(TenantId tenant, UUID id, String error, Instant now, Instant retryAt) {
        OutboxRows.markFailed(em, "sms_outbox", tenant, id, error, now, retryAt);
    }

    /** Moves the rows' next attempt to {@code until}: leased while an instance sends them, released when it did not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lease(TenantId tenant, List<UUID> ids, Instant until) {
        OutboxRows.move(em, "sms_outbox", tenant, ids, until);
    }
}
