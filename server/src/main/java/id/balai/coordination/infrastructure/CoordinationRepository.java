package id.balai.coordination.infrastructure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.coordination.application.CoordinationRecords;
import id.balai.coordination.domain.CoordinationErrors;
import id.balai.coordination.domain.Direction;
import id.balai.coordination.domain.Evaluation;
import id.balai.coordination.domain.Problem;
import id.balai.coordination.domain.Recommendation;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code coordination_problem}, {@code coordination_recommendation}, {@code coordination_direction} and
 * {@code coordination_evaluation} tables, in the caller's transaction.
 */
@ApplicationScoped
public class CoordinationRepository implements CoordinationRecords {
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
        Sql.of(em, "insert into coordination_problem (tenant_id, " + PROBLEM + ") values (:tenant, :id, :title, "
                + ":description, :unit, string_to_array(:complaints, ','), :by, :at, :on, null, null)")
                .set("tenant", p.tenant().value()).set("id", p.id()).set("title", p.title())
                .set("description", p.description()).set("unit", p.orgUnit().orElse(null), String.class)
                .set("complaints", String.join(",", p.complaints())).set("by", p.passedBy())
                .set("at", p.passedAt()).set("on", p.passedOn()).execute();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void saveHandling(Problem p) {
        Sql.of(em, "update coordination_problem set handled_on = :on, handling_note = :note "
                + "where tenant_id = :tenant and id = :id and handled_on is null")
                .set("tenant", p.tenant().value()).set("id", p.id()).set("on", p.handledOn().orElseThrow())
                .set("note", p.handlingNote().orElseThrow()).execute();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Problem> problem(TenantId t, UUID id) {
        return Sql.of(em, "select " + PROBLEM_READ + " from coordination_problem where tenant_id = :tenant "
                + "and id = :id").set("tenant", t.value()).set("id", id).first(r -> problem(t, r));
    }

    /** The problems, the unhandled first, newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Problem> problems(TenantId t, int limit) {
        return Sql.of(em, "select " + PROBLEM_READ + " from coordination_problem where tenant_id = :tenant "
                + "order by handled_on is not null, passed_at desc limit :limit").set("tenant", t.value())
                .set("limit", limit).list(r -> problem(t, r));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Recommendation r) {
        Sql.of(em, "insert into coordination_recommendation (tenant_id, " + RECOMMENDATION + ") values (:tenant, "
                + ":id, :problem, :unit, :text, :by, :at, :on, :due, null, null, null, null, 0)")
                .set("tenant", r.tenant().value()).set("id", r.id())
                .set("problem", r.problem().orElse(null), UUID.class)
                .set("unit", r.orgUnit()).set("text", r.text()).set("by", r.issuedBy()).set("at", r.issuedAt())
                .set("on", r.issuedOn()).set("due", r.dueOn()).execute();
    }

    /** Writes back the follow-up and the overdue mark; a concurrent change is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Recommendation r) {
        int n = Sql.of(em, """
                update coordination_recommendation set follow_up = :followUp, followed_up_on = :followedUpOn,
                    followed_up_by = :followedUpBy, overdue_since = :overdueSince, version = version + 1
                where tenant_id = :tenant and id = :id and version = :version
                """).set("tenant", r.tenant().value()).set("id", r.id())
                .set("followUp", r.followUp().orElse(null), String.class)
                .set("followedUpOn", r.followedUpOn().orElse(null), LocalDate.class)
                .set("followedUpBy", r.followedUpBy().orElse(null), String.class)
                .set("overdueSince", r.overdueSince().orElse(null), LocalDate.class)
                .set("version", r.version()).execute();
        if (n == 0) {
            throw CoordinationErrors.conflict("CONCURRENT_CHANGE", "Rekomendasi ini baru saja diubah orang lain; muat "
                    + "ulang.", "This recommendation was just changed by someone else; reload it.");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Recommendation> recommendation(TenantId t, UUID id) {
        return Sql.of(em, "select " + RECOMMENDATION + " from coordination_recommendation "
                + "where tenant_id = :tenant and id = :id").set("tenant", t.value()).set("id", id)
                .first(r -> recommendation(t, r));
    }

    /** The recommendations (of one agency when {@code unit} is given), the open ones first by due date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recommendation> recommendations(TenantId t, Optional<String> unit, int limit) {
        return Sql.of(em, "select " + RECOMMENDATION + " from coordination_recommendation "
                + "where tenant_id = :tenant and (:unit is null or org_unit_code = :unit) "
                + "order by followed_up_on is not null, due_on, issued_at limit :limit").set("tenant", t.value())
                .set("unit", unit.orElse(null), String.class).set("limit", limit).list(r -> recommendation(t, r));
    }

    /** The open recommendations due before {@code today}, not yet marked overdue, for the clock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recommendation> dueBefore(TenantId t, LocalDate today) {
        return Sql.of(em, "select " + RECOMMENDATION + " from coordination_recommendation "
                + "where tenant_id = :tenant and followed_up_on is null and overdue_since is null and due_on < :today "
                + "for update skip locked").set("tenant", t.value()).set("today", today)
                .list(r -> recommendation(t, r));
    }

    private static Problem problem(TenantId t, Sql.Row r) {
        String complaints = r.text(4);
        return new Problem(t, r.uuid(0), r.text(1), r.text(2), Optional.ofNullable(r.text(3)),
                complaints == null || complaints.isEmpty() ? List.of() : Arrays.asList(complaints.split(",")),
                r.text(5), r.instant(6), r.date(7), Optional.ofNullable(r.date(8)), Optional.ofNullable(r.text(9)));
    }

    private static Recommendation recommendation(TenantId t, Sql.Row r) {
        return new Recommendation(t, r.uuid(0), Optional.ofNullable(r.uuid(1)), r.text(2), r.text(3), r.text(4),
                r.instant(5), r.date(6), r.date(7), r.text(8), r.date(9), r.text(10), r.date(11), r.integer(12));
    }

    /** Pasal 6g: the recommendations issued in {@code [from, to]}, per agency, as of {@code today}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AgencyFigures> agencyFigures(TenantId t, LocalDate from, LocalDate to, LocalDate today) {
        return Sql.of(em, """
                select org_unit_code, count(*),
                    count(*) filter (where followed_up_on is not null and followed_up_on <= due_on),
                    count(*) filter (where followed_up_on > due_on),
                    count(*) filter (where followed_up_on is null),
                    count(*) filter (where followed_up_on is null and due_on < :today)
                from coordination_recommendation where tenant_id = :tenant and issued_on between :from and :to
                group by org_unit_code order by org_unit_code
                """).set("tenant", t.value()).set("from", from).set("to", to).set("today", today)
                .list(r -> new AgencyFigures(r.text(0), r.count(1), r.count(2), r.count(3), r.count(4), r.count(5)));
    }

    /** Pasal 6c, 7m: the problems passed in {@code [from, to]}, and how many of them the team has handled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] problemFigures(TenantId t, LocalDate from, LocalDate to) {
        return countAndDone("coordination_problem", "passed_on", "handled_on", t, from, to);
    }

    /** The rows of {@code table} whose {@code day} is in {@code [from, to]}, and how many of them have {@code done}. */
    private long[] countAndDone(String table, String day, String done, TenantId t, LocalDate from, LocalDate to) {
        return Sql.of(em, "select count(*), count(" + done + ") from " + table + " where tenant_id = :tenant and "
                + day + " between :from and :to").set("tenant", t.value()).set("from", from).set("to", to)
                .first(r -> new long[] {r.count(0), r.count(1)}).orElseThrow();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Direction d) {
        Sql.of(em, "insert into coordination_direction (tenant_id, " + DIRECTION + ") values (:tenant, :id, :kind, "
                + ":text, :by, :at, :on, null, null, null)")
                .set("tenant", d.tenant().value()).set("id", d.id()).set("kind", d.kind()).set("text", d.text())
                .set("by", d.givenBy()).set("at", d.givenAt()).set("on", d.givenOn()).execute();
    }

    /** Writes the answer once; a direction answered meanwhile is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void saveAnswer(Direction d) {
        int n = Sql.of(em, "update coordination_direction set response = :response, responded_on = :on, "
                + "responded_by = :by where tenant_id = :tenant and id = :id and response is null")
                .set("tenant", d.tenant().value()).set("id", d.id()).set("response", d.response().orElseThrow())
                .set("on", d.respondedOn().orElseThrow()).set("by", d.respondedBy().orElseThrow()).execute();
        if (n == 0) {
            throw CoordinationErrors.conflict("DIRECTION_ALREADY_ANSWERED", "Arahan ini sudah ditanggapi.",
                    "This direction is already answered.");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Direction> direction(TenantId t, UUID id) {
        return Sql.of(em, "select " + DIRECTION + " from coordination_direction where tenant_id = :tenant "
                + "and id = :id").set("tenant", t.value()).set("id", id).first(r -> direction(t, r));
    }

    /** The directions, the unanswered first, newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Direction> directions(TenantId t, int limit) {
        return Sql.of(em, "select " + DIRECTION + " from coordination_direction where tenant_id = :tenant "
                + "order by response is not null, given_at desc limit :limit").set("tenant", t.value())
                .set("limit", limit).list(r -> direction(t, r));
    }

    /** Pasal 6a: the directions given in {@code [from, to]}, and how many of them the operations team answered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] directionFigures(TenantId t, LocalDate from, LocalDate to) {
        return countAndDone("coordination_direction", "given_on", "responded_on", t, from, to);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Evaluation e) {
        Sql.of(em, "insert into coordination_evaluation (tenant_id, " + EVALUATION + ") values (:tenant, :id, "
                + ":subject, :from, :to, :findings, :by, :at, :on)")
                .set("tenant", e.tenant().value()).set("id", e.id()).set("subject", e.subject())
                .set("from", e.from()).set("to", e.to()).set("findings", e.findings()).set("by", e.recordedBy())
                .set("at", e.recordedAt()).set("on", e.recordedOn()).execute();
    }

    /** The evaluations, newest period first; with a period, those whose period overlaps it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Evaluation> evaluations(TenantId t, Optional<LocalDate> from, Optional<LocalDate> to, int limit) {
        return Sql.of(em, "select " + EVALUATION + " from coordination_evaluation "
                + "where tenant_id = :tenant and period_to >= :from and period_from <= :to "
                + "order by period_to desc, recorded_at desc limit :limit").set("tenant", t.value())
                .set("from", from.orElse(LocalDate.of(1900, 1, 1))).set("to", to.orElse(LocalDate.of(9999, 12, 31)))
                .set("limit", limit)
                .list(r -> new Evaluation(t, r.uuid(0), r.enumOf(1, Evaluation.Subject.class), r.date(2), r.date(3),
                        r.text(4), r.text(5), r.instant(6), r.date(7)));
    }

    private static Direction direction(TenantId t, Sql.Row r) {
        return new Direction(t, r.uuid(0), r.enumOf(1, Direction.Kind.class), r.text(2), r.text(3), r.instant(4),
                r.date(5), Optional.ofNullable(r.text(6)), Optional.ofNullable(r.date(7)),
                Optional.ofNullable(r.text(8)));
    }
}
