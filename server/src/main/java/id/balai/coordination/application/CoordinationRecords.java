package id.balai.coordination.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.coordination.domain.Direction;
import id.balai.coordination.domain.Evaluation;
import id.balai.coordination.domain.Problem;
import id.balai.coordination.domain.Recommendation;
import id.balai.platform.domain.TenantId;

/**
 * The port to the coordination records of one regency: problems, recommendations, directions, evaluations and the
 * figures per agency. Each call joins the caller's transaction, bound to the tenant. The adapter is
 * {@code coordination.infrastructure.CoordinationRepository}.
 */
public interface CoordinationRecords {

    /** One agency's recommendations of a period: issued, followed up (on time, late), still open, overdue. */
    public record AgencyFigures(String unit, long issued, long followedUpOnTime, long followedUpLate, long open,
            long overdue) {
    }

    void insert(Problem p);

    void saveHandling(Problem p);

    Optional<Problem> problem(TenantId t, UUID id);

    /** The problems, the unhandled first, newest first. */
    List<Problem> problems(TenantId t, int limit);

    void insert(Recommendation r);

    /** Writes back the follow-up and the overdue mark; a concurrent change is a 409. */
    void save(Recommendation r);

    Optional<Recommendation> recommendation(TenantId t, UUID id);

    /** The recommendations (of one agency when {@code unit} is given), the open ones first by due date. */
    List<Recommendation> recommendations(TenantId t, Optional<String> unit, int limit);

    /** The open recommendations due before {@code today}, not yet marked overdue, for the clock. */
    List<Recommendation> dueBefore(TenantId t, LocalDate today);

    /** Pasal 6g: the recommendations issued in {@code [from, to]}, per agency, as of {@code today}. */
    List<AgencyFigures> agencyFigures(TenantId t, LocalDate from, LocalDate to, LocalDate today);

    /** Pasal 6c, 7m: the problems passed in {@code [from, to]}, and how many of them the team has handled. */
    long[] problemFigures(TenantId t, LocalDate from, LocalDate to);

    void insert(Direction d);

    /** Writes the answer once; a direction answered meanwhile is a 409. */
    void saveAnswer(Direction d);

    Optional<Direction> direction(TenantId t, UUID id);

    /** The directions, the unanswered first, newest first. */
    List<Direction> directions(TenantId t, int limit);

    /** Pasal 6a: the directions given in {@code [from, to]}, and how many of them the operations team answered. */
    long[] directionFigures(TenantId t, LocalDate from, LocalDate to);

    void insert(Evaluation e);

    /** The evaluations, newest period first; with a period, those whose period overlaps it. */
    List<Evaluation> evaluations(TenantId t, Optional<LocalDate> from, Optional<LocalDate> to, int limit);
}
