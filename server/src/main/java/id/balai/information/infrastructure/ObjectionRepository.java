package id.balai.information.infrastructure;

import static id.balai.information.infrastructure.InformationRequestRepository.date;
import static id.balai.information.infrastructure.InformationRequestRepository.instant;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.Objection;
import id.balai.information.domain.ObjectionGround;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/** Stores objections (Perbup Pasal 24-25); tenant-scoped, version-checked, events in {@code information_event}. */
@ApplicationScoped
public class ObjectionRepository {
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
        em.createNativeQuery("""
                insert into information_objection (tenant_id, id, request_id, register_number, ground, ground_arose_on,
                    filed_on, reasons, answer_due, status, filed_at, counting_starts_on)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                """).setParameter(1, o.tenant().value()).setParameter(2, o.id()).setParameter(3, o.requestId())
                .setParameter(4, o.registerNumber()).setParameter(5, o.ground().name())
                .setParameter(6, Date.valueOf(o.groundAroseOn())).setParameter(7, Date.valueOf(o.filedOn()))
                .setParameter(8, o.reasons()).setParameter(9, Date.valueOf(o.answerDue()))
                .setParameter(10, o.status().name()).setParameter(11, Timestamp.from(o.filedAt()))
                .setParameter(12, Date.valueOf(o.countingStartsOn())).executeUpdate();
        events.writeEvents(o.tenant(), o.id(), o.newEvents());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Objection o) {
        int n = em.createNativeQuery("""
                update information_objection set status = ?3, decision = ?4, answer = ?5,
                    answered_on = cast(?6 as date), settlement = ?7, overdue_since = cast(?8 as date),
                    answered_at = cast(?10 as timestamptz), version = version + 1
                where tenant_id = ?1 and id = ?2 and version = ?9
                """).setParameter(1, o.tenant().value()).setParameter(2, o.id()).setParameter(3, o.status().name())
                .setParameter(4, o.decision().map(Enum::name).orElse(null)).setParameter(5, o.answer().orElse(null))
                .setParameter(6, o.answeredOn().map(LocalDate::toString).orElse(null))
                .setParameter(7, o.settlement().orElse(null))
                .setParameter(8, o.overdueSince().map(LocalDate::toString).orElse(null))
                .setParameter(9, o.version()).setParameter(10, o.answeredAt().map(Instant::toString).orElse(null))
                .executeUpdate();
        if (n != 1) {
            throw InformationErrors.conflict("CHANGED_MEANWHILE",
                    "Data ini baru saja diubah orang lain. Muat ulang dan coba lagi.",
                    "Someone else changed this just now. Reload and try again.");
        }
        events.writeEvents(o.tenant(), o.id(), o.newEvents());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Objection get(TenantId tenant, UUID id) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from information_objection o where tenant_id = ?1 "
                + "and id = ?2").setParameter(1, tenant.value()).setParameter(2, id), tenant).stream().findFirst()
                .orElseThrow(() -> InformationErrors.notFound("objection"));
    }

    /** Locks the objection's row until the transaction ends: disputes on one objection are recorded one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(TenantId tenant, UUID id) {
        if (em.createNativeQuery("select 1 from information_objection where tenant_id = ?1 and id = ?2 for update")
                .setParameter(1, tenant.value()).setParameter(2, id).getResultList().isEmpty()) {
            throw InformationErrors.notFound("objection");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Objection> ofRequest(TenantId tenant, UUID requestId) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from information_objection o where tenant_id = ?1 "
                + "and request_id = ?2 order by filed_at, register_number").setParameter(1, tenant.value())
                .setParameter(2, requestId), tenant);
    }

    /** Named query: objections still unanswered, due on or before {@code dueBy}, earliest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Objection> openDue(TenantId tenant, LocalDate dueBy, int offset, int limit) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from information_objection o where tenant_id = ?1 "
                + "and status = 'FILED' and answer_due <= ?2 order by answer_due, id limit ?3 offset ?4")
                .setParameter(1, tenant.value()).setParameter(2, Date.valueOf(dueBy)).setParameter(3, limit)
                .setParameter(4, offset), tenant);
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
        return rows(em.createNativeQuery("select " + COLUMNS + " from information_objection o where tenant_id = ?1 "
                + "and (cast(?2 as varchar) is null or status = cast(?2 as varchar)) and " + MATCHES
                + " order by answer_due, id limit ?3 offset ?4")
                .setParameter(1, tenant.value()).setParameter(2, status).setParameter(3, limit)
                .setParameter(4, offset).setParameter(5, number(q)).setParameter(6, q), tenant);
    }

    /** How many objections {@code q} finds in each status, and how many of the unanswered are overdue on {@code today}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public id.balai.information.domain.ObjectionCounts counts(TenantId tenant, String q, LocalDate today) {
        java.util.Map<String, Long> byStatus = new java.util.TreeMap<>();
        long overdue = 0;
        for (Object row : em.createNativeQuery("select status, count(*), count(*) filter (where status = 'FILED' "
                + "and answer_due < ?2) from information_objection o where tenant_id = ?1 and " + MATCHES
                + " group by status").setParameter(1, tenant.value()).setParameter(2, Date.valueOf(today))
                .setParameter(5, number(q)).setParameter(6, q).getResultList()) {
            Object[] r = (Object[]) row;
            byStatus.put((String) r[0], ((Number) r[1]).longValue());
            overdue += ((Number) r[2]).longValue();
        }
        return new id.balai.information.domain.ObjectionCounts(byStatus, overdue, byStatus.values().stream().mapToLong(Long::longValue).sum());
    }

    /** {@code ?5}: the number as written (upper case); {@code ?6}: the words; both null for everything. */
    private static final String MATCHES = "(cast(?6 as varchar) is null or o.register_number = cast(?5 as varchar) "
            + "or exists (select 1 from information_request r where r.tenant_id = o.tenant_id and r.id = o.request_id "
            + "and (r.registration_number = cast(?5 as varchar) "
            + "or r.search @@ websearch_to_tsquery('indonesian', cast(?6 as varchar)))) "
            + "or to_tsvector('indonesian', o.reasons) @@ websearch_to_tsquery('indonesian', cast(?6 as varchar)))";

    private static String number(String q) {
        return q == null ? null : q.strip().toUpperCase(java.util.Locale.ROOT);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Objection> find(TenantId tenant, UUID id) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from information_objection o where tenant_id = ?1 "
                + "and id = ?2").setParameter(1, tenant.value()).setParameter(2, id), tenant).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Objection> rows(Query q, TenantId tenant) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(o -> new Objection((UUID) o[0], tenant, (UUID) o[1], (String) o[2],
                ObjectionGround.valueOf((String) o[3]), date(o[4]), instant(o[16]), date(o[5]), date(o[17]),
                (String) o[6], date(o[7]), Objection.Status.valueOf((String) o[8]),
                o[9] == null ? null : Objection.Decision.valueOf((String) o[9]), (String) o[10], instant(o[18]),
                date(o[11]), (String) o[12], date(o[13]), ((Number) o[14]).intValue(), ((Number) o[15]).intValue()))
                .toList();
    }

    /** How an upheld answer was carried out (Perbup Pasal 18(3)d.2). */
    public record Implementation(java.time.LocalDate carriedOutOn, String note) {
    }

    /** Records how the answer was carried out, once: false when it already is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insertImplementation(TenantId t, UUID objection, Implementation i, String by,
            java.time.Instant at) {
        return em.createNativeQuery("insert into information_objection_implementation (tenant_id, objection_id, "
                + "carried_out_on, note, recorded_by, recorded_at) values (?1, ?2, ?3, ?4, ?5, ?6) "
                + "on conflict do nothing").setParameter(1, t.value()).setParameter(2, objection)
                .setParameter(3, java.sql.Date.valueOf(i.carriedOutOn())).setParameter(4, i.note())
                .setParameter(5, by).setParameter(6, java.sql.Timestamp.from(at)).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public java.util.Optional<Implementation> implementation(TenantId t, UUID objection) {
        List<Object[]> rows = em.createNativeQuery("select carried_out_on, note from "
                + "information_objection_implementation where tenant_id = ?1 and objection_id = ?2")
                .setParameter(1, t.value()).setParameter(2, objection).getResultList();
        return rows.stream().findFirst().map(o -> new Implementation(((java.sql.Date) o[0]).toLocalDate(),
                (String) o[1]));
    }
}
