package id.balai.complaints.application;

import java.time.Instant;

import id.balai.platform.domain.TenantId;

/**
 * The port to the WhatsApp messages already handled, each claimed once by its id. The adapter is
 * {@code complaints.infrastructure.WhatsAppInboundRepository}.
 */
public interface WhatsAppInbound {

    /** Whether a message with this id was handled. */
    boolean seen(TenantId tenant, String wamid);

    /**
     * Records the message as handled, as {@code kind}; false when it already was (the caller then does nothing).
     */
    boolean claim(TenantId tenant, String wamid, Instant at, String kind);
}
