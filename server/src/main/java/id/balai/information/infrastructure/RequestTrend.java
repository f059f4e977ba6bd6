package id.balai.information.infrastructure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Information requests received and answered (written notice issued) per week, weeks starting on Monday, by the
 * regency's dates; for the PPID's dashboard. Runs in the caller's tenant-scoped transaction.
 */
@ApplicationScoped
public class RequestTrend {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Counts per week start: [received, notices issued]; {@code unit} null for every unit. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, long[]> weekly(TenantId tenant, String unit, LocalDate from, LocalDate until) {
        Map<LocalDate, long[]> out = new HashMap<>();
        String[] columns = {"received_on", "notice_issued_on"};
        for (int i = 0; i < columns.length; i++) {
            String c = columns[i];
            List<Object[]> rows = em.createNativeQuery("select date_trunc('week', " + c + ")::date, count(*) "
                    + "from information_request where tenant_id = ?1 and " + c + " >= ?2 and " + c + " < ?3 "
                    + "and (cast(?4 as varchar) is null or org_unit_code = cast(?4 as varchar)) group by 1")
                    .setParameter(1, tenant.value()).setParameter(2, Date.valueOf(from))
                    .setParameter(3, Date.valueOf(until)).setParameter(4, unit).getResultList();
            for (Object[] r : rows) {
                LocalDate week = r[0] instanceof Date d ? d.toLocalDate() : LocalDate.parse(r[0].toString());
                out.computeIfAbsent(week, w -> new long[2])[i] = ((Number) r[1]).longValue();
            }
        }
        return out;
    }
}
