package id.balai.information.infrastructure;

import id.balai.information.application.RegistrationNumberSeries;
import id.balai.platform.infrastructure.SeriesNumbers;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Register numbers per tenant, series and year (Perbup Pasal 22(3): a registration number at receipt), e.g.
 * {@code LT-PPID-2026-000012} for a request, {@code LT-KEB-2026-000003} for an objection, {@code LT-SKI-2026-000001}
 * for a dispute. Each series counts on its own sequence ({@link SeriesNumbers}), like SPIKM's numbers: never handed
 * out twice, and taken inside the submission's own transaction without a lock that others wait on.
 */
@ApplicationScoped
public class RegistrationNumbers implements RegistrationNumberSeries {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Tenant tenant, String series, int year) {
        return String.format("%s-%s-%d-%06d", tenant.definition().shortCode(), series, year,
                SeriesNumbers.next(em, series, year));
    }
}
