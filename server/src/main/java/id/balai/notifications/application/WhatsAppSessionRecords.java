package id.balai.notifications.application;

import java.time.Instant;
import java.util.Optional;

import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.PersonRef;

/**
 * The port to when each person last wrote to the regency's WhatsApp number. The adapter is
 * {@code notifications.infrastructure.WhatsAppSessionRepository}.
 */
public interface WhatsAppSessionRecords {

    /** Stamps the person's last message at {@code at}, keeping a later stamp. */
    void touch(TenantId tenant, PersonRef person, Instant at);

    Optional<Instant> lastInbound(TenantId tenant, PersonRef person);
}
