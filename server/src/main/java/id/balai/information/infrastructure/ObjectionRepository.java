package id.balai.information.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.information.application.ObjectionRecords;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.Objection;
import id.balai.information.domain.ObjectionGround;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores objections (Perbup Pasal 24-25); tenant-scoped, version-checked, events in {@code information_event}. */
@ApplicationScoped
public class ObjectionRepository implements ObjectionRecords {
    private static final String COLUMNS = """
            id, request_id, register_number, ground, ground_arose_on, filed_on, reasons, answer_due, status, decision,
            answer, answered_on, settlement, overdue_since, version,
            (select count(*) from information_event e where e.tenant_id = o.tenant_id and e.subject_id = o.id),
            filed_at, counting_starts_on, answered_at
            """;

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    InformationRequestRepository events;

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Objection o) {
        Sql.of(em, """
                insert into information_objection (tenant_id, id, request_id, register_number, ground, ground_arose_on,
                    filed_on, reasons, answer_due, status, filed_at, counting_starts_on)
                values (:tenant, :id, :request, :number, :ground, :groundAroseOn, :filedOn, :reasons, :answerDue,
                    :status, :filedAt, :countingStartsOn)
                """).set("tenant", o.tenant().value()).set("id", o.id()).set("request", o.requestId())
                .set("number", o.registerNumber()).set("ground", o.ground()).set("groundAroseOn", o.groundAroseOn())
                .set("filedOn", o.filedOn()).set("reasons", o.reasons()).set("answerDue", o.answerDue())
                .set("status", o.status()).set("filedAt", o.filedAt()).set("countingStartsOn", o.countingStartsOn())
                .execute();
        events.writeEvents(o.tenant(), o.id(), o.newEvents());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Objection o) {
        int n = Sql.of(em, """
                update information_objection set status = :status, decision = :decision, answer = :answer,
                    answered_on = :answeredOn, settlement = :settlement, overdue_since = :overdueSince,
                    answered_at = :answeredAt, version = version + 1
                where tenant_id = :tenant and id = :id and version = :version
                """).set("tenant", o.tenant().value()).set("id", o.id()).set("status", o.status())
                .set("decision", o.decision().orElse(null), Objection.Decision.class)
                .set("answer", o.answer().orElse(null), String.class)
                .set("answeredOn", o.answeredOn().orElse(null), LocalDate.class)
                .set("settlement", o.settlement().orElse(null), String.class)
                .set("overdueSince", o.overdueSince().orElse(null), LocalDate.class).set("version", o.version())
                .set("answeredAt", o.answeredAt().orElse(null), Instant.class).execute();
        if (n != 1) {
            throw InformationErrors.conflict("CHANGED_MEANWHILE",
                    "Data ini baru saja diubah orang lain. Muat ulang dan coba lagi.",
                    "Someone else changed this just now. Reload and try again.");
        }
        events.writeEvents(o.tenant(), o.id(), o.newEvents());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Objection get(TenantId tenant, UUID id) {
        return find(tenant, id).orElseThrow(() -> InformationErrors.notFound("objection"));
    }

    /** Locks the objection's row until the transaction ends: disputes on one objection are recorded one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(TenantId tenant, UUID id) {
        if (!Sql.of(em, "select 1 from information_objection where tenant_id = :tenant and id = :id for update")
                .set("tenant", tenant.value()).set("id", id).exists()) {
            throw InformationErrors.notFound("objection");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Objection> ofRequest(TenantId tenant, UUID requestId) {
        return Sql.of(em, "select " + COLUMNS + " from information_objection o where tenant_id = :tenant "
                + "and request_id = :request order by filed_at, register_number").set("tenant", tenant.value())
                .set("request", requestId).list(o -> objection(o, tenant));
    }

    /** Named query: objections still unanswered, due on or before {@code dueBy}, earliest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Objection> openDue(TenantId tenant, LocalDate dueBy, int offset, int limit) {
        return Sql.of(em, "select " + COLUMNS + " from information_objection o where tenant_id = :tenant "
                + "and status = 'FILED' and answer_due <= :dueBy order by answer_due, id limit :limit offset :offset")
                .set("tenant", tenant.value()).set("dueBy", dueBy).set("limit", limit).set("offset", offset)
                .list(o -> objection(o, tenant));
    }

    /** An Atasan PPID's queue: objections in one status, the earliest answer date first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Objection> byStatus(TenantId tenant, String status, int offset, int limit) {
        return search(tenant, status, null, offset, limit);
    }

    /**
     * The objections queue searched on the server: in one status (null: any), and with {@code q}, the objection of
     * that register number, the objections to the request of that registration number, or those whose reasons or
     * whose request's words match {@code q} (Indonesian stemming).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Objection> search(TenantId tenant, String status, String q, int offset, int limit) {
        return matching(tenant, q, "select " + COLUMNS + " from information_objection o where tenant_id = :tenant "
                + "and (:status is null or status = :status) and " + MATCHES
                + " order by answer_due, id limit :limit offset :offset").set("status", status, String.class)
                .set("limit", limit).set("offset", offset).list(o -> objection(o, tenant));
    }

    /** How many objections {@code q} finds in each status, and how many of the unanswered are overdue on {@code today}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public id.balai.information.domain.ObjectionCounts counts(TenantId tenant, String q, LocalDate today) {
        java.util.Map<String, Long> byStatus = new java.util.TreeMap<>();
        long overdue = 0;
        for (Sql.Row r : matching(tenant, q, "select status, count(*), count(*) filter (where status = 'FILED' "
                + "and answer_due < :today) from information_objection o where tenant_id = :tenant and " + MATCHES
                + " group by status").set("today", today).list(r -> r)) {
            byStatus.put(r.text(0), r.count(1));
            overdue += r.count(2);
        }
        return new id.balai.information.domain.ObjectionCounts(byStatus, overdue,
                byStatus.values().stream().mapToLong(Long::longValue).sum());
    }

    /** {@code :number}: the number as written (upper case); {@code :words}: the words; both null for everything. */
    private static final String MATCHES = "(:words is null or o.register_number = :number "
            + "or exists (select 1 from information_request r where r.tenant_id = o.tenant_id and r.id = o.request_id "
            + "and (r.registration_number = :number or r.search @@ websearch_to_tsquery('indonesian', :words))) "
            + "or to_tsvector('indonesian', o.reasons) @@ websearch_to_tsquery('indonesian', :words))";

    /** A statement with {@link #MATCHES}'s parameters and the tenant bound. */
    private Sql matching(TenantId tenant, String q, String statement) {
        return Sql.of(em, statement).set("tenant", tenant.value())
                .set("number", q == null ? null : q.strip().toUpperCase(java.util.Locale.ROOT), String.class)
                .set("words", q, String.class);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Objection> find(TenantId tenant, UUID id) {
        return Sql.of(em, "select " + COLUMNS + " from information_objection o where tenant_id = :tenant and id = :id")
                .set("tenant", tenant.value()).set("id", id).first(o -> objection(o, tenant));
    }

    private static Objection objection(Sql.Row o, TenantId tenant) {
        return new Objection(o.uuid(0), tenant, o.uuid(1), o.text(2), o.enumOf(3, ObjectionGround.class), o.date(4),
                o.instant(16), o.date(5), o.date(17), o.text(6), o.date(7), o.enumOf(8, Objection.Status.class),
                o.enumOf(9, Objection.Decision.class), o.text(10), o.instant(18), o.date(11), o.text(12),
                o.date(13), o.integer(14), o.integer(15));
    }

    /** Records how the answer was carried out, once: false when it already is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insertImplementation(TenantId t, UUID objection, Implementation i, String by,
            java.time.Instant at) {
        return Sql.of(em, "insert into information_objection_implementation (tenant_id, objection_id, "
                + "carried_out_on, note, recorded_by, recorded_at) values (:tenant, :objection, :on, :note, :by, :at) "
                + "on conflict do nothing").set("tenant", t.value()).set("objection", objection)
                .set("on", i.carriedOutOn()).set("note", i.note(), String.class).set("by", by).set("at", at)
                .execute() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<Implementation> implementation(TenantId t, UUID objection) {
        return Sql.of(em, "select carried_out_on, note from information_objection_implementation "
                + "where tenant_id = :tenant and objection_id = :objection").set("tenant", t.value())
                .set("objection", objection).first(o -> new Implementation(o.date(0), o.text(1)));
    }
}
