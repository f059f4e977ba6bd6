package id.balai.information.infrastructure;

import static id.balai.information.infrastructure.InformationRequestRepository.date;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.LlidDelivery;
import id.balai.information.domain.UnitReportSubmission;
import id.balai.platform.domain.TenantId;
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
            LocalDate noticeIssuedOn, boolean extended, LocalDate countingStartsOn, java.time.Instant receivedAt) {
    }

    /** The stored text sections of a year's LLID. */
    public record LlidText(String policy, String facilities, String staff, String budget, String obstacles,
            String recommendations, LocalDate publishedOn) {
    }

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /**
     * The request counts of a period, from one pass over its rows (grouping sets): by channel, requester type,
     * status and outcome ({@code -} for none), in all, extended, late, and how many notices were issued for each pair
     * of receipt and notice dates (the working days between them are counted on the regency's calendar by the
     * caller: a year has a few thousand such pairs, not 100 000 requests).
     */
    public record RequestCounts(Map<String, Map<String, Long>> byColumn, long total, long extended, long late,
            List<NoticeSpan> noticeSpans) {
        public Map<String, Long> by(String column) {
            return byColumn.getOrDefault(column, Map.of());
        }
    }

    /**
     * {@code count} notices with {@code outcome} issued on {@code issuedOn} for requests whose clock started on
     * {@code countingStartsOn}.
     */
    public record NoticeSpan(String outcome, LocalDate countingStartsOn, LocalDate issuedOn, long count) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public RequestCounts requestCounts(TenantId t, LocalDate from, LocalDate to, String unit, LocalDate today) {
        // Late: a notice after its due date, or none yet for a registered request past it (Pasal 22(4)-(5)).
        // Exemption grounds (Pasal 18(3)) only for the requests refused or granted in part. The subquery stays a
        // subquery (offset 0) so that its rows carry the ground alone, not the details document: with the document,
        // PostgreSQL judged the hash tables too big and sorted on disk, half as slow again at 100 000 requests.
        Query q = em.createNativeQuery("""
                select case when grouping(counting_starts_on) = 0 then 'notice'
                            when grouping(channel) = 0 then 'channel'
                            when grouping(requester_type) = 0 then 'requester_type'
                            when grouping(status) = 0 then 'status'
                            when grouping(outcome) = 0 then 'outcome'
                            when grouping(exemption) = 0 then 'exemption' end,
                    coalesce(channel, requester_type, status, outcome, exemption, '-'), counting_starts_on,
                    notice_issued_on, count(*), count(extended_on),
                    count(*) filter (where notice_issued_on > notice_due or (notice_issued_on is null
                        and status in ('REGISTERED', 'ROUTED') and notice_due < ?5)), exemption
                from (select channel, requester_type, status, outcome, counting_starts_on, notice_issued_on,
                            notice_due, extended_on, case when outcome in ('REFUSED', 'GRANTED_PART')
                                then coalesce(details->'notice'->>'exemptionGround', '-') end as exemption
                        from information_request where tenant_id = ?1 and received_on between ?2 and ?3
                            and (cast(?4 as varchar) is null or org_unit_code = ?4)
                        offset 0) r
                group by grouping sets ((channel), (requester_type), (status), (outcome), (exemption),
                    (outcome, counting_starts_on, notice_issued_on), ())
                """);
        bind(q, t, from, to, unit);
        q.setParameter(5, Date.valueOf(today));
        Map<String, Map<String, Long>> by = new HashMap<>();
        List<NoticeSpan> spans = new ArrayList<>();
        long total = 0;
        long extended = 0;
        long late = 0;
        for (Object[] o : (List<Object[]>) q.getResultList()) {
            String dimension = (String) o[0];
            long n = ((Number) o[4]).longValue();
            if (dimension == null) {
                total = n;
                extended = ((Number) o[5]).longValue();
                late = ((Number) o[6]).longValue();
            } else if (dimension.equals("notice")) {
                if (o[3] != null) {
                    spans.add(new NoticeSpan((String) o[1], date(o[2]), date(o[3]), n));
                }
            } else if (dimension.equals("exemption") && o[7] == null) {
                continue; // the requests neither refused nor granted in part, which have no exemption ground
            } else {
                by.computeIfAbsent(dimension, k -> new TreeMap<>()).put((String) o[1], n);
            }
        }
        return new RequestCounts(by, total, extended, late, spans);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    /** The first {@code limit} requests of the period in the order of receipt. */
    public List<RequestLine> requestLines(TenantId t, LocalDate from, LocalDate to, String unit, int limit) {
        Query q = em.createNativeQuery("""
                select registration_number, received_on, channel, requester_type, status, outcome,
                    details->'notice'->>'exemptionGround', org_unit_code, notice_due, notice_issued_on,
                    extended_on is not null, counting_starts_on, received_at
                from information_request where tenant_id = ?1 and received_on between ?2 and ?3
                    and (cast(?4 as varchar) is null or org_unit_code = ?4)
                order by received_on, received_at, registration_number
                limit ?5
                """);
        bind(q, t, from, to, unit);
        q.setParameter(5, limit);
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(o -> new RequestLine((String) o[0], date(o[1]), (String) o[2], (String) o[3],
                (String) o[4], (String) o[5], (String) o[6], (String) o[7], date(o[8]), date(o[9]),
                (Boolean) o[10], date(o[11]), InformationRequestRepository.instant(o[12]))).toList();
    }

    @jakarta.annotation.Resource(lookup = "jdbc/balai")
    javax.sql.DataSource dataSource;

    /**
     * Every request line of the period, in the order of {@link #requestLines}, handed to {@code each} as it is read:
     * a cursor (1 000 rows at a time) in a read-only transaction of its own, bound to the tenant, so that a report of
     * 100 000 requests is written as it is read and never held whole. Outside any JTA transaction (a download is
     * written after its resource method returns).
     */
    public void eachRequestLine(TenantId t, LocalDate from, LocalDate to, String unit,
            java.util.function.Consumer<RequestLine> each) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                c.setReadOnly(true);
                id.balai.platform.infrastructure.SessionSettings.setLocal(c, "balai.tenant_id", t.value());
                try (java.sql.PreparedStatement ps = c.prepareStatement("""
                        select registration_number, received_on, channel, requester_type, status, outcome,
                            details->'notice'->>'exemptionGround', org_unit_code, notice_due, notice_issued_on,
                            extended_on is not null, counting_starts_on, received_at
                        from information_request where tenant_id = ? and received_on between ? and ?
                            and (cast(? as varchar) is null or org_unit_code = ?)
                        order by received_on, received_at, registration_number
                        """)) {
                    ps.setFetchSize(1000);
                    ps.setString(1, t.value());
                    ps.setDate(2, Date.valueOf(from));
                    ps.setDate(3, Date.valueOf(to));
                    ps.setString(4, unit);
                    ps.setString(5, unit);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            each.accept(new RequestLine(rs.getString(1), rs.getObject(2, LocalDate.class),
                                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                    rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                                    rs.getObject(10, LocalDate.class), rs.getBoolean(11),
                                    rs.getObject(12, LocalDate.class),
                                    rs.getObject(13, java.time.OffsetDateTime.class).toInstant()));
                        }
                    }
                }
                c.commit();
            } catch (java.sql.SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Reading the period's requests failed", e);
        }
    }

    /** Pasal 18(3): the items of public information given, as released documents of the period's requests. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long releasedDocuments(TenantId t, LocalDate from, LocalDate to, String unit) {
        Query q = em.createNativeQuery("select count(*) from information_file f join information_request r "
                + "on r.tenant_id = f.tenant_id and r.id = f.request_id where f.tenant_id = ?1 and f.kind = 'RELEASED' "
                + "and r.received_on between ?2 and ?3 and (cast(?4 as varchar) is null or r.org_unit_code = ?4)");
        bind(q, t, from, to, unit);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Pasal 18(3)d.2: the period's upheld objection answers whose carrying out is recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long upheldCarriedOut(TenantId t, LocalDate from, LocalDate to) {
        Query q = em.createNativeQuery("select count(*) from information_objection o join "
                + "information_objection_implementation i on i.tenant_id = o.tenant_id and i.objection_id = o.id "
                + "where o.tenant_id = ?1 and o.filed_on between ?2 and ?3 and o.decision = 'UPHELD' "
                + "and cast(?4 as varchar) is null");
        bind(q, t, from, to, null);
        return ((Number) q.getSingleResult()).longValue();
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

    /** The LLID's deliveries of a fiscal year, in the Perbup's order of recipients. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<LlidDelivery> llidDeliveries(TenantId t, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                select recipient, delivered_on, via, reference, recorded_by from information_llid_delivery
                where tenant_id = ?1 and fiscal_year = ?2
                """).setParameter(1, t.value()).setParameter(2, year).getResultList();
        return rows.stream().map(o -> new LlidDelivery(year, LlidDelivery.Recipient.valueOf((String) o[0]), date(o[1]),
                LlidDelivery.Via.valueOf((String) o[2]), (String) o[3], (String) o[4]))
                .sorted(java.util.Comparator.comparing(LlidDelivery::recipient)).toList();
    }

    /** Records a delivery; a concurrent record of the same recipient is refused by the primary key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insertLlidDelivery(TenantId t, LlidDelivery d, java.time.Instant at) {
        int n = em.createNativeQuery("""
                insert into information_llid_delivery (tenant_id, fiscal_year, recipient, delivered_on, via, reference,
                    recorded_by, recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing
                """).setParameter(1, t.value()).setParameter(2, d.fiscalYear()).setParameter(3, d.recipient().name())
                .setParameter(4, Date.valueOf(d.deliveredOn())).setParameter(5, d.via().name())
                .setParameter(6, d.reference()).setParameter(7, d.recordedBy())
                .setParameter(8, java.sql.Timestamp.from(at)).executeUpdate();
        if (n == 0) {
            throw InformationErrors.conflict("LLID_ALREADY_DELIVERED", "Penyampaian kepada " + d.recipient().words()
                    + " sudah dicatat.", "The delivery to this recipient is already recorded.");
        }
    }

    private static final String SUBMISSION = "id, org_unit_code, period_from, period_to, total, granted_full, "
            + "granted_part, refused, not_held, submitted_on, submitted_by, forwarded_on, forwarded_by, received_on, "
            + "received_by, version";

    /** Stores a new submission; the same unit and period submitted twice is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insertSubmission(TenantId t, UnitReportSubmission s) {
        int n = em.createNativeQuery("insert into information_unit_report_submission (tenant_id, " + SUBMISSION
                + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, null, null, null, null, 0) "
                + "on conflict do nothing")
                .setParameter(1, t.value()).setParameter(2, s.id()).setParameter(3, s.unit())
                .setParameter(4, Date.valueOf(s.from())).setParameter(5, Date.valueOf(s.to()))
                .setParameter(6, s.counts().total()).setParameter(7, s.counts().grantedFull())
                .setParameter(8, s.counts().grantedPart()).setParameter(9, s.counts().refused())
                .setParameter(10, s.counts().notHeld()).setParameter(11, Date.valueOf(s.submittedOn()))
                .setParameter(12, s.submittedBy()).executeUpdate();
        if (n == 0) {
            throw InformationErrors.conflict("ALREADY_SUBMITTED", "Laporan unit ini untuk periode ini sudah "
                    + "disampaikan.", "This unit's report for this period is already submitted.");
        }
    }

    /** Writes back the forwarding and the receipt; a concurrent change is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void saveSubmission(TenantId t, UnitReportSubmission s) {
        int n = em.createNativeQuery("""
                update information_unit_report_submission set forwarded_on = cast(?3 as date), forwarded_by = ?4,
                    received_on = cast(?5 as date), received_by = ?6, version = version + 1
                where tenant_id = ?1 and id = ?2 and version = ?7
                """).setParameter(1, t.value()).setParameter(2, s.id())
                .setParameter(3, s.forwardedOn().map(LocalDate::toString).orElse(null))
                .setParameter(4, s.forwardedBy().orElse(null))
                .setParameter(5, s.receivedOn().map(LocalDate::toString).orElse(null))
                .setParameter(6, s.receivedBy().orElse(null)).setParameter(7, s.version()).executeUpdate();
        if (n == 0) {
            throw InformationErrors.conflict("CONCURRENT_CHANGE", "Laporan ini baru saja diubah; muat ulang.",
                    "This report was just changed; reload it.");
        }
    }

    /** The submissions, of one unit when {@code unit} is given, newest period first. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UnitReportSubmission> submissions(TenantId t, String unit) {
        List<Object[]> rows = em.createNativeQuery("select " + SUBMISSION + " from information_unit_report_submission "
                + "where tenant_id = ?1 and (cast(?2 as varchar) is null or org_unit_code = ?2) "
                + "order by period_to desc, org_unit_code limit 500").setParameter(1, t.value()).setParameter(2, unit)
                .getResultList();
        return rows.stream().map(o -> new UnitReportSubmission((UUID) o[0], (String) o[1], date(o[2]), date(o[3]),
                new UnitReportSubmission.Counts(((Number) o[4]).longValue(), ((Number) o[5]).longValue(),
                        ((Number) o[6]).longValue(), ((Number) o[7]).longValue(), ((Number) o[8]).longValue()),
                date(o[9]), (String) o[10], Optional.ofNullable(date(o[11])), Optional.ofNullable((String) o[12]),
                Optional.ofNullable(date(o[13])), Optional.ofNullable((String) o[14]), ((Number) o[15]).intValue()))
                .toList();
    }

    /** The fiscal years whose LLID is published (Perbup Pasal 19), oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Integer> publishedLlidYears(TenantId t) {
        List<Object> rows = em.createNativeQuery("select fiscal_year from information_llid where tenant_id = ?1 "
                + "and published_on is not null order by 1").setParameter(1, t.value()).getResultList();
        return rows.stream().map(o -> ((Number) o).intValue()).toList();
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
