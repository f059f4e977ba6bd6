package id.balai.coordination.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.coordination.domain.CoordinationErrors;
import id.balai.coordination.domain.Direction;
import id.balai.coordination.domain.Evaluation;
import id.balai.coordination.domain.Problem;
import id.balai.coordination.domain.Recommendation;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * The {@code coordination_problem}, {@code coordination_recommendation}, {@code coordination_direction} and
 * {@code coordination_evaluation} tables, in the caller's transaction.
 */
@ApplicationScoped
public class CoordinationRepository {
    private static final String PROBLEM = "id, title, description, org_unit_code, complaints, passed_by, passed_at, "
            + "passed_on, handled_on, handling_note";
    private static final String PROBLEM_READ = "id, title, description, org_unit_code, "
            + "array_to_string(complaints, ','), passed_by, passed_at, passed_on, handled_on, handling_note";
    private static final String RECOMMENDATION = "id, problem_id, org_unit_code, text, issued_by, issued_at, "
            + "issued_on, due_on, follow_up, followed_up_on, followed_up_by, overdue_since, version";

    private static final String DIRECTION = "id, kind, text, given_by, given_at, given_on, response, responded_on, "
            + "responded_by";
    private static final String EVALUATION = "id, subject, period_from, period_to, findings, recorded_by, "
            + "recorded_at, recorded_on";

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Problem p) {
        em.createNativeQuery("insert into coordination_problem (tenant_id, " + PROBLEM + ") values "
                + "(?1, ?2, ?3, ?4, ?5, string_to_array(?6, ','), ?7, ?8, ?9, null, null)")
                .setParameter(1, p.tenant().value()).setParameter(2, p.id()).setParameter(3, p.title())
                .setParameter(4, p.description()).setParameter(5, p.orgUnit().orElse(null))
                .setParameter(6, String.join(",", p.complaints())).setParameter(7, p.passedBy())
                .setParameter(8, Timestamp.from(p.passedAt())).setParameter(9, Date.valueOf(p.passedOn()))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void saveHandling(Problem p) {
        em.createNativeQuery("update coordination_problem set handled_on = ?3, handling_note = ?4 "
                + "where tenant_id = ?1 and id = ?2 and handled_on is null")
                .setParameter(1, p.tenant().value()).setParameter(2, p.id())
                .setParameter(3, Date.valueOf(p.handledOn().orElseThrow())).setParameter(4, p.handlingNote().orElseThrow())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Problem> problem(TenantId t, UUID id) {
        return problems(em.createNativeQuery("select " + PROBLEM_READ + " from coordination_problem where tenant_id = ?1 "
                + "and id = ?2").setParameter(1, t.value()).setParameter(2, id), t).stream().findFirst();
    }

    /** The problems, the unhandled first, newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Problem> problems(TenantId t, int limit) {
        return problems(em.createNativeQuery("select " + PROBLEM_READ + " from coordination_problem where tenant_id = ?1 "
                + "order by handled_on is not null, passed_at desc limit ?2").setParameter(1, t.value())
                .setParameter(2, limit), t);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Recommendation r) {
        em.createNativeQuery("insert into coordination_recommendation (tenant_id, " + RECOMMENDATION + ") values "
                + "(?1, ?2, cast(?3 as uuid), ?4, ?5, ?6, ?7, ?8, ?9, null, null, null, null, 0)")
                .setParameter(1, r.tenant().value()).setParameter(2, r.id())
                // A null parameter is sent untyped; the SQL casts it.
                .setParameter(3, r.problem().map(UUID::toString).orElse(null)).setParameter(4, r.orgUnit())
                .setParameter(5, r.text())
                .setParameter(6, r.issuedBy()).setParameter(7, Timestamp.from(r.issuedAt()))
                .setParameter(8, Date.valueOf(r.issuedOn())).setParameter(9, Date.valueOf(r.dueOn())).executeUpdate();
    }

    /** Writes back the follow-up and the overdue mark; a concurrent change is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Recommendation r) {
        int n = em.createNativeQuery("""
                update coordination_recommendation set follow_up = ?3, followed_up_on = cast(?4 as date),
                    followed_up_by = ?5, overdue_since = cast(?6 as date), version = version + 1
                where tenant_id = ?1 and id = ?2 and version = ?7
                """).setParameter(1, r.tenant().value()).setParameter(2, r.id())
                .setParameter(3, r.followUp().orElse(null))
                .setParameter(4, r.followedUpOn().map(LocalDate::toString).orElse(null))
                .setParameter(5, r.followedUpBy().orElse(null))
                .setParameter(6, r.overdueSince().map(LocalDate::toString).orElse(null))
                .setParameter(7, r.version()).executeUpdate();
        if (n == 0) {
            throw CoordinationErrors.conflict("CONCURRENT_CHANGE", "Rekomendasi ini baru saja diubah orang lain; muat "
                    + "ulang.", "This recommendation was just changed by someone else; reload it.");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Recommendation> recommendation(TenantId t, UUID id) {
        return recommendations(em.createNativeQuery("select " + RECOMMENDATION + " from coordination_recommendation "
                + "where tenant_id = ?1 and id = ?2").setParameter(1, t.value()).setParameter(2, id), t).stream()
                .findFirst();
    }

    /** The recommendations (of one agency when {@code unit} is given), the open ones first by due date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recommendation> recommendations(TenantId t, Optional<String> unit, int limit) {
        return recommendations(em.createNativeQuery("select " + RECOMMENDATION + " from coordination_recommendation "
                + "where tenant_id = ?1 and (cast(?2 as varchar) is null or org_unit_code = ?2) "
                + "order by followed_up_on is not null, due_on, issued_at limit ?3").setParameter(1, t.value())
                .setParameter(2, unit.orElse(null)).setParameter(3, limit), t);
    }

    /** The open recommendations due before {@code today}, not yet marked overdue, for the clock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recommendation> dueBefore(TenantId t, LocalDate today) {
        return recommendations(em.createNativeQuery("select " + RECOMMENDATION + " from coordination_recommendation "
                + "where tenant_id = ?1 and followed_up_on is null and overdue_since is null and due_on < ?2 "
                + "for update skip locked").setParameter(1, t.value()).setParameter(2, Date.valueOf(today)), t);
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> problems(Query q, TenantId t) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(o -> new Problem(t, (UUID) o[0], (String) o[1], (String) o[2],
                Optional.ofNullable((String) o[3]), strings(o[4]), (String) o[5], instant(o[6]), date(o[7]),
                Optional.ofNullable(date(o[8])), Optional.ofNullable((String) o[9]))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Recommendation> recommendations(Query q, TenantId t) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(o -> new Recommendation(t, (UUID) o[0], Optional.ofNullable((UUID) o[1]),
                (String) o[2], (String) o[3], (String) o[4], instant(o[5]), date(o[6]), date(o[7]), (String) o[8],
                date(o[9]), (String) o[10], date(o[11]), ((Number) o[12]).intValue())).toList();
    }

    private static List<String> strings(Object o) {
        return o == null || ((String) o).isEmpty() ? List.of() : Arrays.asList(((String) o).split(","));
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        return o instanceof Timestamp ts ? ts.toInstant() : o instanceof OffsetDateTime odt ? odt.toInstant()
                : (Instant) o;
    }

    /** One agency's recommendations of a period: issued, followed up (on time, late), still open, overdue. */
    public record AgencyFigures(String unit, long issued, long followedUpOnTime, long followedUpLate, long open,
            long overdue) {
    }

    /** Pasal 6g: the recommendations issued in {@code [from, to]}, per agency, as of {@code today}. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<AgencyFigures> agencyFigures(TenantId t, LocalDate from, LocalDate to, LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("""
                select org_unit_code, count(*),
                    count(*) filter (where followed_up_on is not null and followed_up_on <= due_on),
                    count(*) filter (where followed_up_on > due_on),
                    count(*) filter (where followed_up_on is null),
                    count(*) filter (where followed_up_on is null and due_on < ?4)
                from coordination_recommendation where tenant_id = ?1 and issued_on between ?2 and ?3
                group by org_unit_code order by org_unit_code
                """).setParameter(1, t.value()).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .setParameter(4, Date.valueOf(today)).getResultList();
        return rows.stream().map(o -> new AgencyFigures((String) o[0], ((Number) o[1]).longValue(),
                ((Number) o[2]).longValue(), ((Number) o[3]).longValue(), ((Number) o[4]).longValue(),
                ((Number) o[5]).longValue())).toList();
    }

    /** Pasal 6c, 7m: the problems passed in {@code [from, to]}, and how many of them the team has handled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] problemFigures(TenantId t, LocalDate from, LocalDate to) {
        return countAndDone("coordination_problem", "passed_on", "handled_on", t, from, to);
    }

    /** The rows of {@code table} whose {@code day} is in {@code [from, to]}, and how many of them have {@code done}. */
    private long[] countAndDone(String table, String day, String done, TenantId t, LocalDate from, LocalDate to) {
        Object[] o = (Object[]) em.createNativeQuery("select count(*), count(" + done + ") from " + table
                + " where tenant_id = ?1 and " + day + " between ?2 and ?3").setParameter(1, t.value())
                .setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to)).getSingleResult();
        return new long[] {((Number) o[0]).longValue(), ((Number) o[1]).longValue()};
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Direction d) {
        em.createNativeQuery("insert into coordination_direction (tenant_id, " + DIRECTION + ") values "
                + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, null, null, null)")
                .setParameter(1, d.tenant().value()).setParameter(2, d.id()).setParameter(3, d.kind().name())
                .setParameter(4, d.text()).setParameter(5, d.givenBy()).setParameter(6, Timestamp.from(d.givenAt()))
                .setParameter(7, Date.valueOf(d.givenOn())).executeUpdate();
    }

    /** Writes the answer once; a direction answered meanwhile is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void saveAnswer(Direction d) {
        int n = em.createNativeQuery("update coordination_direction set response = ?3, responded_on = ?4, "
                + "responded_by = ?5 where tenant_id = ?1 and id = ?2 and response is null")
                .setParameter(1, d.tenant().value()).setParameter(2, d.id())
                .setParameter(3, d.response().orElseThrow())
                .setParameter(4, Date.valueOf(d.respondedOn().orElseThrow()))
                .setParameter(5, d.respondedBy().orElseThrow()).executeUpdate();
        if (n == 0) {
            throw CoordinationErrors.conflict("DIRECTION_ALREADY_ANSWERED", "Arahan ini sudah ditanggapi.",
                    "This direction is already answered.");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Direction> direction(TenantId t, UUID id) {
        return directions(em.createNativeQuery("select " + DIRECTION + " from coordination_direction "
                + "where tenant_id = ?1 and id = ?2").setParameter(1, t.value()).setParameter(2, id), t).stream()
                .findFirst();
    }

    /** The directions, the unanswered first, newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Direction> directions(TenantId t, int limit) {
        return directions(em.createNativeQuery("select " + DIRECTION + " from coordination_direction "
                + "where tenant_id = ?1 order by response is not null, given_at desc limit ?2")
                .setParameter(1, t.value()).setParameter(2, limit), t);
    }

    /** Pasal 6a: the directions given in {@code [from, to]}, and how many of them the operations team answered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] directionFigures(TenantId t, LocalDate from, LocalDate to) {
        return countAndDone("coordination_direction", "given_on", "responded_on", t, from, to);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Evaluation e) {
        em.createNativeQuery("insert into coordination_evaluation (tenant_id, " + EVALUATION + ") values "
                + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, e.tenant().value()).setParameter(2, e.id()).setParameter(3, e.subject().name())
                .setParameter(4, Date.valueOf(e.from())).setParameter(5, Date.valueOf(e.to()))
                .setParameter(6, e.findings()).setParameter(7, e.recordedBy())
                .setParameter(8, Timestamp.from(e.recordedAt())).setParameter(9, Date.valueOf(e.recordedOn()))
                .executeUpdate();
    }

    /** The evaluations, newest period first; with a period, those whose period overlaps it. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Evaluation> evaluations(TenantId t, Optional<LocalDate> from, Optional<LocalDate> to, int limit) {
        List<Object[]> rows = em.createNativeQuery("select " + EVALUATION + " from coordination_evaluation "
                + "where tenant_id = ?1 and period_to >= ?2 and period_from <= ?3 "
                + "order by period_to desc, recorded_at desc limit ?4").setParameter(1, t.value())
                .setParameter(2, Date.valueOf(from.orElse(LocalDate.of(1900, 1, 1))))
                .setParameter(3, Date.valueOf(to.orElse(LocalDate.of(9999, 12, 31)))).setParameter(4, limit)
                .getResultList();
        return rows.stream().map(o -> new Evaluation(t, (UUID) o[0], Evaluation.Subject.valueOf((String) o[1]),
                date(o[2]), date(o[3]), (String) o[4], (String) o[5], instant(o[6]), date(o[7]))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Direction> directions(Query q, TenantId t) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(o -> new Direction(t, (UUID) o[0], Direction.Kind.valueOf((String) o[1]),
                (String) o[2], (String) o[3], instant(o[4]), date(o[5]), Optional.ofNullable((String) o[6]),
                Optional.ofNullable(date(o[7])), Optional.ofNullable((String) o[8]))).toList();
    }
}
