package id.balai.complaints.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.domain.ResponseTemplate;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores response templates (issue 17 item 5), in the caller's tenant-scoped transaction. */
@ApplicationScoped
public class ResponseTemplateRepository {
    private static final String COLUMNS = "id, org_unit_code, purpose, name, body, updated_at, updated_by";

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Regency-wide templates and, when {@code unit} is given, that agency's; all of them without. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ResponseTemplate> list(TenantId tenant, Optional<String> unit) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from response_template where tenant_id = ?1"
                + " and (cast(?2 as varchar) is null or org_unit_code is null or org_unit_code = cast(?2 as varchar))"
                + " order by purpose, org_unit_code nulls first, name")
                .setParameter(1, tenant.value()).setParameter(2, unit.orElse(null)).getResultList();
        return rows.stream().map(r -> map(tenant, r)).toList();
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ResponseTemplate> find(TenantId tenant, UUID id) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from response_template where tenant_id = ?1"
                + " and id = ?2").setParameter(1, tenant.value()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> map(tenant, r));
    }

    /** Whether another template of the same owner and purpose already has this name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean nameTaken(TenantId tenant, Optional<String> unit, ResponseTemplate.Purpose purpose, String name,
            UUID except) {
        return ((Number) em.createNativeQuery("select count(*) from response_template where tenant_id = ?1"
                + " and org_unit_code is not distinct from cast(?2 as varchar) and purpose = ?3 and name = ?4"
                + " and id <> ?5").setParameter(1, tenant.value()).setParameter(2, unit.orElse(null))
                .setParameter(3, purpose.name()).setParameter(4, name).setParameter(5, except).getSingleResult())
                .longValue() > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(ResponseTemplate t) {
        em.createNativeQuery("""
                insert into response_template (tenant_id, id, org_unit_code, purpose, name, body, updated_at,
                    updated_by)
                values (?1, ?2, cast(?3 as varchar), ?4, ?5, ?6, ?7, ?8)
                on conflict (tenant_id, id) do update set purpose = excluded.purpose, name = excluded.name,
                    body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """).setParameter(1, t.tenant().value()).setParameter(2, t.id())
                .setParameter(3, t.orgUnit().orElse(null)).setParameter(4, t.purpose().name())
                .setParameter(5, t.name()).setParameter(6, t.body()).setParameter(7, Timestamp.from(t.updatedAt()))
                .setParameter(8, t.updatedBy()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(TenantId tenant, UUID id) {
        em.createNativeQuery("delete from response_template where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, id).executeUpdate();
    }

    private static ResponseTemplate map(TenantId tenant, Object[] r) {
        return new ResponseTemplate(tenant, (UUID) r[0], Optional.ofNullable((String) r[1]),
                ResponseTemplate.Purpose.valueOf((String) r[2]), (String) r[3], (String) r[4], instant(r[5]),
                (String) r[6]);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) value).toInstant();
    }
}
