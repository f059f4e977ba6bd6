package id.balai.notifications.application;

import java.time.Instant;

import id.balai.notifications.domain.OutgoingWhatsApp;
import id.balai.platform.domain.TenantId;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Queues a WhatsApp message in the caller's transaction: it exists only if that transaction commits, and the caller
 * never waits for, or fails because of, the Graph API. {@link WhatsAppSender} sends it afterwards, as text or as the
 * tenant's template depending on the citizen's 24-hour window at that moment.
 */
@ApplicationScoped
public class WhatsAppOutbox {

    @Inject
    WhatsAppQueue rows;

    @Inject
    WhatsAppAccounts accounts;

    /**
     * @param notBefore when to send at the earliest; null: now
     * @param dedupeKey a name for the message, unique per tenant; a second message with a name already stored is
     *                  not stored. Null: no name, always stored
     * @return whether the message was stored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(TenantId tenant, OutgoingWhatsApp message, Instant notBefore, String dedupeKey) {
        return enqueue(tenant, message, notBefore, dedupeKey, null);
    }

    /**
     * The same with the access code of a receipt: the text holds {@code CitizenMessage.ACCESS_CODE}, the code waits
     * in the row and is put in only when the message is sent, then cleared.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(TenantId tenant, OutgoingWhatsApp message, Instant notBefore, String dedupeKey,
            String secret) {
        if (dedupeKey != null && (dedupeKey.isBlank() || dedupeKey.length() > 200)) {
            throw new IllegalArgumentException("A dedupe key has 1 to 200 characters");
        }
        return rows.insert(tenant, message, notBefore, dedupeKey, secret);
    }

    /** Whether the tenant's WhatsApp channel is on (its file configures it and the environment holds its secrets). */
    public boolean configured(Tenant tenant) {
        return accounts.configured(tenant);
    }
}
