package id.balai.notifications.infrastructure;

import java.time.Instant;
import java.util.Optional;

import id.balai.notifications.application.WhatsAppSessionRecords;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import id.balai.privacy.domain.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The {@code whatsapp_session} table: when each person last wrote to the regency's WhatsApp number. */
@ApplicationScoped
public class WhatsAppSessionRepository implements WhatsAppSessionRecords {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Stamps the person's last message at {@code at}, keeping a later stamp. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touch(TenantId tenant, PersonRef person, Instant at) {
        Sql.of(em, """
                insert into whatsapp_session (tenant_id, person_id, last_inbound_at) values (:tenant, :person, :at)
                on conflict (tenant_id, person_id) do update
                    set last_inbound_at = greatest(whatsapp_session.last_inbound_at, excluded.last_inbound_at)
                """).set("tenant", tenant.value()).set("person", person.value()).set("at", at).execute();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> lastInbound(TenantId tenant, PersonRef person) {
        return Sql.of(em, "select last_inbound_at from whatsapp_session where tenant_id = :tenant "
                + "and person_id = :person").set("tenant", tenant.value()).set("person", person.value())
                .first(r -> r.instant(0));
    }
}
