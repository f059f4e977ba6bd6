package id.balai.information.infrastructure;

import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import id.balai.tenancy.application.OpenCasesAtUnit;
import id.balai.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Information requests whose notice clock runs at the unit (registered or routed there, UU KIP Ps 22(7)). */
@ApplicationScoped
public class OpenRequestsAtUnit implements OpenCasesAtUnit {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    TenantTransactions scope;

    @Override
    public Count count(TenantId tenant, String unitCode) {
        long n = scope.call(tenant, () -> Sql.of(em, """
                select count(*) from information_request
                where tenant_id = :tenant and org_unit_code = :unit and status in ('REGISTERED', 'ROUTED')""")
                .set("tenant", tenant.value()).set("unit", unitCode).count());
        return new Count(n, "open information requests", "permohonan informasi terbuka");
    }
}
