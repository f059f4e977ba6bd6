package id.balai.complaints.infrastructure;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.balai.complaints.application.ComplaintTrend;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Reports received and answered per week (weeks start on Monday, on the regency's wall clock), for the dashboards.
 * Runs in the caller's tenant-scoped transaction.
 */
@ApplicationScoped
public class DashboardTrend implements ComplaintTrend {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Received and answered counts per week start, over the regency: reports received, answers sent to reporters. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, long[]> regency(TenantId tenant, ZoneId zone, LocalDate from, LocalDate until) {
        Map<LocalDate, long[]> out = new HashMap<>();
        add(out, 0, rows("""
                select date_trunc('week', c.received_on)::date, count(*) from complaint c
                where c.tenant_id = ?1 and c.received_on >= ?2 and c.received_on < ?3 group by 1
                """, tenant, zone, from, until));
        add(out, 1, rows("""
                select date_trunc('week', (c.responded_at at time zone cast(?4 as text)))::date, count(*) from complaint c
                where c.tenant_id = ?1 and (c.responded_at at time zone cast(?4 as text))::date >= ?2
                  and (c.responded_at at time zone cast(?4 as text))::date < ?3 group by 1
                """, tenant, zone, from, until));
        return out;
    }

    /** Received and answered counts per week start, for one agency: parts sent to it, parts it answered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, long[]> unit(TenantId tenant, ZoneId zone, String unit, LocalDate from, LocalDate until) {
        Map<LocalDate, long[]> out = new HashMap<>();
        for (int i = 0; i < 2; i++) {
            String column = i == 0 ? "d.sent_at" : "d.answered_at";
            List<Object[]> r = em.createNativeQuery("select date_trunc('week', (" + column
                    + " at time zone cast(?4 as text)))::date, count(*) from complaint_dispatch d "
                    + "where d.tenant_id = ?1 and d.org_unit_code = ?5 and (" + column
                    + " at time zone cast(?4 as text))::date >= ?2 and (" + column
                    + " at time zone cast(?4 as text))::date < ?3 group by 1")
                    .setParameter(1, tenant.value()).setParameter(2, Date.valueOf(from))
                    .setParameter(3, Date.valueOf(until)).setParameter(4, zone.getId()).setParameter(5, unit)
                    .getResultList();
            add(out, i, r);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, TenantId tenant, ZoneId zone, LocalDate from, LocalDate until) {
        var q = em.createNativeQuery(sql).setParameter(1, tenant.value()).setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(until));
        if (sql.contains("?4")) {
            q.setParameter(4, zone.getId());
        }
        return q.getResultList();
    }

    private static void add(Map<LocalDate, long[]> out, int index, List<Object[]> rows) {
        for (Object[] r : rows) {
            LocalDate week = r[0] instanceof Date d ? d.toLocalDate() : LocalDate.parse(r[0].toString());
            out.computeIfAbsent(week, w -> new long[2])[index] = ((Number) r[1]).longValue();
        }
    }
}
