package id.balai.complaints.infrastructure;

import id.balai.complaints.application.TrackingNumberSeries;
import id.balai.platform.infrastructure.SeriesNumbers;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Readable numbers per tenant and year, e.g. {@code ME-2026-000123}: the tenant's short code, the year of
 * receipt, the series' next number ({@link SeriesNumbers}: a sequence, so a submission takes its number inside its
 * own transaction without making the regency's next submission wait). A submission that fails after taking its
 * number leaves a gap; numbers stay unique and increasing.
 */
@ApplicationScoped
public class TrackingNumbers implements TrackingNumberSeries {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Tenant tenant, String series, int year) {
        return String.format("%s-%d-%06d", tenant.definition().shortCode(), year,
                SeriesNumbers.next(em, series, year));
    }
}
