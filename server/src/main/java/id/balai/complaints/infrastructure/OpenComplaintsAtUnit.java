package id.balai.complaints.infrastructure;

import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import id.balai.tenancy.application.OpenCasesAtUnit;
import id.balai.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Complaints a unit still has to follow up (SPIKM Pasal 8: a dispatched item is an official letter the agency
 * must follow up): its part is sent, received or in progress, and the case is still open.
 */
@ApplicationScoped
public class OpenComplaintsAtUnit implements OpenCasesAtUnit {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    TenantTransactions scope;

    @Override
    public Count count(TenantId tenant, String unitCode) {
        long n = scope.call(tenant, () -> Sql.of(em, """
                select count(*) from complaint_dispatch d
                join complaint c on c.tenant_id = d.tenant_id and c.id = d.complaint_id
                where d.tenant_id = :tenant and d.org_unit_code = :unit
                  and d.status in ('SENT', 'RECEIVED', 'IN_PROGRESS')
                  and c.status not in ('CLOSED', 'ARCHIVED', 'REJECTED', 'MERGED')""")
                .set("tenant", tenant.value()).set("unit", unitCode).count());
        return new Count(n, "open complaints", "pengaduan terbuka");
    }
}
