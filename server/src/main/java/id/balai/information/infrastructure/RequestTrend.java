package id.balai.information.infrastructure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import id.balai.information.application.RequestWeeks;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Information requests received and answered (written notice issued) per week, weeks starting on Monday, by the
 * regency's dates; for the PPID's dashboard. Runs in the caller's tenant-scoped transaction.
 */
@ApplicationScoped
public class RequestTrend implements RequestWeeks {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Counts per week start: [received, notices issued]; {@code unit} null for every unit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, long[]> weekly(TenantId tenant, String unit, LocalDate from, LocalDate until) {
        Map<LocalDate, long[]> out = new HashMap<>();
        String[] columns = {"received_on", "notice_issued_on"};
        for (int i = 0; i < columns.length; i++) {
            String c = columns[i];
            int column = i;
            Sql.of(em, "select date_trunc('week', " + c + ")::date, count(*) from information_request "
                    + "where tenant_id = :tenant and " + c + " >= :from and " + c + " < :until "
                    + "and (:unit is null or org_unit_code = :unit) group by 1").set("tenant", tenant.value())
                    .set("from", from).set("until", until).set("unit", unit, String.class)
                    .list(r -> out.computeIfAbsent(r.date(0), w -> new long[2])[column] = r.count(1));
        }
        return out;
    }
}
