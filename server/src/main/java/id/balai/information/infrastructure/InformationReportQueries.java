package id.balai.information.infrastructure;

import static id.balai.information.infrastructure.InformationRequestRepository.date;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.balai.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * The counts behind the LLID (Perbup Pasal 18(3)) and the PPID Pembantu report (Pasal 28), from indexed ranges of
 * {@code received_on} / {@code filed_on}, in the caller's tenant-scoped transaction. Never an identity.
 */
@ApplicationScoped
public class InformationReportQueries {

    /** One request as the reports list it: no identity. */
    public record RequestLine(String registrationNumber, LocalDate receivedOn, String channel, String requesterType,
            String status, String outcome, String exemptionGround, String orgUnit, LocalDate noticeDue,
            LocalDate noticeIssuedOn, boolean extended) {
    }

    /** The stored text sections of a year's LLID. */
    public record LlidText(String policy, String facilities, String staff, String budget, String obstacles,
            String recommendations, LocalDate publishedOn) {
    }

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> countRequests(TenantId t, LocalDate from, LocalDate to, String unit, String column) {
        return counts(em.createNativeQuery("select coalesce(" + column + ", '-'), count(*) from information_request "
                + "where tenant_id = ?1 and received_on between ?2 and ?3 and (cast(?4 as varchar) is null or "
                + "org_unit_code = ?4) group by 1 order by 1"), t, from, to, unit);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> refusalGrounds(TenantId t, LocalDate from, LocalDate to, String unit) {
        return counts(em.createNativeQuery("select details->'notice'->>'exemptionGround', count(*) "
                + "from information_request where tenant_id = ?1 and received_on between ?2 and ?3 and "
                + "(cast(?4 as varchar) is null or org_unit_code = ?4) and outcome in ('REFUSED', 'GRANTED_PART') "
                + "group by 1 order by 1"), t, from, to, unit);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<RequestLine> requestLines(TenantId t, LocalDate from, LocalDate to, String unit) {
        Query q = em.createNativeQuery("""
                select registration_number, received_on, channel, requester_type, status, outcome,
                    details->'notice'->>'exemptionGround', org_unit_code, notice_due, notice_issued_on,
                    extended_on is not null
                from information_request where tenant_id = ?1 and received_on between ?2 and ?3
                    and (cast(?4 as varchar) is null or org_unit_code = ?4)
                order by received_on, registration_number
                """);
        bind(q, t, from, to, unit);
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(o -> new RequestLine((String) o[0], date(o[1]), (String) o[2], (String) o[3],
                (String) o[4], (String) o[5], (String) o[6], (String) o[7], date(o[8]), date(o[9]),
                (Boolean) o[10])).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> countObjections(TenantId t, LocalDate from, LocalDate to, String column) {
        return counts(em.createNativeQuery("select coalesce(" + column + ", '-'), count(*) from information_objection "
                + "where tenant_id = ?1 and filed_on between ?2 and ?3 and cast(?4 as varchar) is null group by 1 "
                + "order by 1"), t, from, to, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> countDisputes(TenantId t, LocalDate from, LocalDate to, String column) {
        return counts(em.createNativeQuery("select coalesce(" + column + ", '-'), count(*) from information_dispute "
                + "where tenant_id = ?1 and filed_on between ?2 and ?3 and cast(?4 as varchar) is null group by 1 "
                + "order by 1"), t, from, to, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<LlidText> llidText(TenantId t, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                select policy, facilities, staff, budget, obstacles, recommendations, published_on
                from information_llid where tenant_id = ?1 and fiscal_year = ?2
                """).setParameter(1, t.value()).setParameter(2, year).getResultList();
        return rows.stream().findFirst().map(o -> new LlidText((String) o[0], (String) o[1], (String) o[2],
                (String) o[3], (String) o[4], (String) o[5], date(o[6])));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void saveLlidText(TenantId t, int year, LlidText x) {
        em.createNativeQuery("""
                insert into information_llid (tenant_id, fiscal_year, policy, facilities, staff, budget, obstacles,
                    recommendations, published_on, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as date), now())
                on conflict (tenant_id, fiscal_year) do update set policy = excluded.policy,
                    facilities = excluded.facilities, staff = excluded.staff, budget = excluded.budget,
                    obstacles = excluded.obstacles, recommendations = excluded.recommendations,
                    published_on = excluded.published_on, updated_at = now()
                """).setParameter(1, t.value()).setParameter(2, year).setParameter(3, x.policy())
                .setParameter(4, x.facilities()).setParameter(5, x.staff()).setParameter(6, x.budget())
                .setParameter(7, x.obstacles()).setParameter(8, x.recommendations())
                .setParameter(9, x.publishedOn() == null ? null : x.publishedOn().toString()).executeUpdate();
    }

    private static void bind(Query q, TenantId t, LocalDate from, LocalDate to, String unit) {
        q.setParameter(1, t.value()).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .setParameter(4, unit);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> counts(Query q, TenantId t, LocalDate from, LocalDate to, String unit) {
        bind(q, t, from, to, unit);
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] o : (List<Object[]>) q.getResultList()) {
            out.put(o[0] == null ? "-" : o[0].toString(), ((Number) o[1]).longValue());
        }
        return out;
    }
}
