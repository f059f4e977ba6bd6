package id.balai.tenancy.infrastructure;

import java.util.List;

import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads a tenant's org units: scoped in the query and, beneath it, by row-level security (without the tenant set
 * by {@link TenantScope}, the database returns no rows at all, so a result proves the scope reached the query).
 */
@ApplicationScoped
public class OrgUnitQueries {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    TenantScope scope;

    public List<OrgUnitRow> activeUnits(TenantId tenant) {
        return scope.call(tenant, () -> em.createQuery(
                "select u from OrgUnitRow u where u.tenantId = :tenant and u.active = true order by u.position",
                OrgUnitRow.class).setParameter("tenant", tenant.value()).getResultList());
    }
}
