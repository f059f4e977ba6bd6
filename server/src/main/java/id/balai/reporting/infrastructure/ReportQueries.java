package id.balai.reporting.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import id.balai.platform.domain.TenantId;
import id.balai.reporting.application.ReportFigures;
import id.balai.reporting.domain.Digest;
import id.balai.reporting.domain.JournalEntry;
import id.balai.reporting.domain.Period;
import id.balai.reporting.domain.PeriodicReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * The reports' SQL. Every statement names the tenant and runs in the caller's tenant-scoped transaction (row-level
 * security beneath); days are the tenant's, so instants are compared with the bounds of its local days. Only case
 * columns that carry no personal data are read.
 */
@ApplicationScoped
public class ReportQueries implements ReportFigures {
    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** The totals behind a page of a journal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long journalSize(TenantId tenant, String unit, Period period, ZoneId zone) {
        return ((Number) em.createNativeQuery("select count(*) from complaint_dispatch d where d.tenant_id = ?1 "
                + "and d.org_unit_code = ?2 and d.sent_at >= ?3 and d.sent_at < ?4")
                .setParameter(1, tenant.value()).setParameter(2, unit)
                .setParameter(3, Timestamp.from(period.start(zone))).setParameter(4, Timestamp.from(period.end(zone)))
                .getSingleResult()).longValue();
    }

    /** Every case sent to {@code unit} in the period, in the order it was sent (SPIKM Pasal 7h). */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<JournalEntry> journal(TenantId tenant, String unit, Period period, ZoneId zone, LocalDate today,
            int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select c.tracking_number, c.received_on, c.category_code, c.title, d.status,
                    (d.sent_at at time zone ?5)::date, d.due_on, (d.answered_at at time zone ?5)::date,
                    d.status in ('SENT', 'RECEIVED', 'IN_PROGRESS')
                from complaint_dispatch d
                join complaint c on c.tenant_id = d.tenant_id and c.id = d.complaint_id
                where d.tenant_id = ?1 and d.org_unit_code = ?2 and d.sent_at >= ?3 and d.sent_at < ?4
                order by d.sent_at, c.tracking_number
                offset ?6 limit ?7
                """)
                .setParameter(1, tenant.value()).setParameter(2, unit)
                .setParameter(3, Timestamp.from(period.start(zone))).setParameter(4, Timestamp.from(period.end(zone)))
                .setParameter(5, zone.getId()).setParameter(6, offset).setParameter(7, limit).getResultList();
        return rows.stream().map(r -> {
            LocalDate due = date(r[6]);
            LocalDate answered = r[7] == null ? null : date(r[7]);
            return new JournalEntry((String) r[0], date(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    date(r[5]), due, answered, JournalEntry.overdue((Boolean) r[8], due, answered, today));
        }).toList();
    }

    /** Cases received on {@code day} (their receipt day), with each agency they are with; unit null if none yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Digest.Line> receivedOn(TenantId tenant, LocalDate day) {
        return lines(em.createNativeQuery("""
                select d.org_unit_code, c.tracking_number, c.title
                from complaint c
                left join complaint_dispatch d on d.tenant_id = c.tenant_id and d.complaint_id = c.id
                    and d.status <> 'WITHDRAWN'
                where c.tenant_id = ?1 and c.received_on = ?2
                order by c.tracking_number, d.org_unit_code
                """).setParameter(1, tenant.value()).setParameter(2, Date.valueOf(day)));
    }

    /** Agency parts sent on {@code day}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Digest.Line> dispatchedOn(TenantId tenant, LocalDate day, ZoneId zone) {
        return dayLines(tenant, day, zone, "sent_at");
    }

    /** Agency parts answered on {@code day}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Digest.Line> answeredOn(TenantId tenant, LocalDate day, ZoneId zone) {
        return dayLines(tenant, day, zone, "answered_at");
    }

    /** Agency parts sent by the end of {@code day}, still with the agency, whose follow-up date was before it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Digest.Line> overdueOn(TenantId tenant, LocalDate day, ZoneId zone) {
        return lines(em.createNativeQuery("""
                select d.org_unit_code, c.tracking_number, c.title
                from complaint_dispatch d
                join complaint c on c.tenant_id = d.tenant_id and c.id = d.complaint_id
                where d.tenant_id = ?1 and d.status in ('SENT', 'RECEIVED', 'IN_PROGRESS')
                    and d.due_on < ?2 and d.sent_at < ?3
                order by d.org_unit_code, d.due_on, c.tracking_number
                """).setParameter(1, tenant.value()).setParameter(2, Date.valueOf(day))
                .setParameter(3, Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant())));
    }

    private List<Digest.Line> dayLines(TenantId tenant, LocalDate day, ZoneId zone, String column) {
        return lines(em.createNativeQuery("select d.org_unit_code, c.tracking_number, c.title "
                + "from complaint_dispatch d join complaint c on c.tenant_id = d.tenant_id and c.id = d.complaint_id "
                + "where d.tenant_id = ?1 and d." + column + " >= ?2 and d." + column + " < ?3 "
                + "order by d.org_unit_code, d." + column + ", c.tracking_number")
                .setParameter(1, tenant.value()).setParameter(2, Timestamp.from(day.atStartOfDay(zone).toInstant()))
                .setParameter(3, Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant())));
    }

    @SuppressWarnings("unchecked")
    private static List<Digest.Line> lines(Query q) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Digest.Line((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Cases received in the period (by receipt day), counted by {@code column} of the case. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PeriodicReport.Count> countBy(TenantId tenant, Period period, String column) {
        List<Object[]> rows = em.createNativeQuery("select coalesce(" + column + ", '-'), count(*) from complaint "
                + "where tenant_id = ?1 and received_on between ?2 and ?3 group by 1 order by 2 desc, 1")
                .setParameter(1, tenant.value()).setParameter(2, Date.valueOf(period.from()))
                .setParameter(3, Date.valueOf(period.to())).getResultList();
        return rows.stream().map(r -> new PeriodicReport.Count((String) r[0], (String) r[0],
                ((Number) r[1]).longValue())).toList();
    }

    /** Cases received in the period, counted by each agency they were sent to. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PeriodicReport.Count> countByAgency(TenantId tenant, Period period) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.org_unit_code, count(distinct c.id)
                from complaint c
                join complaint_dispatch d on d.tenant_id = c.tenant_id and d.complaint_id = c.id
                where c.tenant_id = ?1 and c.received_on between ?2 and ?3
                group by 1 order by 2 desc, 1
                """).setParameter(1, tenant.value()).setParameter(2, Date.valueOf(period.from()))
                .setParameter(3, Date.valueOf(period.to())).getResultList();
        return rows.stream().map(r -> new PeriodicReport.Count((String) r[0], (String) r[0],
                ((Number) r[1]).longValue())).toList();
    }

    /** Received, responded, and the median, 90th and 95th percentile of hours from receipt to the response. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Object[] answerTimes(TenantId tenant, Period period) {
        return (Object[]) em.createNativeQuery("""
                select count(*), count(responded_at),
                    percentile_cont(0.5) within group (order by extract(epoch from responded_at - received_at) / 3600),
                    percentile_cont(0.9) within group (order by extract(epoch from responded_at - received_at) / 3600),
                    percentile_cont(0.95) within group (order by extract(epoch from responded_at - received_at) / 3600)
                from complaint
                where tenant_id = ?1 and received_on between ?2 and ?3
                """).setParameter(1, tenant.value()).setParameter(2, Date.valueOf(period.from()))
                .setParameter(3, Date.valueOf(period.to())).getSingleResult();
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }
}
