package id.balai.identity.infrastructure;

import java.util.List;
import java.util.UUID;

import id.balai.identity.application.SavedFilterRecords;
import id.balai.identity.domain.SavedFilter;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores officers' saved filters; every statement names the tenant and the officer (row-level security beneath). */
@ApplicationScoped
public class SavedFilterRepository implements SavedFilterRecords {
    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(SavedFilter f) {
        Sql.of(em, """
                insert into officer_saved_filter (tenant_id, id, officer_id, queue, name, query, created_at)
                values (:tenant, :id, :officer, :queue, :name, :query, :at)
                """).set("tenant", f.tenant().value()).set("id", f.id()).set("officer", f.officer())
                .set("queue", f.queue()).set("name", f.name()).set("query", f.query()).set("at", f.createdAt())
                .execute();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(TenantId tenant, UUID officer, SavedFilter.Queue queue, String name) {
        return Sql.of(em, "select 1 from officer_saved_filter where tenant_id = :tenant and officer_id = :officer "
                + "and queue = :queue and name = :name").set("tenant", tenant.value()).set("officer", officer)
                .set("queue", queue).set("name", name).exists();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<SavedFilter> list(TenantId tenant, UUID officer, SavedFilter.Queue queue) {
        return Sql.of(em, "select id, name, query, created_at from officer_saved_filter "
                + "where tenant_id = :tenant and officer_id = :officer and queue = :queue order by name, id")
                .set("tenant", tenant.value()).set("officer", officer).set("queue", queue)
                .list(r -> new SavedFilter(tenant, r.uuid(0), officer, queue, r.text(1), r.text(2), r.instant(3)));
    }

    /** Deletes the officer's own filter; false when this officer has no such filter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean delete(TenantId tenant, UUID officer, UUID id) {
        return Sql.of(em, "delete from officer_saved_filter where tenant_id = :tenant and officer_id = :officer "
                + "and id = :id").set("tenant", tenant.value()).set("officer", officer).set("id", id).execute() == 1;
    }
}
