package id.balai.notifications.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The citizens' customer service windows: when each wrote last to the regency's WhatsApp number. The webhook stamps
 * every vault entry of the sender's number; {@link WhatsAppSender} reads the recipient's stamp.
 */
@ApplicationScoped
public class WhatsAppSessions {

    @Inject
    WhatsAppSessionRecords rows;

    @Transactional(Transactional.TxType.MANDATORY)
    public void inbound(TenantId tenant, Collection<PersonRef> persons, Instant at) {
        persons.forEach(p -> rows.touch(tenant, p, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> lastInbound(TenantId tenant, PersonRef person) {
        return rows.lastInbound(tenant, person);
    }
}
