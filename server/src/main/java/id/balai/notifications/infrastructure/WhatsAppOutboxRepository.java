package id.balai.notifications.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.balai.notifications.application.WhatsAppQueue;
import id.balai.notifications.domain.OutgoingWhatsApp;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
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
public class WhatsAppOutboxRepository implements WhatsAppQueue {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Stores the message; with a dedupe key another row already holds, stores nothing and answers false. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(TenantId tenant, OutgoingWhatsApp m, Instant notBefore, String dedupeKey) {
        return insert(tenant, m, notBefore, dedupeKey, null);
    }

    /** The same with a secret (the access code) kept until the message has left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(TenantId tenant, OutgoingWhatsApp m, Instant notBefore, String dedupeKey, String secret) {
        return Sql.of(em, """
                insert into whatsapp_outbox (tenant_id, id, recipient_id, text, purpose, subject_type, subject_id,
                    dedupe_key, next_attempt_at, secret)
                values (:tenant, :id, :recipient, :text, :purpose, :subjectType, :subjectId, :dedupeKey,
                    coalesce(:notBefore, now()), :secret)
                on conflict (tenant_id, dedupe_key) do nothing
                """).set("tenant", tenant.value()).set("id", UUID.randomUUID()).set("recipient", m.recipient().value())
                .set("text", m.text()).set("purpose", m.purpose(), String.class)
                .set("subjectType", m.subjectType(), String.class).set("subjectId", m.subjectId(), String.class)
                .set("dedupeKey", dedupeKey, String.class).set("notBefore", notBefore, Instant.class)
                .set("secret", secret, String.class).execute() == 1;
    }

    /** Up to {@code limit} due messages, locked until the transaction ends: first tries before retries, then oldest. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pending> lockDue(TenantId tenant, Instant now, int limit) {
        return Sql.of(em, """
                select id, recipient_id, text, purpose, subject_type, subject_id, attempts, secret
                from whatsapp_outbox
                where tenant_id = :tenant and sent_at is null and given_up_at is null and next_attempt_at <= :now
                order by attempts > 0, next_attempt_at, created_at limit :limit for update skip locked
                """).set("tenant", tenant.value()).set("now", now).set("limit", limit)
                .list(r -> new Pending(r.uuid(0), new OutgoingWhatsApp(new PersonRef(r.uuid(1)), r.text(2), r.text(3),
                        r.text(4), r.text(5)), r.integer(6), java.util.Optional.ofNullable(r.text(7))));
    }

    /** @param sentAs {@code TEXT} or {@code TEMPLATE} */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(TenantId tenant, UUID id, Instant at, String sentAs, String providerMessageId) {
        Sql.of(em, """
                update whatsapp_outbox set sent_at = :at, attempts = attempts + 1, last_error = null, sent_as = :sentAs,
                    provider_message_id = :providerMessageId, secret = null
                where tenant_id = :tenant and id = :id
                """).set("tenant", tenant.value()).set("id", id).set("at", at).set("sentAs", sentAs, String.class)
                .set("providerMessageId", providerMessageId, String.class).execute();
    }

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is empty. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markFailed(TenantId tenant, UUID id, String error, Instant now, Instant retryAt) {
        OutboxRows.markFailed(em, "whatsapp_outbox", tenant, id, error, now, retryAt);
    }

    /** Moves the rows' next attempt to {@code until}: leased while an instance sends them, released when it did not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lease(TenantId tenant, List<UUID> ids, Instant until) {
        OutboxRows.move(em, "whatsapp_outbox", tenant, ids, until);
    }
}
