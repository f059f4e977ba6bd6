package id.balai.complaints.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import id.balai.complaints.application.ComplaintRecords;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.ComplaintEvent;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.Dispatch;
import id.balai.complaints.domain.DispatchStatus;
import id.balai.complaints.domain.HandlingStep;
import id.balai.complaints.domain.Priority;
import id.balai.complaints.domain.Publication;
import id.balai.complaints.domain.RejectionReason;
import id.balai.complaints.domain.ReportType;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Json;
import id.balai.platform.infrastructure.Sql;
import id.balai.tenancy.domain.geography.Area;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Stores complaints, their dispatches and their append-only events. Every statement names the tenant and runs
 * inside the caller's tenant-scoped transaction (row-level security beneath). Updates check the version read,
 * so that two officers acting on the same case at once cannot overwrite each other: the second gets a 409.
 */
@ApplicationScoped
public class ComplaintRepository implements ComplaintRecords {
    private static final String COLUMNS = """
            id, tracking_number, type, channel, title, description, category_code, location_text, latitude,
            longitude, anonymous, confidential, reporter_id, received_at, received_on, verify_due, status,
            final_answer, responded_at, auto_close_due, closed_at, reopen_until, rating, merged_into, rejection,
            version, (select count(*) from complaint_event e where e.tenant_id = c.tenant_id and e.complaint_id = c.id),
            escalated_at,
            (select coalesce(json_agg(json_build_array(d.org_unit_code, d.status, d.sent_at, d.due_on, d.assignee,
                d.answer, d.answered_at, d.return_reason, d.reminded_at, d.escalated_at)
                order by d.sent_at, d.org_unit_code), '[]')::text
             from complaint_dispatch d where d.tenant_id = c.tenant_id and d.complaint_id = c.id),
            counting_starts_on, public_declined, area_district, area_village, working_title,
            array_to_string(tags, ','), priority
            """;
    /** The first column after {@link #COLUMNS}, where a query adds its own. */
    private static final int AFTER_COLUMNS = 36;

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** A queue's order as SQL. */
    private static String orderBy(Sort sort) {
        return switch (sort) {
            case RECEIVED_DESC -> "c.received_at desc, c.id";
            case RECEIVED_ASC -> "c.received_at, c.id";
            case DUE_ASC -> "coalesce((select min(d.due_on) from complaint_dispatch d where d.tenant_id = c.tenant_id "
                    + "and d.complaint_id = c.id and d.status in ('SENT', 'RECEIVED', 'IN_PROGRESS')), c.verify_due), "
                    + "c.received_at, c.id";
        };
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Complaint c, byte[] accessCodeHash) {
        em.createNativeQuery("""
                insert into complaint (tenant_id, id, tracking_number, access_code_hash, type, channel, title,
                    description, category_code, location_text, latitude, longitude, anonymous, confidential,
                    reporter_id, received_at, received_on, verify_due, status, counting_starts_on, public_declined,
                    area_district, area_village)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as double precision),
                    cast(?12 as double precision), ?13, ?14, cast(?15 as uuid), ?16, ?17, ?18, ?19, ?20, ?21,
                    cast(?22 as varchar), cast(?23 as varchar))
                """)
                .setParameter(1, c.tenant().value()).setParameter(2, c.id()).setParameter(3, c.trackingNumber())
                .setParameter(4, accessCodeHash).setParameter(5, c.type().name()).setParameter(6, c.channel().name())
                .setParameter(7, c.title()).setParameter(8, c.description()).setParameter(9, c.category())
                .setParameter(10, c.locationText()).setParameter(11, str(c.latitude()))
                .setParameter(12, str(c.longitude())).setParameter(13, c.anonymous())
                .setParameter(14, c.confidential()).setParameter(15, c.reporter().map(UUID::toString).orElse(null))
                .setParameter(16, Timestamp.from(c.receivedAt())).setParameter(17, Date.valueOf(c.receivedOn()))
                .setParameter(18, Date.valueOf(c.verifyDue())).setParameter(19, c.status().name())
                .setParameter(20, Date.valueOf(c.countingStartsOn())).setParameter(21, c.publicDeclined())
                .setParameter(22, c.area().map(Area::district).orElse(null))
                .setParameter(23, c.area().map(Area::village).orElse(null))
                .executeUpdate();
        writeChildren(c);
    }

    /**
     * Holds the report's row until the transaction ends, for a change that does not write it (a photo's blurred
     * version): acts on one report then happen one after the other, as those that write the row do.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(TenantId tenant, UUID id) {
        em.createNativeQuery("select id from complaint where tenant_id = ?1 and id = ?2 for update")
                .setParameter(1, tenant.value()).setParameter(2, id).getResultList();
    }

    /** Writes the case's changes: its row (if the version still matches), changed dispatches, new events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Complaint c) {
        int updated = em.createNativeQuery("""
                update complaint set status = ?3, final_answer = ?4, responded_at = cast(?5 as timestamptz),
                    auto_close_due = cast(?6 as date), closed_at = cast(?7 as timestamptz),
                    reopen_until = cast(?8 as date), rating = cast(?9 as smallint), merged_into = cast(?10 as uuid),
                    rejection = ?11, escalated_at = cast(?13 as timestamptz), type = ?14,
                    category_code = cast(?15 as varchar), working_title = cast(?16 as varchar),
                    tags = string_to_array(?17, ',')::varchar[], priority = ?18, version = version + 1
                where tenant_id = ?1 and id = ?2 and version = ?12
                """)
                .setParameter(1, c.tenant().value()).setParameter(2, c.id()).setParameter(3, c.status().name())
                .setParameter(4, c.finalAnswer().orElse(null))
                .setParameter(5, c.respondedAt().map(Instant::toString).orElse(null))
                .setParameter(6, c.autoCloseDue().map(LocalDate::toString).orElse(null))
                .setParameter(7, c.closedAt().map(Instant::toString).orElse(null))
                .setParameter(8, c.reopenUntil().map(LocalDate::toString).orElse(null))
                .setParameter(9, c.rating().map(Object::toString).orElse(null))
                .setParameter(10, c.mergedInto().map(UUID::toString).orElse(null))
                .setParameter(11, c.rejection().map(Enum::name).orElse(null)).setParameter(12, c.version())
                .setParameter(13, c.escalatedAt().map(Instant::toString).orElse(null))
                .setParameter(14, c.type().name()).setParameter(15, c.category())
                .setParameter(16, c.titleCorrected() ? c.workingTitle() : null)
                .setParameter(17, String.join(",", c.tags())).setParameter(18, c.priority().name())
                .executeUpdate();
        if (updated != 1) {
            throw new DomainException(DomainException.Kind.CONFLICT, "COMPLAINT_CHANGED_MEANWHILE",
                    Message.of("Laporan ini baru saja diubah orang lain. Muat ulang dan coba lagi.",
                            "Someone else changed this report just now. Reload and try again."));
        }
        writeChildren(c);
    }

    private void writeChildren(Complaint c) {
        for (Dispatch d : c.dispatches()) {
            if (!d.changed()) {
                continue;
            }
            em.createNativeQuery("""
                    insert into complaint_dispatch (tenant_id, complaint_id, org_unit_code, status, sent_at, due_on,
                        assignee, answer, answered_at, return_reason, reminded_at, escalated_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as timestamptz), ?10, cast(?11 as timestamptz),
                        cast(?12 as timestamptz))
                    on conflict (tenant_id, complaint_id, org_unit_code) do update set status = excluded.status,
                        due_on = excluded.due_on, assignee = excluded.assignee, answer = excluded.answer,
                        answered_at = excluded.answered_at, return_reason = excluded.return_reason,
                        reminded_at = excluded.reminded_at, escalated_at = excluded.escalated_at
                    """)
                    .setParameter(1, c.tenant().value()).setParameter(2, c.id()).setParameter(3, d.orgUnit())
                    .setParameter(4, d.status().name()).setParameter(5, Timestamp.from(d.sentAt()))
                    .setParameter(6, Date.valueOf(d.dueOn())).setParameter(7, d.assignee())
                    .setParameter(8, d.answer())
                    .setParameter(9, d.answeredAt() == null ? null : d.answeredAt().toString())
                    .setParameter(10, d.returnReason())
                    .setParameter(11, d.remindedAt() == null ? null : d.remindedAt().toString())
                    .setParameter(12, d.escalatedAt() == null ? null : d.escalatedAt().toString()).executeUpdate();
        }
        for (ComplaintEvent e : c.newEvents()) {
            em.createNativeQuery("""
                    insert into complaint_event (tenant_id, complaint_id, seq, at, step, action, actor, org_unit_code,
                        note, public_event)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                    """)
                    .setParameter(1, c.tenant().value()).setParameter(2, c.id()).setParameter(3, e.seq())
                    .setParameter(4, Timestamp.from(e.at())).setParameter(5, e.step().name())
                    .setParameter(6, e.action()).setParameter(7, e.actor()).setParameter(8, e.orgUnit())
                    .setParameter(9, e.note()).setParameter(10, e.publicEvent()).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Complaint> find(TenantId tenant, UUID id) {
        return one(em.createNativeQuery("select " + COLUMNS + " from complaint c where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, id), tenant);
    }

    public Complaint get(TenantId tenant, UUID id) {
        return find(tenant, id).orElseThrow(ComplaintErrors::notFound);
    }

    /** A case by its tracking number, if the access code's hash matches: a wrong code is as good as no case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Complaint> findForReporter(TenantId tenant, String trackingNumber, byte[] accessCodeHash) {
        return one(em.createNativeQuery("select " + COLUMNS + " from complaint c where tenant_id = ?1 "
                + "and tracking_number = ?2 and access_code_hash = ?3")
                .setParameter(1, tenant.value()).setParameter(2, trackingNumber).setParameter(3, accessCodeHash),
                tenant);
    }

    /** A case by its tracking number alone: for callers that check the reporter another way (the SMS sender). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Complaint> findByTrackingNumber(TenantId tenant, String trackingNumber) {
        return one(em.createNativeQuery("select " + COLUMNS + " from complaint c where tenant_id = ?1 "
                + "and tracking_number = ?2").setParameter(1, tenant.value()).setParameter(2, trackingNumber),
                tenant);
    }

    /** The cases of these reporters that wait for the reporter's clarification (issue 16: a reply by SMS). */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Complaint> awaitingClarification(TenantId tenant, List<UUID> reporters) {
        if (reporters.isEmpty()) {
            return List.of();
        }
        String in = java.util.stream.IntStream.range(0, reporters.size()).mapToObj(i -> "cast(?" + (i + 2) + " as uuid)")
                .collect(java.util.stream.Collectors.joining(","));
        Query q = em.createNativeQuery("select " + COLUMNS + " from complaint c where tenant_id = ?1 "
                + "and status = 'CLARIFICATION_REQUESTED' and reporter_id in (" + in + ") order by received_at");
        q.setParameter(1, tenant.value());
        for (int i = 0; i < reporters.size(); i++) {
            q.setParameter(i + 2, reporters.get(i).toString());
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> map(r, tenant)).toList();
    }

    /** The case's events in order; {@code publicOnly} for the reporter's tracking page. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ComplaintEvent> events(TenantId tenant, UUID id, boolean publicOnly) {
        List<Object[]> rows = em.createNativeQuery("select seq, at, step, action, actor, org_unit_code, note, "
                + "public_event from complaint_event where tenant_id = ?1 and complaint_id = ?2"
                + (publicOnly ? " and public_event" : "") + " order by seq")
                .setParameter(1, tenant.value()).setParameter(2, id).getResultList();
        return rows.stream().map(r -> new ComplaintEvent(((Number) r[0]).intValue(), instant(r[1]),
                HandlingStep.valueOf((String) r[2]), (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                (Boolean) r[7])).toList();
    }

    /** The cases merged into this one (their reporters get its answer too). */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> mergedInto(TenantId tenant, UUID target) {
        return em.createNativeQuery("select id from complaint where tenant_id = ?1 and merged_into = ?2 order by id")
                .setParameter(1, tenant.value()).setParameter(2, target).getResultList();
    }

    /** A queue: filtered, sorted (newest first unless asked otherwise), a page at a time. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public Page list(TenantId tenant, Filter f, int offset, int limit) {
        Where w = where(tenant, f);
        Sort sort = f.sort() == null ? Sort.RECEIVED_DESC : f.sort();
        Query count = em.createNativeQuery("select count(*) from complaint c" + w.sql());
        Query page = em.createNativeQuery("select " + COLUMNS + " from complaint c" + w.sql()
                + " order by " + orderBy(sort) + " offset " + offset + " limit " + limit);
        for (int i = 0; i < w.params().size(); i++) {
            count.setParameter(i + 1, w.params().get(i));
            page.setParameter(i + 1, w.params().get(i));
        }
        List<Complaint> items = ((List<Object[]>) page.getResultList()).stream().map(r -> map(r, tenant)).toList();
        return new Page(items, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * How many cases of the queue's filter (its status aside) are in each status: the numbers on the queue's tabs,
     * one grouped count over the same conditions as {@link #list}.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<ComplaintStatus, Long> countByStatus(TenantId tenant, Filter f) {
        Where w = where(tenant, f.anyStatus());
        Query q = em.createNativeQuery("select c.status, count(*) from complaint c" + w.sql() + " group by c.status");
        for (int i = 0; i < w.params().size(); i++) {
            q.setParameter(i + 1, w.params().get(i));
        }
        java.util.Map<ComplaintStatus, Long> out = new java.util.EnumMap<>(ComplaintStatus.class);
        for (ComplaintStatus s : ComplaintStatus.values()) {
            out.put(s, 0L);
        }
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.put(ComplaintStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return out;
    }

    /**
     * How many parts of {@code unit} are in each dispatch status, over the cases of the filter (its status and
     * unit aside): the numbers on an agency operator's tabs.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<DispatchStatus, Long> countByUnitStatus(TenantId tenant, Filter f, String unit) {
        Where w = where(tenant, new Filter(null, null, null, null, f.channel(), f.category(), f.text(), f.reporters(),
                f.from(), f.to(), null));
        List<Object> params = new ArrayList<>(w.params());
        params.add(unit);
        Query q = em.createNativeQuery("select d.status, count(*) from complaint c join complaint_dispatch d "
                + "on d.tenant_id = c.tenant_id and d.complaint_id = c.id" + w.sql() + " and d.org_unit_code = ?"
                + params.size() + " group by d.status");
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        java.util.Map<DispatchStatus, Long> out = new java.util.EnumMap<>(DispatchStatus.class);
        for (DispatchStatus s : DispatchStatus.values()) {
            out.put(s, 0L);
        }
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.put(DispatchStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return out;
    }

    private static Where where(TenantId tenant, Filter f) {
        StringBuilder where = new StringBuilder(" where c.tenant_id = ?1");
        List<Object> params = new ArrayList<>();
        params.add(tenant.value());
        if (f.status() != null) {
            params.add(f.status().name());
            where.append(" and c.status = ?").append(params.size());
        }
        if (f.channel() != null) {
            params.add(f.channel().name());
            where.append(" and c.channel = ?").append(params.size());
        }
        if (f.category() != null) {
            params.add(f.category());
            where.append(" and c.category_code = ?").append(params.size());
        }
        if (f.from() != null) {
            params.add(Date.valueOf(f.from()));
            where.append(" and c.received_on >= ?").append(params.size());
        }
        if (f.to() != null) {
            params.add(Date.valueOf(f.to()));
            where.append(" and c.received_on <= ?").append(params.size());
        }
        if (f.text() != null) {
            // One box for both: a tracking number is matched exactly (the unique key finds it however old), anything
            // else as words. An unparsable query is no error: websearch_to_tsquery never fails on input.
            params.add(f.text().trim().toUpperCase(java.util.Locale.ROOT));
            int number = params.size();
            params.add(f.text());
            where.append(" and (c.tracking_number = ?").append(number)
                    .append(" or c.search @@ websearch_to_tsquery('indonesian', ?").append(params.size()).append("))");
        }
        if (f.reporters() != null) {
            if (f.reporters().isEmpty()) {
                where.append(" and false");
            } else {
                params.add(f.reporters().stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",")));
                where.append(" and c.reporter_id = any(string_to_array(?").append(params.size())
                        .append(", ',')::uuid[])");
            }
        }
        if (f.orgUnit() != null) {
            params.add(f.orgUnit());
            where.append(" and exists (select 1 from complaint_dispatch d where d.tenant_id = c.tenant_id "
                    + "and d.complaint_id = c.id and d.org_unit_code = ?").append(params.size());
            if (f.dispatchStatus() != null) {
                params.add(f.dispatchStatus().name());
                where.append(" and d.status = ?").append(params.size());
            }
            if (f.dueBefore() != null) {
                params.add(Date.valueOf(f.dueBefore()));
                where.append(" and d.due_on < ?").append(params.size());
            }
            where.append(")");
        } else if (f.dueBefore() != null) {
            params.add(Date.valueOf(f.dueBefore()));
            where.append(" and c.verify_due < ?").append(params.size());
        }
        return new Where(where.toString(), params);
    }

    /**
     * The named query of the clock job: cases to close (responded, auto-close date passed), to escalate (verification
     * or an agency's part overdue and not yet escalated) or to remind (an active part due by {@code remindUntil},
     * not yet reminded). Three index scans (auto-close, status and due date, the active parts' due date) joined
     * by a union: one condition with OR and EXISTS read every case of the regency (a quarter of a second per
     * regency at 10 million cases).
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> needingTheClock(TenantId tenant, LocalDate today, LocalDate remindUntil, int limit) {
        return em.createNativeQuery("""
                select id from (
                    select c.id from complaint c
                    where c.tenant_id = ?1 and c.status = 'RESPONDED' and c.auto_close_due < ?2
                    union
                    select c.id from complaint c
                    where c.tenant_id = ?1 and c.status in ('RECEIVED', 'VERIFIED') and c.verify_due < ?2
                        and c.escalated_at is null
                    union
                    select d.complaint_id from complaint_dispatch d
                    where d.tenant_id = ?1 and d.status in ('SENT', 'RECEIVED', 'IN_PROGRESS')
                        and ((d.due_on < ?2 and d.escalated_at is null) or (d.due_on <= ?3 and d.reminded_at is null))
                ) due order by id limit ?4
                """).setParameter(1, tenant.value()).setParameter(2, Date.valueOf(today))
                .setParameter(3, Date.valueOf(remindUntil)).setParameter(4, limit).getResultList();
    }

    /**
     * The named query "overdue": cases whose verification, or an agency's part (of {@code unit}, if given), is past
     * its due date on {@code today}; oldest due first.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public Page overdue(TenantId tenant, LocalDate today, String unit, int offset, int limit) {
        String where = """
                 from complaint c where c.tenant_id = ?1 and (
                    (cast(?3 as varchar) is null and c.status in ('RECEIVED', 'VERIFIED') and c.verify_due < ?2)
                    or exists (select 1 from complaint_dispatch d where d.tenant_id = c.tenant_id
                               and d.complaint_id = c.id and d.status in ('SENT', 'RECEIVED', 'IN_PROGRESS')
                               and d.due_on < ?2 and (cast(?3 as varchar) is null or d.org_unit_code = cast(?3 as varchar))))
                """;
        Query count = em.createNativeQuery("select count(*)" + where);
        Query page = em.createNativeQuery("select " + COLUMNS + where + " order by c.verify_due, c.id offset "
                + offset + " limit " + limit);
        for (Query q : List.of(count, page)) {
            q.setParameter(1, tenant.value()).setParameter(2, Date.valueOf(today)).setParameter(3, unit);
        }
        List<Complaint> items = ((List<Object[]>) page.getResultList()).stream().map(r -> map(r, tenant)).toList();
        return new Page(items, ((Number) count.getSingleResult()).longValue());
    }

    /** A WHERE clause and its parameters, numbered from 1 in order. */
    private record Where(String sql, List<Object> params) {
        void bind(Query q) {
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
        }
    }

    /**
     * Only reports with a published public version (issue 15), and never a rahasia, declined, rejected or merged
     * one even if a version was left published; then the filter.
     */
    private static Where published(TenantId tenant, PublicFilter f) {
        StringBuilder where = new StringBuilder("""
                 from complaint c join (select tenant_id p_tenant_id, complaint_id p_complaint_id, status p_status,
                     public_title, public_text, public_attachments, published_at, published_by, updated_at,
                     version p_version, public_location, blurred_attachments from complaint_publication) p
                     on p.p_tenant_id = c.tenant_id and p.p_complaint_id = c.id
                 where c.tenant_id = ?1 and p.p_status = 'PUBLISHED' and not c.confidential and not c.public_declined
                 and c.status not in ('REJECTED', 'MERGED') and c.rejection is null and c.merged_into is null""");
        List<Object> params = new ArrayList<>();
        params.add(tenant.value());
        if (f.trackingNumbers() != null && !f.trackingNumbers().isEmpty()) {
            params.add(String.join(",", f.trackingNumbers()));
            where.append(" and c.tracking_number = any (string_to_array(?").append(params.size()).append(", ','))");
        }
        if (f.category() != null) {
            params.add(f.category());
            where.append(" and c.category_code = ?").append(params.size());
        }
        if (f.open() != null) {
            where.append(f.open() ? " and c.status not in ('CLOSED', 'ARCHIVED')"
                    : " and c.status in ('CLOSED', 'ARCHIVED')");
        }
        if (f.from() != null) {
            params.add(Timestamp.from(f.from()));
            where.append(" and c.received_at >= ?").append(params.size());
        }
        if (f.to() != null) {
            params.add(Timestamp.from(f.to()));
            where.append(" and c.received_at < ?").append(params.size());
        }
        if (f.agency() != null) {
            params.add(f.agency());
            where.append(" and exists (select 1 from complaint_dispatch d where d.tenant_id = c.tenant_id "
                    + "and d.complaint_id = c.id and d.org_unit_code = ?").append(params.size()).append(")");
        }
        if (f.district() != null) {
            params.add(f.district());
            where.append(" and c.area_district = ?").append(params.size());
        }
        if (f.village() != null) {
            params.add(f.village());
            where.append(" and c.area_village = ?").append(params.size());
        }
        if (f.receivedFrom() != null) {
            params.add(Date.valueOf(f.receivedFrom()));
            where.append(" and c.received_on >= ?").append(params.size());
        }
        if (f.receivedTo() != null) {
            params.add(Date.valueOf(f.receivedTo()));
            where.append(" and c.received_on <= ?").append(params.size());
        }
        // A space first: callers append it to a select list.
        return new Where(" " + where.toString().stripLeading(), params);
    }

    /** Reports for public lists (Open311, the public report pages), newest first. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public PublishedPage publishedList(TenantId tenant, PublicFilter f, int offset, int limit) {
        Where where = published(tenant, f);
        Query count = em.createNativeQuery("select count(*)" + where.sql());
        Query q = em.createNativeQuery("select " + COLUMNS + """
                , p.p_status, p.public_title, p.public_text, array_to_string(p.public_attachments, ','),
                p.published_at, p.published_by, p.updated_at, p.p_version,
                (select count(*) from complaint_moderation_log l where l.tenant_id = p.p_tenant_id
                    and l.complaint_id = p.p_complaint_id), p.public_location,
                array_to_string(p.blurred_attachments, ',')""" + where.sql()
                + " order by c.received_at desc, c.id offset " + offset + " limit " + limit);
        where.bind(q);
        where.bind(count);
        List<Published> items = ((List<Object[]>) q.getResultList()).stream().map(r -> {
            Complaint c = map(r, tenant);
            return new Published(c, PublicationRepository.map(tenant, c.id(), r, AFTER_COLUMNS));
        }).toList();
        return new PublishedPage(items, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * The points of published reports whose public version shows the point (issue 15 item 4), newest first, at most
     * {@code limit}: the columns a map marker needs, not the whole case.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PublicPoint> publishedPoints(TenantId tenant, PublicFilter f, int limit) {
        Where where = published(tenant, f);
        Query q = em.createNativeQuery("select c.tracking_number, p.public_title, c.latitude, c.longitude, c.status, "
                + "c.category_code" + where.sql() + " and p.public_location and c.latitude is not null "
                + "and c.longitude is not null order by c.received_at desc, c.id limit " + limit);
        where.bind(q);
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new PublicPoint((String) r[0], (String) r[1],
                ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue(),
                ComplaintStatus.valueOf((String) r[4]).isOpen(), (String) r[5])).toList();
    }

    @SuppressWarnings("unchecked")
    private Optional<Complaint> one(Query q, TenantId tenant) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().findFirst().map(r -> map(r, tenant));
    }

    /** A row of {@link #COLUMNS}: the case, with its dispatches read in the same statement (one round trip). */
    private static Complaint map(Object[] r, TenantId tenant) {
        UUID id = (UUID) r[0];
        List<Dispatch> dispatches = dispatches((String) r[28]);
        Complaint c = new Complaint(id, tenant, (String) r[1], ReportType.valueOf((String) r[2]),
                Channel.valueOf((String) r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                r[8] == null ? null : ((Number) r[8]).doubleValue(), r[9] == null ? null : ((Number) r[9]).doubleValue(),
                (Boolean) r[10], (Boolean) r[11], (UUID) r[12], instant(r[13]), date(r[14]), date(r[29]), date(r[15]),
                ComplaintStatus.valueOf((String) r[16]), (String) r[17], r[18] == null ? null : instant(r[18]),
                r[19] == null ? null : date(r[19]), r[20] == null ? null : instant(r[20]),
                r[21] == null ? null : date(r[21]), r[22] == null ? null : ((Number) r[22]).intValue(),
                (UUID) r[23], r[24] == null ? null : RejectionReason.valueOf((String) r[24]),
                r[27] == null ? null : instant(r[27]), ((Number) r[25]).intValue(), dispatches,
                ((Number) r[26]).intValue(), (Boolean) r[30], r[31] == null ? null
                        : new Area((String) r[31], (String) r[32]));
        String tags = (String) r[34];
        c.restoreCorrections((String) r[33], tags == null || tags.isEmpty() ? List.of()
                : List.of(tags.split(",")), Priority.valueOf((String) r[35]));
        return c;
    }

    /**
     * Up to {@code limit} ended cases (closed, archived, rejected or merged) that still hold a reporter's identity and
     * ended before {@code cutoff} (a rejected or merged case ends at its receipt), the longest ended first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IdentityDue> identitiesDue(TenantId tenant, Instant cutoff, int limit) {
        return Sql.of(em, """
                select id, reporter_id from complaint
                where tenant_id = :tenant and reporter_id is not null and identity_erased_at is null
                  and status in ('CLOSED', 'ARCHIVED', 'REJECTED', 'MERGED')
                  and coalesce(closed_at, received_at) < :cutoff
                order by coalesce(closed_at, received_at) limit :limit
                """).set("tenant", tenant.value()).set("cutoff", cutoff).set("limit", limit)
                .list(r -> new IdentityDue(r.uuid(0), r.uuid(1)));
    }

    /** Marks the case's reporter identity as erased at {@code at}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markIdentityErased(TenantId tenant, UUID complaint, Instant at) {
        Sql.of(em, "update complaint set identity_erased_at = :at where tenant_id = :tenant and id = :id")
                .set("tenant", tenant.value()).set("id", complaint).set("at", at).execute();
    }

    /**
     * The regency's open reports received within {@code windowDays} of the case whose title and description are at
     * least {@code minSimilarity} alike (pg_trgm), most alike first (issue 17 item 4).
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DuplicateCandidate> duplicateCandidates(TenantId tenant, UUID id, int windowDays,
            double minSimilarity, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.tracking_number, coalesce(o.working_title, o.title), o.status, o.received_on,
                    o.latitude, o.longitude, s.sim
                from complaint c join complaint o on o.tenant_id = c.tenant_id and o.id <> c.id
                cross join lateral (select similarity(c.title || ' ' || c.description,
                    o.title || ' ' || o.description) sim) s
                where c.tenant_id = ?1 and c.id = ?2
                    and o.status in ('RECEIVED', 'CLARIFICATION_REQUESTED', 'VERIFIED', 'DISPATCHED', 'ANSWERED')
                    and o.received_at between c.received_at - make_interval(days => ?3)
                        and c.received_at + make_interval(days => ?3)
                    and s.sim >= ?4
                order by s.sim desc, o.received_at limit ?5
                """).setParameter(1, tenant.value()).setParameter(2, id).setParameter(3, windowDays)
                .setParameter(4, minSimilarity).setParameter(5, limit).getResultList();
        return rows.stream().map(r -> new DuplicateCandidate((UUID) r[0], (String) r[1], (String) r[2],
                ComplaintStatus.valueOf((String) r[3]), date(r[4]),
                r[5] == null ? null : ((Number) r[5]).doubleValue(), r[6] == null ? null : ((Number) r[6]).doubleValue(),
                ((Number) r[7]).doubleValue())).toList();
    }

    private static List<Dispatch> dispatches(String json) {
        JsonNode rows;
        try {
            rows = Json.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("complaint_dispatch aggregate is not JSON", e);
        }
        List<Dispatch> out = new ArrayList<>(rows.size());
        for (JsonNode d : rows) {
            out.add(new Dispatch(d.get(0).asText(), DispatchStatus.valueOf(d.get(1).asText()), jsonInstant(d.get(2)),
                    jsonDate(d.get(3)), jsonText(d.get(4)), jsonText(d.get(5)), jsonInstant(d.get(6)),
                    jsonText(d.get(7)), jsonInstant(d.get(8)), jsonInstant(d.get(9))));
        }
        return out;
    }

    private static String jsonText(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** PostgreSQL writes timestamptz into JSON as ISO 8601 with the session's offset. */
    private static Instant jsonInstant(JsonNode n) {
        return n == null || n.isNull() ? null : OffsetDateTime.parse(n.asText()).toInstant();
    }

    private static LocalDate jsonDate(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    private static String str(Double d) {
        return d == null ? null : d.toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return ((OffsetDateTime) value).toInstant();
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }
}
