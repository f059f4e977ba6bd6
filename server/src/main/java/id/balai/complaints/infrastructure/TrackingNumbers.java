package id.balai.complaints.infrastructure;

import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Readable numbers per tenant and year, e.g. {@code ME-2026-000123}: the tenant's short code, the year of
 * receipt, a counter. The counter row is locked until commit, so numbers are never handed out twice. Public
 * submissions take their number in a transaction of its own ({@code ComplaintService.reserveNumber}), so a
 * submission that fails afterwards leaves a gap; numbers stay unique and increasing.
 */
@ApplicationScoped
public class TrackingNumbers {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Tenant tenant, String series, int year) {
        Number n = (Number) em.createNativeQuery("""
                insert into tracking_counter (tenant_id, series, year, last) values (?1, ?2, ?3, 1)
                on conflict (tenant_id, series, year) do update set last = tracking_counter.last + 1
                returning last
                """).setParameter(1, tenant.id().value()).setParameter(2, series).setParameter(3, year)
                .getSingleResult();
        return String.format("%s-%d-%06d", tenant.definition().shortCode(), year, n.longValue());
    }
}
