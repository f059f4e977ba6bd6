package id.balai.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.balai.notifications.domain.OutgoingWhatsApp;
import id.balai.platform.domain.TenantId;

/**
 * The port to the WhatsApp outbox: messages queued in the caller's transaction, taken when due without two
 * instances sending one twice, marked sent or failed. The adapter is
 * {@code notifications.infrastructure.WhatsAppOutboxRepository}.
 */
public interface WhatsAppQueue {

    /** A message still to send, and how often it was tried; {@code secret} replaces the access-code placeholder. */
    public record Pending(UUID id, OutgoingWhatsApp message, int attempts, java.util.Optional<String> secret) {
    }

    /** Stores the message; with a dedupe key another row already holds, stores nothing and answers false. */
    boolean insert(TenantId tenant, OutgoingWhatsApp m, Instant notBefore, String dedupeKey);

    /** The same with a secret (the access code) kept until the message has left. */
    boolean insert(TenantId tenant, OutgoingWhatsApp m, Instant notBefore, String dedupeKey, String secret);

    /** Up to {@code limit} due messages, locked until the transaction ends: first tries before retries, then oldest. */
    List<Pending> lockDue(TenantId tenant, Instant now, int limit);

    /** @param sentAs {@code TEXT} or {@code TEMPLATE} */
    void markSent(TenantId tenant, UUID id, Instant at, String sentAs, String providerMessageId);

    /** Records a failed attempt: tried again at {@code retryAt}, or given up when that is empty. */
    void markFailed(TenantId tenant, UUID id, String error, Instant now, Instant retryAt);

    /** Moves the rows' next attempt to {@code until}: leased while an instance sends them, released when it did not. */
    void lease(TenantId tenant, List<UUID> ids, Instant until);
}
