package id.balai.reporting.infrastructure;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.balai.platform.domain.TenantId;
import id.balai.reporting.application.StatisticsFigures;
import id.balai.reporting.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * The public statistics' SQL: counts and dates only, never a name, a number or a text. Every statement names the
 * tenant and runs in the caller's tenant-scoped transaction (row-level security beneath). Merged duplicates are left
 * out, so that a complaint counts once.
 */
@ApplicationScoped
public class StatisticsQueries implements StatisticsFigures {
    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Complaints received in the period counted by {@code expression} over {@code complaint c}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> complaintsBy(TenantId tenant, Period period, String expression) {
        return counts(em.createNativeQuery("select coalesce(" + expression + ", '-'), count(*) from complaint c "
                + "where c.tenant_id = ?1 and c.received_on between ?2 and ?3 and c.merged_into is null "
                + "group by 1 order by 1"), tenant, period);
    }

    /** Complaints received in the period counted by each agency they were sent to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> complaintsByAgency(TenantId tenant, Period period) {
        return counts(em.createNativeQuery("""
                select d.org_unit_code, count(distinct c.id) from complaint c
                join complaint_dispatch d on d.tenant_id = c.tenant_id and d.complaint_id = c.id
                where c.tenant_id = ?1 and c.received_on between ?2 and ?3 and c.merged_into is null
                    and d.status <> 'WITHDRAWN'
                group by 1 order by 1
                """), tenant, period);
    }

    /** Agency parts of the period's complaints that the agency answered. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Answered> answered(TenantId tenant, Period period, ZoneId zone) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.org_unit_code, (d.sent_at at time zone ?4)::date, (d.answered_at at time zone ?4)::date,
                    d.due_on
                from complaint c
                join complaint_dispatch d on d.tenant_id = c.tenant_id and d.complaint_id = c.id
                where c.tenant_id = ?1 and c.received_on between ?2 and ?3 and c.merged_into is null
                    and d.answered_at is not null
                order by 1
                """).setParameter(1, tenant.value()).setParameter(2, Date.valueOf(period.from()))
                .setParameter(3, Date.valueOf(period.to())).setParameter(4, zone.getId()).getResultList();
        return rows.stream().map(r -> new Answered((String) r[0], date(r[1]), date(r[2]),
                r[3] == null ? null : date(r[3]))).toList();
    }

    /** Mean rating and number of ratings (1-5) of the period's complaints: [mean or null, count]. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Object[] ratings(TenantId tenant, Period period) {
        return (Object[]) em.createNativeQuery("select avg(rating), count(rating) from complaint where tenant_id = ?1 "
                + "and received_on between ?2 and ?3 and merged_into is null")
                .setParameter(1, tenant.value()).setParameter(2, Date.valueOf(period.from()))
                .setParameter(3, Date.valueOf(period.to())).getSingleResult();
    }

    /**
     * Information requests received in the period by outcome, disjoint: lapsed (never confirmed), the notice's
     * outcome, or pending.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> requestOutcomes(TenantId tenant, Period period) {
        return counts(em.createNativeQuery("""
                select case when status = 'LAPSED' then 'LAPSED'
                        when outcome in ('GRANTED_FULL', 'GRANTED_PART', 'REFUSED', 'NOT_HELD') then outcome
                        else 'PENDING' end, count(*)
                from information_request where tenant_id = ?1 and received_on between ?2 and ?3
                group by 1 order by 1
                """), tenant, period);
    }

    /** Notices issued on the period's requests: [issued, issued by the notice due date]. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] notices(TenantId tenant, Period period) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(notice_issued_on), count(*) filter (where notice_issued_on <= notice_due)
                from information_request where tenant_id = ?1 and received_on between ?2 and ?3
                """).setParameter(1, tenant.value()).setParameter(2, Date.valueOf(period.from()))
                .setParameter(3, Date.valueOf(period.to())).getSingleResult();
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
    }

    /** Objections or disputes ({@code table}) filed in the period. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long filed(TenantId tenant, Period period, String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table
                + " where tenant_id = ?1 and filed_on between ?2 and ?3").setParameter(1, tenant.value())
                .setParameter(2, Date.valueOf(period.from())).setParameter(3, Date.valueOf(period.to()))
                .getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> counts(Query q, TenantId tenant, Period period) {
        List<Object[]> rows = q.setParameter(1, tenant.value()).setParameter(2, Date.valueOf(period.from()))
                .setParameter(3, Date.valueOf(period.to())).getResultList();
        Map<String, Long> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
