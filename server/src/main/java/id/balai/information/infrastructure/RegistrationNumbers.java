package id.balai.information.infrastructure;

import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Register numbers per tenant, series and year (Perbup Pasal 22(3): a registration number at receipt), e.g.
 * {@code LT-PPID-2026-000012} for a request, {@code LT-KEB-2026-000003} for an objection, {@code LT-SKI-2026-000001}
 * for a dispute. The counter shares {@code tracking_counter} with SPIKM's numbers; its row is locked until commit,
 * so a number is never handed out twice.
 */
@ApplicationScoped
public class RegistrationNumbers {
    public static final String REQUEST = "PPID";
    public static final String OBJECTION = "KEB";
    public static final String DISPUTE = "SKI";

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
        return String.format("%s-%s-%d-%06d", tenant.definition().shortCode(), series, year, n.longValue());
    }
}
