package id.balai.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.notifications.domain.OutgoingMail;
import id.balai.notifications.domain.Queueing;
import id.balai.platform.domain.TenantId;

/**
 * The port to the e-mail outbox: messages queued in the caller's transaction, taken when due without two instances
 * sending one twice, marked sent or failed. The adapter is {@code notifications.infrastructure.MailOutboxRepository}.
 */
public interface MailQueue {

    /**
     * A message still to send, and how often it was tried; {@code secret} replaces the access-code placeholder when
     * it is sent, {@code unsubscribeUrl} is its one-click unsubscribe address.
     */
    public record Pending(UUID id, OutgoingMail mail, int attempts, Optional<String> secret,
            Optional<String> unsubscribeUrl) {
    }

    void insert(TenantId tenant, OutgoingMail mail);

    /** Queues the message; with a dedupe key already queued in this regency, stores nothing and answers false. */
    boolean insert(TenantId tenant, OutgoingMail mail, Queueing q, Optional<String> unsubscribeUrl);

    /**
     * Up to {@code limit} due messages, locked until the transaction ends: answers to a citizen's own e-mail first
     * (the same-day confirmation of Perbup LT Ps 22(9) must not wait behind a backlog of notices), then first tries
     * before retries (after an outage of the mail server), then oldest first.
     */
    List<Pending> lockDue(TenantId tenant, Instant now, int limit);

    void markSent(TenantId tenant, UUID id, Instant at);

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is empty. */
    void markFailed(TenantId tenant, UUID id, String error, Instant now, Instant retryAt);

    /** Moves the rows' next attempt to {@code until}: leased while an instance sends them, released when it did not. */
    void lease(TenantId tenant, List<UUID> ids, Instant until);
}
