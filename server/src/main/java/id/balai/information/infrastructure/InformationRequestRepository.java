package id.balai.information.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.information.application.RequestRecords;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.RequestChannel;
import id.balai.information.domain.RequestContent;
import id.balai.information.domain.RequestEvent;
import id.balai.information.domain.RequestStatus;
import id.balai.information.domain.WrittenNotice;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Stores information requests and the append-only events of requests, objections and disputes. Every statement
 * names the tenant and runs in the caller's tenant-scoped transaction (row-level security beneath); an update checks
 * the version read, so that a concurrent change is a 409 rather than a lost update.
 */
@ApplicationScoped
public class InformationRequestRepository implements RequestRecords {
    private static final String COLUMNS = """
            id, registration_number, channel, requester_id, received_at, received_on, status, notice_due,
            extended_on, org_unit_code, notice_issued_on, overdue_since, reminded_on, details::text, version,
            (select count(*) from information_event e where e.tenant_id = r.tenant_id and e.subject_id = r.id),
            counting_starts_on, extended_at, notice_issued_at
            """;

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(InformationRequest r, byte[] accessCodeHash) {
        Sql.of(em, """
                insert into information_request (tenant_id, id, registration_number, access_code_hash, channel,
                    requester_type, requester_id, received_at, received_on, status, notice_due, details,
                    counting_starts_on)
                values (:tenant, :id, :number, :codeHash, :channel, :requesterType, :requester, :receivedAt,
                    :receivedOn, :status, :noticeDue, cast(:details as jsonb), :countingStartsOn)
                """)
                .set("tenant", r.tenant().value()).set("id", r.id()).set("number", r.registrationNumber())
                .set("codeHash", accessCodeHash).set("channel", r.channel())
                .set("requesterType", r.content().requesterType()).set("requester", r.requester())
                .set("receivedAt", r.receivedAt()).set("receivedOn", r.receivedOn()).set("status", r.status())
                .set("noticeDue", r.noticeDue()).set("details", JsonColumns.write(details(r)))
                .set("countingStartsOn", r.countingStartsOn()).execute();
        writeEvents(r.tenant(), r.id(), r.newEvents());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(InformationRequest r) {
        int updated = Sql.of(em, """
                update information_request set status = :status, notice_due = :noticeDue,
                    extended_on = :extendedOn, org_unit_code = :unit, outcome = :outcome,
                    notice_issued_on = :noticeIssuedOn, overdue_since = :overdueSince, reminded_on = :remindedOn,
                    details = cast(:details as jsonb), extended_at = :extendedAt, notice_issued_at = :noticeIssuedAt,
                    version = version + 1
                where tenant_id = :tenant and id = :id and version = :version
                """)
                .set("tenant", r.tenant().value()).set("id", r.id()).set("status", r.status())
                .set("noticeDue", r.noticeDue()).set("extendedOn", r.extendedOn().orElse(null), LocalDate.class)
                .set("unit", r.orgUnit().orElse(null), String.class)
                .set("outcome", r.notice().map(WrittenNotice::outcome).orElse(null), String.class)
                .set("noticeIssuedOn", r.noticeIssuedOn().orElse(null), LocalDate.class)
                .set("overdueSince", r.overdueSince().orElse(null), LocalDate.class)
                .set("remindedOn", r.remindedOn().orElse(null), LocalDate.class)
                .set("details", JsonColumns.write(details(r))).set("version", r.version())
                .set("extendedAt", r.extendedAt().orElse(null), Instant.class)
                .set("noticeIssuedAt", r.noticeIssuedAt().orElse(null), Instant.class).execute();
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
            Sql.of(em, """
                    insert into information_event (tenant_id, subject_id, seq, at, action, actor, note, public_event)
                    values (:tenant, :subject, :seq, :at, :action, :actor, :note, :public)
                    """).set("tenant", tenant.value()).set("subject", subject).set("seq", e.seq())
                    .set("at", e.at()).set("action", e.action()).set("actor", e.actor(), String.class)
                    .set("note", e.note(), String.class).set("public", e.publicEvent()).execute();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RequestEvent> events(TenantId tenant, UUID subject, boolean publicOnly) {
        return Sql.of(em, """
                select seq, at, action, actor, note, public_event from information_event
                where tenant_id = :tenant and subject_id = :subject and (public_event or not :publicOnly) order by seq
                """).set("tenant", tenant.value()).set("subject", subject).set("publicOnly", publicOnly)
                .list(o -> new RequestEvent(o.integer(0), o.instant(1), o.text(2), o.text(3), o.text(4), o.flag(5)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<InformationRequest> find(TenantId tenant, UUID id) {
        return Sql.of(em, "select " + COLUMNS + " from information_request r where tenant_id = :tenant and id = :id")
                .set("tenant", tenant.value()).set("id", id).first(o -> request(o, tenant));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InformationRequest get(TenantId tenant, UUID id) {
        return find(tenant, id).orElseThrow(() -> InformationErrors.notFound("information_request"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<InformationRequest> findForRequester(TenantId tenant, String number, byte[] codeHash) {
        return Sql.of(em, "select " + COLUMNS + " from information_request r where tenant_id = :tenant and "
                + "registration_number = :number and access_code_hash = :codeHash").set("tenant", tenant.value())
                .set("number", number).set("codeHash", codeHash).first(o -> request(o, tenant));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Page list(TenantId tenant, Filter f, int offset, int limit) {
        long total = filtered(tenant, f, "select count(*) from information_request r" + where(f))
                .count();
        return new Page(filtered(tenant, f, "select " + COLUMNS + " from information_request r" + where(f)
                + (f.dueFirst() ? " order by notice_due, received_at, id" : " order by received_at desc, id")
                + " limit " + limit + " offset " + offset).list(o -> request(o, tenant)), total);
    }

    /** How many requests of the filter (its status aside) are in each status: the numbers on the queue's tabs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<RequestStatus, Long> countByStatus(TenantId tenant, Filter f) {
        Filter anyStatus = new Filter(null, f.orgUnit(), f.channel(), f.text(), f.requesters(), f.from(), f.to(),
                false);
        java.util.Map<RequestStatus, Long> out = new java.util.EnumMap<>(RequestStatus.class);
        for (RequestStatus s : RequestStatus.values()) {
            out.put(s, 0L);
        }
        filtered(tenant, anyStatus, "select status, count(*) from information_request r" + where(anyStatus)
                + " group by status").list(o -> out.put(o.enumOf(0, RequestStatus.class), o.count(1)));
        return out;
    }

    /** The where clause of a filter; {@link #filtered} binds its parameters. */
    private static String where(Filter f) {
        StringBuilder w = new StringBuilder(" where tenant_id = :tenant");
        if (f.status() != null) {
            w.append(" and status = :status");
        }
        if (f.orgUnit() != null) {
            w.append(" and org_unit_code = :unit");
        }
        if (f.channel() != null) {
            w.append(" and channel = :channel");
        }
        if (f.from() != null) {
            w.append(" and received_on >= :from");
        }
        if (f.to() != null) {
            w.append(" and received_on <= :to");
        }
        if (f.text() != null) {
            w.append(" and (registration_number = :number or search @@ websearch_to_tsquery('indonesian', :text))");
        }
        if (f.requesters() != null) {
            w.append(f.requesters().isEmpty() ? " and false"
                    : " and requester_id = any(string_to_array(:requesters, ',')::uuid[])");
        }
        return w.toString();
    }

    /** A statement over {@link #where}'s clause with the filter's parameters bound. */
    private Sql filtered(TenantId tenant, Filter f, String statement) {
        Sql q = Sql.of(em, statement).set("tenant", tenant.value());
        if (f.status() != null) {
            q.set("status", f.status());
        }
        if (f.orgUnit() != null) {
            q.set("unit", f.orgUnit());
        }
        if (f.channel() != null) {
            q.set("channel", f.channel());
        }
        if (f.from() != null) {
            q.set("from", f.from());
        }
        if (f.to() != null) {
            q.set("to", f.to());
        }
        if (f.text() != null) {
            q.set("number", f.text().strip().toUpperCase(java.util.Locale.ROOT)).set("text", f.text());
        }
        if (f.requesters() != null && !f.requesters().isEmpty()) {
            q.set("requesters", f.requesters().stream().map(UUID::toString)
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        return q;
    }

    /**
     * Named query: open requests (registered or routed) whose notice is due on or before {@code dueBy}, earliest
     * first; with {@code after}, only those due after it (due soon = after yesterday, overdue = before today).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page openDue(TenantId tenant, LocalDate after, LocalDate dueBy, String orgUnit, int offset, int limit) {
        String where = " where tenant_id = :tenant and status in ('REGISTERED', 'ROUTED') and notice_due <= :dueBy"
                + " and (:after is null or notice_due > :after) and (:unit is null or org_unit_code = :unit)";
        java.util.function.Function<String, Sql> statement = text -> Sql.of(em, text).set("tenant", tenant.value())
                .set("dueBy", dueBy).set("after", after, LocalDate.class).set("unit", orgUnit, String.class);
        long total = statement.apply("select count(*) from information_request r" + where).count();
        return new Page(statement.apply("select " + COLUMNS + " from information_request r" + where
                + " order by notice_due, id limit :limit offset :offset").set("limit", limit).set("offset", offset)
                .list(o -> request(o, tenant)), total);
    }

    /** E-mailed requests still awaiting confirmation received before {@code day}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<InformationRequest> unconfirmedBefore(TenantId tenant, LocalDate day, int limit) {
        return Sql.of(em, "select " + COLUMNS + " from information_request r where tenant_id = :tenant and "
                + "status = 'AWAITING_CONFIRMATION' and counting_starts_on < :day order by received_at limit :limit")
                .set("tenant", tenant.value()).set("day", day).set("limit", limit).list(o -> request(o, tenant));
    }

    private static Details details(InformationRequest r) {
        return new Details(r.content(), r.extensionReason().orElse(null), r.notice().orElse(null),
                r.lapsedReason().orElse(null), r.confirmedVia().orElse(null));
    }

    private static InformationRequest request(Sql.Row o, TenantId tenant) {
        Details d = JsonColumns.read(o.raw(13), Details.class);
        return new InformationRequest(o.uuid(0), tenant, o.text(1), o.enumOf(2, RequestChannel.class), o.uuid(3),
                o.instant(4), o.date(5), o.date(16), d.content(), o.enumOf(6, RequestStatus.class), o.date(7),
                d.extensionReason(), o.instant(17), o.date(8), o.text(9), d.notice(), o.instant(18), o.date(10),
                d.lapsedReason(), d.confirmedVia(), o.date(11), o.date(12), o.integer(14), o.integer(15));
    }
}
