package id.balai.complaints.infrastructure.routing;

import java.util.List;

import id.balai.complaints.application.RoutingRecords;
import id.balai.complaints.domain.routing.RoutingExample;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A regency's dispatched history for its routing model: the newest reports that the central administrator
 * verified and dispatched (merged ones excluded: their text lives on in the case they joined), each with the unit it
 * was first sent to. Runs in the caller's tenant-scoped transaction.
 */
@ApplicationScoped
public class RoutingHistory implements RoutingRecords {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingExample> newest(TenantId tenant, int limit) {
        return Sql.of(em, """
                select c.title, c.description, first.org_unit_code
                from complaint c
                cross join lateral (select d.org_unit_code from complaint_dispatch d
                                    where d.tenant_id = c.tenant_id and d.complaint_id = c.id
                                    order by d.sent_at, d.org_unit_code limit 1) first
                where c.tenant_id = :tenant and c.merged_into is null
                order by c.received_at desc, c.id
                limit :limit
                """).set("tenant", tenant.value()).set("limit", limit)
                .list(r -> new RoutingExample(RoutingExample.text(r.text(0), r.text(1)), r.text(2)));
    }
}
