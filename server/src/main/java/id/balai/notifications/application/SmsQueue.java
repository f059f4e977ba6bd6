package id.balai.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.notifications.domain.OutgoingSms;
import id.balai.notifications.domain.Queueing;
import id.balai.platform.domain.TenantId;

/**
 * The port to the SMS outbox: messages queued in the caller's transaction, taken when due without two instances
 * sending one twice, marked sent or failed. The adapter is {@code notifications.infrastructure.SmsOutboxRepository}.
 */
public interface SmsQueue {

    /** A message still to send, and how often it was tried; {@code secret} replaces the access-code placeholder. */
    public record Pending(UUID id, OutgoingSms sms, int attempts, Optional<String> secret) {
    }

    void insert(TenantId tenant, OutgoingSms sms);

    /** Queues the message; with a dedupe key already queued in this regency, stores nothing and answers false. */
    boolean insert(TenantId tenant, OutgoingSms sms, Queueing q);

    /**
     * Up to {@code limit} due messages, locked until the transaction ends: first tries before retries (after an
     * outage of the gateway a backlog of retries must not hold back what a citizen is waiting for now), then oldest
     * first.
     */
    List<Pending> lockDue(TenantId tenant, Instant now, int limit);

    void markSent(TenantId tenant, UUID id, Instant at);

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is empty. */
    void markFailed(TenantId tenant, UUID id, String error, Instant now, Instant retryAt);

    /** Moves the rows' next attempt to {@code until}: leased while an instance sends them, released when it did not. */
    void lease(TenantId tenant, List<UUID> ids, Instant until);
}
