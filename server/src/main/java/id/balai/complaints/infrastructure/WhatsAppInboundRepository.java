package id.balai.complaints.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;

import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code whatsapp_inbound} table: the WhatsApp messages already handled, by their id ({@code wamid}). Claiming
 * a message in the transaction that handles it makes a redelivery wait for that transaction and then find it taken.
 */
@ApplicationScoped
public class WhatsAppInboundRepository {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Whether a message with this id was handled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean seen(TenantId tenant, String wamid) {
        return !em.createNativeQuery("select 1 from whatsapp_inbound where tenant_id = ?1 and wamid = ?2")
                .setParameter(1, tenant.value()).setParameter(2, wamid).getResultList().isEmpty();
    }

    /**
     * Records the message as handled, as {@code kind}; false when it already was (the caller then does nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(TenantId tenant, String wamid, Instant at, String kind) {
        return em.createNativeQuery("""
                insert into whatsapp_inbound (tenant_id, wamid, received_at, kind) values (?1, ?2, ?3, ?4)
                on conflict (tenant_id, wamid) do nothing
                """).setParameter(1, tenant.value()).setParameter(2, wamid).setParameter(3, Timestamp.from(at))
                .setParameter(4, kind).executeUpdate() == 1;
    }
}
