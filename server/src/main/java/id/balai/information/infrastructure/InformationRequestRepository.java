package id.balai.information.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.RequestChannel;
import id.balai.information.domain.RequestContent;
import id.balai.information.domain.RequestEvent;
import id.balai.information.domain.RequestStatus;
import id.balai.information.domain.WrittenNotice;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Stores information requests and the append-only events of requests, objections and disputes. Every statement
 * names the tenant and runs in the caller's tenant-scoped transaction (row-level security beneath); an update checks
 * the version read, so that a concurrent change is a 409 rather than a lost update.
 */
@ApplicationScoped
public class InformationRequestRepository {
    private static final String COLUMNS = """
            id, registration_number, channel, requester_id, received_at, received_on, status, notice_due,
            extended_on, org_unit_code, notice_issued_on, overdue_since, reminded_on, details::text, version,
            (select count(*) from information_event e where e.tenant_id = r.tenant_id and e.subject_id = r.id),
            counting_starts_on, extended_at, notice_issued_at
            """;

    /** What only the request's own page reads. */
    public record Details(RequestContent content, String extensionReason, WrittenNotice notice, String lapsedReason,
            String confirmedVia) {
    }

    public record Page(List<InformationRequest> items, long total) {
    }

    /**
     * Filters of the officers' queue; null means any.
     *
     * @param text       an exact registration number, or words of the information wanted and its purpose
     *                   (Indonesian stemming)
     * @param requesters the requesters the identity search found (empty: no request matches)
     * @param from       received on or after
     * @param to         received on or before
     * @param dueFirst   earliest notice date first, instead of newest first
     */
    public record Filter(RequestStatus status, String orgUnit, RequestChannel channel, String text,
            List<UUID> requesters, LocalDate from, LocalDate to, boolean dueFirst) {
        public Filter(RequestStatus status, String orgUnit) {
            this(status, orgUnit, null, null, null, null, null, false);
        }

        public Filter withRequesters(List<UUID> found) {
            return new Filter(status, orgUnit, channel, text, found, from, to, dueFirst);
        }
    }

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(InformationRequest r, byte[] accessCodeHash) {
        em.createNativeQuery("""
                insert into information_request (tenant_id, id, registration_number, access_code_hash, channel,
                    requester_type, requester_id, received_at, received_on, status, notice_due, details,
                    counting_starts_on)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, cast(?12 as jsonb), ?13)
                """)
                .setParameter(1, r.tenant().value()).setParameter(2, r.id()).setParameter(3, r.registrationNumber())
                .setParameter(4, accessCodeHash).setParameter(5, r.channel().name())
                .setParameter(6, r.content().requesterType().name()).setParameter(7, r.requester())
                .setParameter(8, Timestamp.from(r.receivedAt())).setParameter(9, Date.valueOf(r.receivedOn()))
                .setParameter(10, r.status().name()).setParameter(11, Date.valueOf(r.noticeDue()))
                .setParameter(12, JsonColumns.write(details(r)))
                .setParameter(13, Date.valueOf(r.countingStartsOn())).executeUpdate();
        writeEvents(r.tenant(), r.id(), r.newEvents());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(InformationRequest r) {
        int updated = em.createNativeQuery("""
                update information_request set status = ?3, notice_due = ?4, extended_on = cast(?5 as date),
                    org_unit_code = ?6, outcome = ?7, notice_issued_on = cast(?8 as date),
                    overdue_since = cast(?9 as date), reminded_on = cast(?10 as date), details = cast(?11 as jsonb),
                    extended_at = cast(?13 as timestamptz), notice_issued_at = cast(?14 as timestamptz),
                    version = version + 1
                where tenant_id = ?1 and id = ?2 and version = ?12
                """)
                .setParameter(1, r.tenant().value()).setParameter(2, r.id()).setParameter(3, r.status().name())
                .setParameter(4, Date.valueOf(r.noticeDue()))
                .setParameter(5, r.extendedOn().map(LocalDate::toString).orElse(null))
                .setParameter(6, r.orgUnit().orElse(null))
                .setParameter(7, r.notice().map(WrittenNotice::outcome).orElse(null))
                .setParameter(8, r.noticeIssuedOn().map(LocalDate::toString).orElse(null))
                .setParameter(9, r.overdueSince().map(LocalDate::toString).orElse(null))
                .setParameter(10, r.remindedOn().map(LocalDate::toString).orElse(null))
                .setParameter(11, JsonColumns.write(details(r))).setParameter(12, r.version())
                .setParameter(13, r.extendedAt().map(Instant::toString).orElse(null))
                .setParameter(14, r.noticeIssuedAt().map(Instant::toString).orElse(null)).executeUpdate();
        if (updated != 1) {
            throw InformationErrors.conflict("CHANGED_MEANWHILE",
                    "Data ini baru saja diubah orang lain. Muat ulang dan coba lagi.",
                    "Someone else changed this just now. Reload and try again.");
        }
        writeEvents(r.tenant(), r.id(), r.newEvents());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void writeEvents(TenantId tenant, UUID subject, List<RequestEvent> events) {
        for (RequestEvent e : events) {
            em.createNativeQuery("""
                    insert into information_event (tenant_id, subject_id, seq, at, action, actor, note, public_event)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                    """).setParameter(1, tenant.value()).setParameter(2, subject).setParameter(3, e.seq())
                    .setParameter(4, Timestamp.from(e.at())).setParameter(5, e.action()).setParameter(6, e.actor())
                    .setParameter(7, e.note()).setParameter(8, e.publicEvent()).executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RequestEvent> events(TenantId tenant, UUID subject, boolean publicOnly) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select seq, at, action, actor, note, public_event from information_event
                where tenant_id = ?1 and subject_id = ?2 and (public_event or not ?3) order by seq
                """).setParameter(1, tenant.value()).setParameter(2, subject).setParameter(3, publicOnly)
                .getResultList();
        return rows.stream().map(o -> new RequestEvent(((Number) o[0]).intValue(), instant(o[1]), (String) o[2],
                (String) o[3], (String) o[4], (Boolean) o[5])).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<InformationRequest> find(TenantId tenant, UUID id) {
        return one(em.createNativeQuery("select " + COLUMNS + " from information_request r where tenant_id = ?1 and "
                + "id = ?2").setParameter(1, tenant.value()).setParameter(2, id), tenant);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InformationRequest get(TenantId tenant, UUID id) {
        return find(tenant, id).orElseThrow(() -> InformationErrors.notFound("information_request"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<InformationRequest> findForRequester(TenantId tenant, String number, byte[] codeHash) {
        return one(em.createNativeQuery("select " + COLUMNS + " from information_request r where tenant_id = ?1 and "
                + "registration_number = ?2 and access_code_hash = ?3").setParameter(1, tenant.value())
                .setParameter(2, number).setParameter(3, codeHash), tenant);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Page list(TenantId tenant, Filter f, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(tenant, f, params);
        Query q = em.createNativeQuery("select " + COLUMNS + " from information_request r" + where
                + (f.dueFirst() ? " order by notice_due, received_at, id" : " order by received_at desc, id")
                + " limit " + limit + " offset " + offset);
        Query c = em.createNativeQuery("select count(*) from information_request r" + where);
        for (Query x : List.of(q, c)) {
            for (int i = 0; i < params.size(); i++) {
                x.setParameter(i + 1, params.get(i));
            }
        }
        return new Page(rows(q, tenant), ((Number) c.getSingleResult()).longValue());
    }

    /** How many requests of the filter (its status aside) are in each status: the numbers on the queue's tabs. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<RequestStatus, Long> countByStatus(TenantId tenant, Filter f) {
        List<Object> params = new ArrayList<>();
        String where = where(tenant, new Filter(null, f.orgUnit(), f.channel(), f.text(), f.requesters(), f.from(),
                f.to(), false), params);
        Query q = em.createNativeQuery("select status, count(*) from information_request r" + where
                + " group by status");
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        java.util.Map<RequestStatus, Long> out = new java.util.EnumMap<>(RequestStatus.class);
        for (RequestStatus s : RequestStatus.values()) {
            out.put(s, 0L);
        }
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.put(RequestStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return out;
    }

    private static String where(TenantId tenant, Filter f, List<Object> params) {
        StringBuilder w = new StringBuilder(" where tenant_id = ?1");
        params.add(tenant.value());
        if (f.status() != null) {
            params.add(f.status().name());
            w.append(" and status = ?").append(params.size());
        }
        if (f.orgUnit() != null) {
            params.add(f.orgUnit());
            w.append(" and org_unit_code = ?").append(params.size());
        }
        if (f.channel() != null) {
            params.add(f.channel().name());
            w.append(" and channel = ?").append(params.size());
        }
        if (f.from() != null) {
            params.add(Date.valueOf(f.from()));
            w.append(" and received_on >= ?").append(params.size());
        }
        if (f.to() != null) {
            params.add(Date.valueOf(f.to()));
            w.append(" and received_on <= ?").append(params.size());
        }
        if (f.text() != null) {
            params.add(f.text().strip().toUpperCase(java.util.Locale.ROOT));
            int number = params.size();
            params.add(f.text());
            w.append(" and (registration_number = ?").append(number)
                    .append(" or search @@ websearch_to_tsquery('indonesian', ?").append(params.size()).append("))");
        }
        if (f.requesters() != null) {
            if (f.requesters().isEmpty()) {
                w.append(" and false");
            } else {
                params.add(f.requesters().stream().map(UUID::toString)
                        .collect(java.util.stream.Collectors.joining(",")));
                w.append(" and requester_id = any(string_to_array(?").append(params.size()).append(", ',')::uuid[])");
            }
        }
        return w.toString();
    }

    /**
     * Named query: open requests (registered or routed) whose notice is due on or before {@code dueBy}, earliest
     * first; with {@code after}, only those due after it (due soon = after yesterday, overdue = before today).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page openDue(TenantId tenant, LocalDate after, LocalDate dueBy, String orgUnit, int offset, int limit) {
        String where = " where tenant_id = ?1 and status in ('REGISTERED', 'ROUTED') and notice_due <= ?2"
                + " and (cast(?3 as date) is null or notice_due > cast(?3 as date))"
                + " and (cast(?4 as varchar) is null or org_unit_code = ?4)";
        Query q = em.createNativeQuery("select " + COLUMNS + " from information_request r" + where
                + " order by notice_due, id limit ?5 offset ?6");
        Query c = em.createNativeQuery("select count(*) from information_request r" + where);
        for (Query x : List.of(q, c)) {
            x.setParameter(1, tenant.value()).setParameter(2, Date.valueOf(dueBy))
                    .setParameter(3, after == null ? null : after.toString()).setParameter(4, orgUnit);
        }
        q.setParameter(5, limit).setParameter(6, offset);
        return new Page(rows(q, tenant), ((Number) c.getSingleResult()).longValue());
    }

    /** E-mailed requests still awaiting confirmation received before {@code day}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<InformationRequest> unconfirmedBefore(TenantId tenant, LocalDate day, int limit) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from information_request r where tenant_id = ?1 and "
                + "status = 'AWAITING_CONFIRMATION' and counting_starts_on < ?2 order by received_at limit ?3")
                .setParameter(1, tenant.value()).setParameter(2, Date.valueOf(day)).setParameter(3, limit), tenant);
    }

    private static Details details(InformationRequest r) {
        return new Details(r.content(), r.extensionReason().orElse(null), r.notice().orElse(null),
                r.lapsedReason().orElse(null), r.confirmedVia().orElse(null));
    }

    private Optional<InformationRequest> one(Query q, TenantId tenant) {
        return rows(q, tenant).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<InformationRequest> rows(Query q, TenantId tenant) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(o -> {
            Details d = JsonColumns.read(o[13], Details.class);
            return new InformationRequest((UUID) o[0], tenant, (String) o[1], RequestChannel.valueOf((String) o[2]),
                    (UUID) o[3], instant(o[4]), date(o[5]), date(o[16]), d.content(),
                    RequestStatus.valueOf((String) o[6]), date(o[7]), d.extensionReason(), instant(o[17]), date(o[8]),
                    (String) o[9], d.notice(), instant(o[18]), date(o[10]),
                    d.lapsedReason(), d.confirmedVia(), date(o[11]), date(o[12]), ((Number) o[14]).intValue(),
                    ((Number) o[15]).intValue());
        }).toList();
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) o;
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
}
