package id.balai.identity.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import id.balai.identity.domain.SavedFilter;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores officers' saved filters; every statement names the tenant and the officer (row-level security beneath). */
@ApplicationScoped
public class SavedFilterRepository {
    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(SavedFilter f) {
        em.createNativeQuery("""
                insert into officer_saved_filter (tenant_id, id, officer_id, queue, name, query, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                """).setParameter(1, f.tenant().value()).setParameter(2, f.id()).setParameter(3, f.officer())
                .setParameter(4, f.queue().name()).setParameter(5, f.name()).setParameter(6, f.query())
                .setParameter(7, Timestamp.from(f.createdAt())).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(TenantId tenant, UUID officer, SavedFilter.Queue queue, String name) {
        return !em.createNativeQuery("select 1 from officer_saved_filter where tenant_id = ?1 and officer_id = ?2 "
                + "and queue = ?3 and name = ?4").setParameter(1, tenant.value()).setParameter(2, officer)
                .setParameter(3, queue.name()).setParameter(4, name).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SavedFilter> list(TenantId tenant, UUID officer, SavedFilter.Queue queue) {
        List<Object[]> rows = em.createNativeQuery("select id, name, query, created_at from officer_saved_filter "
                + "where tenant_id = ?1 and officer_id = ?2 and queue = ?3 order by name, id")
                .setParameter(1, tenant.value()).setParameter(2, officer).setParameter(3, queue.name())
                .getResultList();
        return rows.stream().map(r -> new SavedFilter(tenant, (UUID) r[0], officer, queue, (String) r[1],
                (String) r[2], instant(r[3]))).toList();
    }

    /** Deletes the officer's own filter; false when this officer has no such filter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean delete(TenantId tenant, UUID officer, UUID id) {
        return em.createNativeQuery("delete from officer_saved_filter where tenant_id = ?1 and officer_id = ?2 "
                + "and id = ?3").setParameter(1, tenant.value()).setParameter(2, officer).setParameter(3, id)
                .executeUpdate() == 1;
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) o;
    }
}
