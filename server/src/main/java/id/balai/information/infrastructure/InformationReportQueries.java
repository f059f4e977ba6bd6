package id.balai.information.infrastructure;

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

import id.balai.information.application.InformationReportFigures;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.LlidDelivery;
import id.balai.information.domain.UnitReportSubmission;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The counts behind the LLID (Perbup Pasal 18(3)) and the PPID Pembantu report (Pasal 28), from indexed ranges of
 * {@code received_on} / {@code filed_on}, in the caller's tenant-scoped transaction. Never an identity.
 */
@ApplicationScoped
public class InformationReportQueries implements InformationReportFigures {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public RequestCounts requestCounts(TenantId t, LocalDate from, LocalDate to, String unit, LocalDate today) {
        // Late: a notice after its due date, or none yet for a registered request past it (Pasal 22(4)-(5)).
        // Exemption grounds (Pasal 18(3)) only for the requests refused or granted in part. The subquery stays a
        // subquery (offset 0) so that its rows carry the ground alone, not the details document: with the document,
        // PostgreSQL judged the hash tables too big and sorted on disk, half as slow again at 100 000 requests.
        Sql q = period("""
                select case when grouping(counting_starts_on) = 0 then 'notice'
                            when grouping(channel) = 0 then 'channel'
                            when grouping(requester_type) = 0 then 'requester_type'
                            when grouping(status) = 0 then 'status'
                            when grouping(outcome) = 0 then 'outcome'
                            when grouping(exemption) = 0 then 'exemption' end,
                    coalesce(channel, requester_type, status, outcome, exemption, '-'), counting_starts_on,
                    notice_issued_on, count(*), count(extended_on),
                    count(*) filter (where notice_issued_on > notice_due or (notice_issued_on is null
                        and status in ('REGISTERED', 'ROUTED') and notice_due < :today)), exemption
                from (select channel, requester_type, status, outcome, counting_starts_on, notice_issued_on,
                            notice_due, extended_on, case when outcome in ('REFUSED', 'GRANTED_PART')
                                then coalesce(details->'notice'->>'exemptionGround', '-') end as exemption
                        from information_request where tenant_id = :tenant and received_on between :from and :to
                            and (:unit is null or org_unit_code = :unit)
                        offset 0) r
                group by grouping sets ((channel), (requester_type), (status), (outcome), (exemption),
                    (outcome, counting_starts_on, notice_issued_on), ())
                """, t, from, to, unit).set("today", today);
        Map<String, Map<String, Long>> by = new HashMap<>();
        List<NoticeSpan> spans = new ArrayList<>();
        long total = 0;
        long extended = 0;
        long late = 0;
        for (Sql.Row o : q.list(r -> r)) {
            String dimension = o.text(0);
            long n = o.count(4);
            if (dimension == null) {
                total = n;
                extended = o.count(5);
                late = o.count(6);
            } else if (dimension.equals("notice")) {
                if (o.raw(3) != null) {
                    spans.add(new NoticeSpan(o.text(1), o.date(2), o.date(3), n));
                }
            } else if (dimension.equals("exemption") && o.raw(7) == null) {
                continue; // the requests neither refused nor granted in part, which have no exemption ground
            } else {
                by.computeIfAbsent(dimension, k -> new TreeMap<>()).put(o.text(1), n);
            }
        }
        return new RequestCounts(by, total, extended, late, spans);
    }

    /** The first {@code limit} requests of the period in the order of receipt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RequestLine> requestLines(TenantId t, LocalDate from, LocalDate to, String unit, int limit) {
        return period("""
                select registration_number, received_on, channel, requester_type, status, outcome,
                    details->'notice'->>'exemptionGround', org_unit_code, notice_due, notice_issued_on,
                    extended_on is not null, counting_starts_on, received_at
                from information_request where tenant_id = :tenant and received_on between :from and :to
                    and (:unit is null or org_unit_code = :unit)
                order by received_on, received_at, registration_number
                limit :limit
                """, t, from, to, unit).set("limit", limit)
                .list(o -> new RequestLine(o.text(0), o.date(1), o.text(2), o.text(3), o.text(4), o.text(5),
                        o.text(6), o.text(7), o.date(8), o.date(9), o.flag(10), o.date(11), o.instant(12)));
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
        return period("select count(*) from information_file f join information_request r "
                + "on r.tenant_id = f.tenant_id and r.id = f.request_id where f.tenant_id = :tenant "
                + "and f.kind = 'RELEASED' and r.received_on between :from and :to "
                + "and (:unit is null or r.org_unit_code = :unit)", t, from, to, unit).count();
    }

    /** Pasal 18(3)d.2: the period's upheld objection answers whose carrying out is recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long upheldCarriedOut(TenantId t, LocalDate from, LocalDate to) {
        return period("select count(*) from information_objection o join "
                + "information_objection_implementation i on i.tenant_id = o.tenant_id and i.objection_id = o.id "
                + "where o.tenant_id = :tenant and o.filed_on between :from and :to and o.decision = 'UPHELD'",
                t, from, to, null).count();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> countObjections(TenantId t, LocalDate from, LocalDate to, String column) {
        return counts(period("select coalesce(" + column + ", '-'), count(*) from information_objection "
                + "where tenant_id = :tenant and filed_on between :from and :to group by 1 order by 1", t, from, to,
                null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> countDisputes(TenantId t, LocalDate from, LocalDate to, String column) {
        return counts(period("select coalesce(" + column + ", '-'), count(*) from information_dispute "
                + "where tenant_id = :tenant and filed_on between :from and :to group by 1 order by 1", t, from, to,
                null));
    }

    /** The LLID's deliveries of a fiscal year, in the Perbup's order of recipients. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LlidDelivery> llidDeliveries(TenantId t, int year) {
        return Sql.of(em, """
                select recipient, delivered_on, via, reference, recorded_by from information_llid_delivery
                where tenant_id = :tenant and fiscal_year = :year
                """).set("tenant", t.value()).set("year", year)
                .list(o -> new LlidDelivery(year, o.enumOf(0, LlidDelivery.Recipient.class), o.date(1),
                        o.enumOf(2, LlidDelivery.Via.class), o.text(3), o.text(4)))
                .stream().sorted(java.util.Comparator.comparing(LlidDelivery::recipient)).toList();
    }

    /** Records a delivery; a concurrent record of the same recipient is refused by the primary key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insertLlidDelivery(TenantId t, LlidDelivery d, java.time.Instant at) {
        int n = Sql.of(em, """
                insert into information_llid_delivery (tenant_id, fiscal_year, recipient, delivered_on, via, reference,
                    recorded_by, recorded_at)
                values (:tenant, :year, :recipient, :on, :via, :reference, :by, :at) on conflict do nothing
                """).set("tenant", t.value()).set("year", d.fiscalYear()).set("recipient", d.recipient())
                .set("on", d.deliveredOn()).set("via", d.via()).set("reference", d.reference(), String.class)
                .set("by", d.recordedBy()).set("at", at).execute();
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
        int n = Sql.of(em, "insert into information_unit_report_submission (tenant_id, " + SUBMISSION
                + ") values (:tenant, :id, :unit, :from, :to, :total, :grantedFull, :grantedPart, :refused, :notHeld, "
                + ":on, :by, null, null, null, null, 0) on conflict do nothing")
                .set("tenant", t.value()).set("id", s.id()).set("unit", s.unit()).set("from", s.from())
                .set("to", s.to()).set("total", s.counts().total()).set("grantedFull", s.counts().grantedFull())
                .set("grantedPart", s.counts().grantedPart()).set("refused", s.counts().refused())
                .set("notHeld", s.counts().notHeld()).set("on", s.submittedOn()).set("by", s.submittedBy())
                .execute();
        if (n == 0) {
            throw InformationErrors.conflict("ALREADY_SUBMITTED", "Laporan unit ini untuk periode ini sudah "
                    + "disampaikan.", "This unit's report for this period is already submitted.");
        }
    }

    /** Writes back the forwarding and the receipt; a concurrent change is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void saveSubmission(TenantId t, UnitReportSubmission s) {
        int n = Sql.of(em, """
                update information_unit_report_submission set forwarded_on = :forwardedOn, forwarded_by = :forwardedBy,
                    received_on = :receivedOn, received_by = :receivedBy, version = version + 1
                where tenant_id = :tenant and id = :id and version = :version
                """).set("tenant", t.value()).set("id", s.id())
                .set("forwardedOn", s.forwardedOn().orElse(null), LocalDate.class)
                .set("forwardedBy", s.forwardedBy().orElse(null), String.class)
                .set("receivedOn", s.receivedOn().orElse(null), LocalDate.class)
                .set("receivedBy", s.receivedBy().orElse(null), String.class).set("version", s.version()).execute();
        if (n == 0) {
            throw InformationErrors.conflict("CONCURRENT_CHANGE", "Laporan ini baru saja diubah; muat ulang.",
                    "This report was just changed; reload it.");
        }
    }

    /** The submissions, of one unit when {@code unit} is given, newest period first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UnitReportSubmission> submissions(TenantId t, String unit) {
        return Sql.of(em, "select " + SUBMISSION + " from information_unit_report_submission "
                + "where tenant_id = :tenant and (:unit is null or org_unit_code = :unit) "
                + "order by period_to desc, org_unit_code limit 500").set("tenant", t.value())
                .set("unit", unit, String.class)
                .list(o -> new UnitReportSubmission(o.uuid(0), o.text(1), o.date(2), o.date(3),
                        new UnitReportSubmission.Counts(o.count(4), o.count(5), o.count(6), o.count(7), o.count(8)),
                        o.date(9), o.text(10), Optional.ofNullable(o.date(11)), Optional.ofNullable(o.text(12)),
                        Optional.ofNullable(o.date(13)), Optional.ofNullable(o.text(14)), o.integer(15)));
    }

    /** The fiscal years whose LLID is published (Perbup Pasal 19), oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Integer> publishedLlidYears(TenantId t) {
        return Sql.of(em, "select fiscal_year from information_llid where tenant_id = :tenant "
                + "and published_on is not null order by 1").set("tenant", t.value()).list(o -> o.integer(0));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LlidText> llidText(TenantId t, int year) {
        return Sql.of(em, """
                select policy, facilities, staff, budget, obstacles, recommendations, published_on
                from information_llid where tenant_id = :tenant and fiscal_year = :year
                """).set("tenant", t.value()).set("year", year).first(o -> new LlidText(o.text(0), o.text(1),
                        o.text(2), o.text(3), o.text(4), o.text(5), o.date(6)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void saveLlidText(TenantId t, int year, LlidText x) {
        Sql.of(em, """
                insert into information_llid (tenant_id, fiscal_year, policy, facilities, staff, budget, obstacles,
                    recommendations, published_on, updated_at)
                values (:tenant, :year, :policy, :facilities, :staff, :budget, :obstacles, :recommendations,
                    :publishedOn, now())
                on conflict (tenant_id, fiscal_year) do update set policy = excluded.policy,
                    facilities = excluded.facilities, staff = excluded.staff, budget = excluded.budget,
                    obstacles = excluded.obstacles, recommendations = excluded.recommendations,
                    published_on = excluded.published_on, updated_at = now()
                """).set("tenant", t.value()).set("year", year).set("policy", x.policy(), String.class)
                .set("facilities", x.facilities(), String.class).set("staff", x.staff(), String.class)
                .set("budget", x.budget(), String.class).set("obstacles", x.obstacles(), String.class)
                .set("recommendations", x.recommendations(), String.class)
                .set("publishedOn", x.publishedOn(), LocalDate.class).execute();
    }

    /** A statement over a period: {@code :tenant}, {@code :from}, {@code :to} and {@code :unit} (null: every unit). */
    private Sql period(String statement, TenantId t, LocalDate from, LocalDate to, String unit) {
        return Sql.of(em, statement).set("tenant", t.value()).set("from", from).set("to", to)
                .set("unit", unit, String.class);
    }

    private static Map<String, Long> counts(Sql q) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Sql.Row o : q.list(r -> r)) {
            out.put(o.raw(0) == null ? "-" : o.text(0), o.count(1));
        }
        return out;
    }
}
