package id.balai.notifications.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.notifications.application.MailQueue;
import id.balai.notifications.domain.OutgoingMail;
import id.balai.notifications.domain.Queueing;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
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
public class MailOutboxRepository implements MailQueue {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(TenantId tenant, OutgoingMail mail) {
        insert(tenant, mail, Queueing.now(), Optional.empty());
    }

    /** Queues the message; with a dedupe key already queued in this regency, stores nothing and answers false. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(TenantId tenant, OutgoingMail mail, Queueing q, Optional<String> unsubscribeUrl) {
        return Sql.of(em, """
                insert into mail_outbox (tenant_id, id, recipient, recipient_person, subject, body, purpose,
                    subject_type, subject_id, next_attempt_at, dedupe_key, secret, unsubscribe_url, in_reply_to)
                values (:tenant, :id, :recipient, :person, :subject, :body, :purpose, :subjectType, :subjectId,
                    coalesce(:notBefore, now()), :dedupeKey, :secret, :unsubscribeUrl, :inReplyTo)
                on conflict (tenant_id, dedupe_key) where dedupe_key is not null do nothing
                """).set("tenant", tenant.value()).set("id", UUID.randomUUID())
                .set("recipient", mail.address().orElse(null), String.class)
                .set("person", mail.person().map(PersonRef::value).orElse(null), UUID.class)
                .set("subject", mail.subject()).set("body", mail.body()).set("purpose", mail.purpose(), String.class)
                .set("subjectType", mail.subjectType(), String.class).set("subjectId", mail.subjectId(), String.class)
                .set("notBefore", q.notBefore().orElse(null), Instant.class)
                .set("dedupeKey", q.dedupeKey().orElse(null), String.class)
                .set("secret", q.secret().orElse(null), String.class)
                .set("unsubscribeUrl", unsubscribeUrl.orElse(null), String.class)
                .set("inReplyTo", mail.inReplyTo().orElse(null), String.class).execute() == 1;
    }

    /**
     * Up to {@code limit} due messages, locked until the transaction ends: answers to a citizen's own e-mail first
     * (the same-day confirmation of Perbup LT Ps 22(9) must not wait behind a backlog of notices), then first tries
     * before retries (after an outage of the mail server), then oldest first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pending> lockDue(TenantId tenant, Instant now, int limit) {
        return Sql.of(em, """
                select id, recipient, recipient_person, subject, body, purpose, subject_type, subject_id, attempts,
                    secret, unsubscribe_url, in_reply_to
                from mail_outbox
                where tenant_id = :tenant and sent_at is null and given_up_at is null and next_attempt_at <= :now
                order by in_reply_to is null, attempts > 0, next_attempt_at, created_at limit :limit
                for update skip locked
                """).set("tenant", tenant.value()).set("now", now).set("limit", limit)
                .list(r -> new Pending(r.uuid(0), new OutgoingMail(Optional.ofNullable(r.text(1)),
                        Optional.ofNullable(r.uuid(2)).map(PersonRef::new), r.text(3), r.text(4), r.text(5),
                        r.text(6), r.text(7), Optional.ofNullable(r.text(11))), r.integer(8),
                        Optional.ofNullable(r.text(9)), Optional.ofNullable(r.text(10))));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(TenantId tenant, UUID id, Instant at) {
        OutboxRows.markSent(em, "mail_outbox", tenant, id, at);
    }

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is empty. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markFailed(TenantId tenant, UUID id, String error, Instant now, Instant retryAt) {
        OutboxRows.markFailed(em, "mail_outbox", tenant, id, error, now, retryAt);
    }

    /** Moves the rows' next attempt to {@code until}: leased while an instance sends them, released when it did not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lease(TenantId tenant, List<UUID> ids, Instant until) {
        OutboxRows.move(em, "mail_outbox", tenant, ids, until);
    }
}
