package id.balai.notifications.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The {@code whatsapp_session} table: when each person last wrote to the regency's WhatsApp number. */
@ApplicationScoped
public class WhatsAppSessionRepository {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Stamps the person's last message at {@code at}, keeping a later stamp. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touch(TenantId tenant, PersonRef person, Instant at) {
        em.createNativeQuery("""
                insert into whatsapp_session (tenant_id, person_id, last_inbound_at) values (?1, ?2, ?3)
                on conflict (tenant_id, person_id) do update
                    set last_inbound_at = greatest(whatsapp_session.last_inbound_at, excluded.last_inbound_at)
                """)
                .setParameter(1, tenant.value()).setParameter(2, person.value()).setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> lastInbound(TenantId tenant, PersonRef person) {
        List<Object> rows = em.createNativeQuery(
                "select last_inbound_at from whatsapp_session where tenant_id = ?1 and person_id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, person.value()).getResultList();
        return rows.stream().findFirst().map(WhatsAppSessionRepository::instant);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
