package id.balai.complaints.infrastructure.routing;

import java.util.List;

import id.balai.complaints.domain.routing.RoutingExample;
import id.balai.platform.domain.TenantId;
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
public class RoutingHistory {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingExample> newest(TenantId tenant, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select c.title, c.description, first.org_unit_code
                from complaint c
                cross join lateral (select d.org_unit_code from complaint_dispatch d
                                    where d.tenant_id = c.tenant_id and d.complaint_id = c.id
                                    order by d.sent_at, d.org_unit_code limit 1) first
                where c.tenant_id = ?1 and c.merged_into is null
                order by c.received_at desc, c.id
                limit ?2
                """).setParameter(1, tenant.value()).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new RoutingExample(text((String) r[0], (String) r[1]), (String) r[2])).toList();
    }

    /** What the model reads of a report: its title and its description. */
    public static String text(String title, String description) {
        return (title == null ? "" : title) + "\n" + (description == null ? "" : description);
    }
}
