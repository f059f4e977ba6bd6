package id.balai.identity.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.identity.domain.SignatoryProfile;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The {@code officer_signatory} table: an officer's position and NIP, for the letters they sign. */
@ApplicationScoped
public class SignatoryProfileRepository {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SignatoryProfile> find(TenantId tenant, UUID officer) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select position, nip from officer_signatory where tenant_id = ?1 and officer_id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, officer).getResultList();
        return rows.stream().findFirst().map(r -> new SignatoryProfile((String) r[0], Optional.ofNullable((String) r[1])));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(TenantId tenant, UUID officer, SignatoryProfile p, Instant now) {
        em.createNativeQuery("""
                insert into officer_signatory (tenant_id, officer_id, position, nip, updated_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (tenant_id, officer_id) do update set position = excluded.position, nip = excluded.nip,
                    updated_at = excluded.updated_at
                """).setParameter(1, tenant.value()).setParameter(2, officer).setParameter(3, p.position())
                .setParameter(4, p.nip().orElse(null)).setParameter(5, Timestamp.from(now)).executeUpdate();
    }
}
