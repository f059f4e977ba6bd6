package id.balai.complaints.infrastructure;

import java.time.Instant;

import id.balai.complaints.application.WhatsAppInbound;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code whatsapp_inbound} table: the WhatsApp messages already handled, by their id ({@code wamid}). Claiming
 * a message in the transaction that handles it makes a redelivery wait for that transaction and then find it taken.
 */
@ApplicationScoped
public class WhatsAppInboundRepository implements WhatsAppInbound {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Whether a message with this id was handled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean seen(TenantId tenant, String wamid) {
        return Sql.of(em, "select 1 from whatsapp_inbound where tenant_id = :tenant and wamid = :wamid")
                .set("tenant", tenant.value()).set("wamid", wamid).exists();
    }

    /**
     * Records the message as handled, as {@code kind}; false when it already was (the caller then does nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(TenantId tenant, String wamid, Instant at, String kind) {
        return Sql.of(em, """
                insert into whatsapp_inbound (tenant_id, wamid, received_at, kind) values (:tenant, :wamid, :at, :kind)
                on conflict (tenant_id, wamid) do nothing
                """).set("tenant", tenant.value()).set("wamid", wamid).set("at", at).set("kind", kind).execute() == 1;
    }
}
