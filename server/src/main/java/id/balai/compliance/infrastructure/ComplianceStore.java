package id.balai.compliance.infrastructure;

import id.balai.compliance.application.ComplianceRecords;
import id.balai.platform.infrastructure.SessionSettings;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import id.balai.compliance.domain.Counters;
import id.balai.compliance.domain.NoticeHistogram;
import id.balai.compliance.domain.Snapshot;
import id.balai.compliance.domain.Weights;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The compliance tables (V0040) and the raw reads the aggregation needs from the case tables. Writes and raw reads
 * run in the tenant's transaction (TenantScope); the provincial reads in a transaction that sets only
 * {@code balai.province_code} ({@link #enterProvince}), so RLS shows them that province's aggregates and no case
 * table row at all. Every query names the tenants and leads with tenant_id.
 */
@ApplicationScoped
public class ComplianceStore implements ComplianceRecords {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** A request as the aggregation reads it: dates only. */

    // ---- raw reads (tenant transaction) ----

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> watermark(TenantId t) {
        List<?> rows = em.createNativeQuery("select watermark from compliance_snapshot where tenant_id = ?1")
                .setParameter(1, t.value()).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(instant(rows.get(0)));
    }

    /** Every day on which one of the tenant's cases started (a full rebuild). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LocalDate> allCaseDays(TenantId t) {
        return dates(em.createNativeQuery("""
                select received_on from information_request where tenant_id = ?1
                union select filed_on from information_objection where tenant_id = ?1
                union select filed_on from information_dispute where tenant_id = ?1
                union select received_on from complaint where tenant_id = ?1
                """).setParameter(1, t.value()).getResultList());
    }

    /** The start days of the cases with a step recorded after {@code since} (from the events' (tenant_id, at) indexes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LocalDate> daysTouchedSince(TenantId t, Instant since) {
        return dates(em.createNativeQuery("""
                with e as (select distinct subject_id from information_event where tenant_id = ?1 and at > ?2)
                select r.received_on from e join information_request r on r.tenant_id = ?1 and r.id = e.subject_id
                union select o.filed_on from e join information_objection o on o.tenant_id = ?1
                    and (o.id = e.subject_id or o.request_id = e.subject_id)
                union select d.filed_on from e join information_dispute d on d.tenant_id = ?1
                    and (d.id = e.subject_id or d.objection_id = e.subject_id or d.request_id = e.subject_id)
                union select c.received_on from complaint c where c.tenant_id = ?1 and c.id in
                    (select complaint_id from complaint_event where tenant_id = ?1 and at > ?2)
                """).setParameter(1, t.value()).setParameter(2, Timestamp.from(since)).getResultList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RequestDates> requests(TenantId t, Collection<LocalDate> days) {
        List<?> rows = em.createNativeQuery("""
                select received_on, counting_starts_on, notice_due, notice_issued_on from information_request
                where tenant_id = ?1 and received_on = any(cast(?2 as date[]))
                    and status not in ('AWAITING_CONFIRMATION', 'LAPSED')
                """).setParameter(1, t.value()).setParameter(2, dateArray(days)).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new RequestDates(date(r[0]), date(r[1]), date(r[2]), date(r[3]))).toList();
    }

    /** Objections per filing day: [filed, due or answered, answered by answer_due]. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, long[]> objections(TenantId t, Collection<LocalDate> days, LocalDate today) {
        return grouped(em.createNativeQuery("""
                select filed_on, count(*), count(*) filter (where answered_on is not null or answer_due < ?3),
                    count(*) filter (where answered_on <= answer_due)
                from information_objection where tenant_id = ?1 and filed_on = any(cast(?2 as date[])) group by 1
                """).setParameter(1, t.value()).setParameter(2, dateArray(days)).setParameter(3, Date.valueOf(today))
                .getResultList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, long[]> disputes(TenantId t, Collection<LocalDate> days) {
        return grouped(em.createNativeQuery("""
                select filed_on, count(*) from information_dispute
                where tenant_id = ?1 and filed_on = any(cast(?2 as date[])) group by 1
                """).setParameter(1, t.value()).setParameter(2, dateArray(days)).getResultList());
    }

    /**
     * Complaints per receipt day: [received (merged ones excepted), due or reviewed, reviewed (verified or rejected)
     * by verify_due in the tenant's zone, closed or archived, rating sum, ratings].
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, long[]> complaints(TenantId t, Collection<LocalDate> days, LocalDate today, String zone) {
        return grouped(em.createNativeQuery("""
                select c.received_on, count(*),
                    count(*) filter (where c.verify_due < ?3 or r.reviewed_on is not null),
                    count(*) filter (where r.reviewed_on <= c.verify_due),
                    count(*) filter (where c.status in ('CLOSED', 'ARCHIVED')),
                    coalesce(sum(c.rating), 0), count(c.rating)
                from complaint c
                left join lateral (select min(cast(e.at at time zone ?4 as date)) as reviewed_on from complaint_event e
                    where e.tenant_id = c.tenant_id and e.complaint_id = c.id and e.action in ('VERIFIED', 'REJECTED')
                    ) r on true
                where c.tenant_id = ?1 and c.received_on = any(cast(?2 as date[])) and c.status <> 'MERGED'
                group by 1
                """).setParameter(1, t.value()).setParameter(2, dateArray(days)).setParameter(3, Date.valueOf(today))
                .setParameter(4, zone).getResultList());
    }

    /** Agency parts per their complaint's receipt day: [due or answered, answered by due_on in the tenant's zone]. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LocalDate, long[]> dispatches(TenantId t, Collection<LocalDate> days, LocalDate today, String zone) {
        return grouped(em.createNativeQuery("""
                select c.received_on,
                    count(*) filter (where d.due_on < ?3 or d.answered_at is not null),
                    count(*) filter (where cast(d.answered_at at time zone ?4 as date) <= d.due_on)
                from complaint c join complaint_dispatch d on d.tenant_id = c.tenant_id and d.complaint_id = c.id
                where c.tenant_id = ?1 and c.received_on = any(cast(?2 as date[])) and c.status <> 'MERGED'
                group by 1
                """).setParameter(1, t.value()).setParameter(2, dateArray(days)).setParameter(3, Date.valueOf(today))
                .setParameter(4, zone).getResultList());
    }

    /** [berkala entries, berkala current, setiap-saat entries]: published, not exempt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] register(TenantId t, LocalDate today) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*) filter (where info_class = 'BERKALA'),
                    count(*) filter (where info_class = 'BERKALA' and next_update_due >= ?2),
                    count(*) filter (where info_class = 'SETIAP_SAAT')
                from register_entry where tenant_id = ?1 and published
                """).setParameter(1, t.value()).setParameter(2, Date.valueOf(today)).getSingleResult();
        return new long[] {num(r[0]), num(r[1]), num(r[2])};
    }

    /**
     * [PPID Pembantu units (active), covered]: covered = an active officer with PPID_ASSISTANT in the unit and a
     * delivery on or after {@code deliveredSince}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] pembantu(TenantId t, LocalDate deliveredSince) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where
                    exists (select 1 from officer o where o.tenant_id = u.tenant_id and o.org_unit_code = u.code
                        and o.active and 'PPID_ASSISTANT' = any(o.roles))
                    and exists (select 1 from register_delivery d where d.tenant_id = u.tenant_id
                        and d.org_unit_code = u.code and d.delivered_on >= ?2))
                from org_unit u where u.tenant_id = ?1 and u.ppid_pembantu and u.active
                """).setParameter(1, t.value()).setParameter(2, Date.valueOf(deliveredSince)).getSingleResult();
        return new long[] {num(r[0]), num(r[1])};
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Integer, LocalDate> llidPublished(TenantId t) {
        Map<Integer, LocalDate> out = new TreeMap<>();
        for (Object row : em.createNativeQuery("select fiscal_year, published_on from information_llid "
                + "where tenant_id = ?1 and published_on is not null").setParameter(1, t.value()).getResultList()) {
            Object[] r = (Object[]) row;
            out.put((int) num(r[0]), date(r[1]));
        }
        return out;
    }

    // ---- writes (tenant transaction) ----

    @Transactional(Transactional.TxType.MANDATORY)
    public void clearAllDays(TenantId t) {
        em.createNativeQuery("delete from compliance_month where tenant_id = ?1").setParameter(1, t.value())
                .executeUpdate();
        em.createNativeQuery("delete from compliance_day where tenant_id = ?1").setParameter(1, t.value())
                .executeUpdate();
    }

    /**
     * Rewrites the month rows of the given months (first days) from their day rows, histograms added bucket by
     * bucket: to be called in the transaction that replaced those days (V0043).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rollUpMonths(TenantId t, String province, Collection<LocalDate> months, Instant now) {
        if (months.isEmpty()) {
            return;
        }
        String array = dateArray(months);
        em.createNativeQuery("delete from compliance_month where tenant_id = ?1 and month = any(cast(?2 as date[]))")
                .setParameter(1, t.value()).setParameter(2, array).executeUpdate();
        em.createNativeQuery("insert into compliance_month (tenant_id, month, province_code, " + COUNTERS
                + ", notice_days, computed_at) select d.tenant_id, d.month, ?3, " + sums("d.") + ", "
                + """
                    (select array_agg(h.total order by h.i) from (
                        select c.i, sum(c.v) as total
                        from compliance_day x, unnest(x.notice_days) with ordinality as c(v, i)
                        where x.tenant_id = d.tenant_id and x.day >= d.month and x.day < d.month + interval '1 month'
                        group by c.i) h),
                    ?4
                from (select *, cast(date_trunc('month', day) as date) as month from compliance_day
                    where tenant_id = ?1 and day >= ?5 and day < ?6) d
                where d.month = any(cast(?2 as date[]))
                group by d.tenant_id, d.month
                """).setParameter(1, t.value()).setParameter(2, array).setParameter(3, province)
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, Date.valueOf(months.stream().min(LocalDate::compareTo).orElseThrow()))
                .setParameter(6, Date.valueOf(months.stream().max(LocalDate::compareTo).orElseThrow().plusMonths(1)))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceDays(TenantId t, String province, Collection<LocalDate> days, List<DayRow> rows, Instant now) {
        em.createNativeQuery("delete from compliance_day where tenant_id = ?1 and day = any(cast(?2 as date[]))")
                .setParameter(1, t.value()).setParameter(2, dateArray(days)).executeUpdate();
        for (DayRow r : rows) {
            em.createNativeQuery("""
                    insert into compliance_day (tenant_id, day, province_code, requests, requests_due, noticed,
                        noticed_in_time, noticed_in_extension, notice_days, objections, objections_due,
                        objections_answered_in_time, disputes, complaints, complaints_due, complaints_verified_in_time,
                        complaints_closed, dispatches_due, dispatches_in_time, rating_sum, rating_count, computed_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as integer[]), ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                        ?17, ?18, ?19, ?20, ?21, ?22)
                    """).setParameter(1, t.value()).setParameter(2, Date.valueOf(r.day())).setParameter(3, province)
                    .setParameter(4, r.requests()).setParameter(5, r.requestsDue()).setParameter(6, r.noticed())
                    .setParameter(7, r.noticedInTime()).setParameter(8, r.noticedInExtension())
                    .setParameter(9, intArray(r.noticeDays())).setParameter(10, r.objections())
                    .setParameter(11, r.objectionsDue()).setParameter(12, r.objectionsAnsweredInTime())
                    .setParameter(13, r.disputes()).setParameter(14, r.complaints()).setParameter(15, r.complaintsDue())
                    .setParameter(16, r.complaintsVerifiedInTime()).setParameter(17, r.complaintsClosed())
                    .setParameter(18, r.dispatchesDue()).setParameter(19, r.dispatchesInTime())
                    .setParameter(20, r.ratingSum()).setParameter(21, r.ratingCount())
                    .setParameter(22, Timestamp.from(now)).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void writeSnapshot(TenantId t, String province, Snapshot s, Instant watermark) {
        String llid;
        try {
            Map<String, String> m = new LinkedHashMap<>();
            s.llid().forEach((y, d) -> m.put(Integer.toString(y), d.toString()));
            llid = Json.JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                insert into compliance_snapshot (tenant_id, province_code, as_of, berkala_entries, berkala_current,
                    setiap_saat_entries, pembantu_units, pembantu_covered, llid, watermark)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb), ?10)
                on conflict (tenant_id) do update set province_code = excluded.province_code, as_of = excluded.as_of,
                    berkala_entries = excluded.berkala_entries, berkala_current = excluded.berkala_current,
                    setiap_saat_entries = excluded.setiap_saat_entries, pembantu_units = excluded.pembantu_units,
                    pembantu_covered = excluded.pembantu_covered, llid = excluded.llid, watermark = excluded.watermark
                """).setParameter(1, t.value()).setParameter(2, province).setParameter(3, Date.valueOf(s.asOf()))
                .setParameter(4, s.berkalaEntries()).setParameter(5, s.berkalaCurrent())
                .setParameter(6, s.setiapSaatEntries()).setParameter(7, s.pembantuUnits())
                .setParameter(8, s.pembantuCovered()).setParameter(9, llid).setParameter(10, Timestamp.from(watermark))
                .executeUpdate();
    }

    // ---- provincial reads (province transaction) ----

    /** Binds this transaction to a province: RLS then shows that province's aggregates and no tenant's cases. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enterProvince(String provinceCode) {
        SessionSettings.setLocal(em, "balai.province_code", provinceCode);
    }

    /** The summed counters of each tenant over [from, to] (the primary key's range per tenant). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Counters> sums(Collection<String> tenants, LocalDate from, LocalDate to) {
        return sumsBy(tenants, from, to, "tenant_id");
    }

    /** One tenant's counters per month (first day of the month as key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Counters> monthly(String tenant, LocalDate from, LocalDate to) {
        return sumsBy(List.of(tenant), from, to, "to_char(day, 'YYYY-MM')");
    }

    /** The counter columns that compliance_day and compliance_month share, in the order of {@link Counters}. */
    private static final String COUNTERS = "requests, requests_due, noticed, noticed_in_time, noticed_in_extension, "
            + "objections, objections_due, objections_answered_in_time, disputes, complaints, complaints_due, "
            + "complaints_verified_in_time, complaints_closed, dispatches_due, dispatches_in_time, rating_sum, "
            + "rating_count";

    private static String sums(String prefix) {
        return java.util.Arrays.stream(COUNTERS.split(", ")).map(c -> "sum(" + prefix + c + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * The rows that add up to a period ({@code ?1} tenants, {@code ?2}-{@code ?3} the period, {@code ?4}-{@code ?5}
     * its whole months): one row per whole month from compliance_month (its first day as {@code day}), the days of
     * a month that the period begins or ends inside from compliance_day.
     */
    private static final String PERIOD_ROWS = "(select tenant_id, month as day, " + COUNTERS + ", notice_days "
            + "from compliance_month where tenant_id = any(cast(?1 as varchar[])) and month >= ?4 and month < ?5 "
            + "union all select tenant_id, day, " + COUNTERS + ", notice_days from compliance_day "
            + "where tenant_id = any(cast(?1 as varchar[])) and day between ?2 and ?3 and (day < ?4 or day >= ?5)) p";

    private Map<String, Counters> sumsBy(Collection<String> tenants, LocalDate from, LocalDate to, String key) {
        String array = "{" + String.join(",", tenants) + "}";
        WholeMonths months = WholeMonths.of(from, to);
        Map<String, long[]> hist = new HashMap<>();
        for (Object row : em.createNativeQuery("select " + key + ", h.i, sum(h.v) from " + PERIOD_ROWS
                + ", unnest(p.notice_days) with ordinality h(v, i) group by 1, 2").setParameter(1, array)
                .setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .setParameter(4, Date.valueOf(months.from())).setParameter(5, Date.valueOf(months.until()))
                .getResultList()) {
            Object[] r = (Object[]) row;
            int i = (int) num(r[1]) - 1;
            if (i >= 0 && i < NoticeHistogram.BUCKETS) {
                hist.computeIfAbsent((String) r[0], k -> new long[NoticeHistogram.BUCKETS])[i] += num(r[2]);
            }
        }
        Map<String, Counters> out = new TreeMap<>();
        for (Object row : em.createNativeQuery("select " + key + ", " + sums("") + " from " + PERIOD_ROWS
                + " group by 1").setParameter(1, array).setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to)).setParameter(4, Date.valueOf(months.from()))
                .setParameter(5, Date.valueOf(months.until())).getResultList()) {
            Object[] r = (Object[]) row;
            String k = (String) r[0];
            out.put(k, new Counters(num(r[1]), num(r[2]), num(r[3]), num(r[4]), num(r[5]), num(r[6]), num(r[7]),
                    num(r[8]), num(r[9]), num(r[10]), num(r[11]), num(r[12]), num(r[13]), num(r[14]), num(r[15]),
                    num(r[16]), num(r[17]), hist.getOrDefault(k, new long[NoticeHistogram.BUCKETS])));
        }
        return out;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Snapshot> snapshots(Collection<String> tenants) {
        Map<String, Snapshot> out = new HashMap<>();
        for (Object row : em.createNativeQuery("select tenant_id, as_of, berkala_entries, berkala_current, "
                + "setiap_saat_entries, pembantu_units, pembantu_covered, cast(llid as text) from compliance_snapshot "
                + "where tenant_id = any(cast(?1 as varchar[]))")
                .setParameter(1, "{" + String.join(",", tenants) + "}").getResultList()) {
            Object[] r = (Object[]) row;
            Map<Integer, LocalDate> llid = new TreeMap<>();
            try {
                Map<String, String> m = Json.JSON.readValue((String) r[7], new TypeReference<Map<String, String>>() {
                });
                m.forEach((y, d) -> llid.put(Integer.parseInt(y), LocalDate.parse(d)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.put((String) r[0], new Snapshot(date(r[1]), (int) num(r[2]), (int) num(r[3]), (int) num(r[4]),
                    (int) num(r[5]), (int) num(r[6]), llid));
        }
        return out;
    }

    // ---- weights (platform table) ----

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Weights> weights(String province) {
        List<?> rows = em.createNativeQuery("select cast(weights as text) from compliance_weights where province_code = ?1")
                .setParameter(1, province).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Weights.parse(Json.JSON.readValue((String) rows.get(0),
                    new TypeReference<Map<String, Double>>() {
                    })));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void saveWeights(String province, Weights w, String actor) {
        String json;
        try {
            json = Json.JSON.writeValueAsString(w.asMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                insert into compliance_weights (province_code, weights, updated_at, updated_by)
                values (?1, cast(?2 as jsonb), now(), ?3)
                on conflict (province_code) do update set weights = excluded.weights, updated_at = now(),
                    updated_by = excluded.updated_by
                """).setParameter(1, province).setParameter(2, json).setParameter(3, actor).executeUpdate();
    }

    // ---- helpers ----

    private static Map<LocalDate, long[]> grouped(List<?> rows) {
        Map<LocalDate, long[]> out = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long[] v = new long[r.length - 1];
            for (int i = 1; i < r.length; i++) {
                v[i - 1] = num(r[i]);
            }
            out.put(date(r[0]), v);
        }
        return out;
    }

    private static List<LocalDate> dates(List<?> rows) {
        List<LocalDate> out = new ArrayList<>();
        for (Object o : rows) {
            if (o != null) {
                out.add(date(o));
            }
        }
        return out;
    }

    static String dateArray(Collection<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }

    static String intArray(int[] v) {
        return java.util.Arrays.stream(v).mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}"));
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) o;
    }

    static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) o;
    }
}
