package id.balai.coordination.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.calendar.application.CalendarService;
import id.balai.coordination.domain.CoordinationErrors;
import id.balai.coordination.domain.Direction;
import id.balai.coordination.domain.Evaluation;
import id.balai.coordination.domain.Problem;
import id.balai.coordination.domain.Recommendation;
import id.balai.identity.application.OfficerDirectory;
import id.balai.identity.domain.Role;
import id.balai.notifications.application.MailOutbox;
import id.balai.notifications.domain.OutgoingMail;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.LongDate;
import id.balai.tenancy.application.EachTenant;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The Tim Koordinasi's work (SPIKM Pasal 6, 7l-m, 8): problems passed by the operations team, recommendations to an
 * agency that its head must follow up, and the escalation of an overdue follow-up. Each step is audited; each
 * recommendation and escalation is mailed to the officers concerned (their work addresses), never naming a
 * reporter.
 */
@ApplicationScoped
public class Coordination {
    static final int LIST_LIMIT = 200;

    @Inject
    CoordinationRecords rows;

    @Inject
    EachTenant tenants;

    @Inject
    AuditLog audit;

    @Inject
    CalendarService calendars;

    @Inject
    OfficerDirectory directory;

    @Inject
    MailOutbox mail;

    /** The operations team passes a problem to the Tim Koordinasi (Pasal 7m). */
    public Problem passProblem(Tenant tenant, String title, String description, Optional<String> unit,
            List<String> complaints, Actor by, Instant now) {
        unit.ifPresent(u -> checkUnit(tenant, u));
        Problem p = Problem.pass(tenant.id(), title, description, unit, complaints, by.id(), now, today(tenant, now));
        return tenants.within(tenant, () -> {
            rows.insert(p);
            audit.record(tenant.id(), by, "COORDINATION_PROBLEM_PASSED", "coordination_problem", p.id().toString(),
                    Map.of("unit", unit.orElse("")));
            for (String to : emails(tenant, Role.COORDINATION_TEAM, null)) {
                mail.enqueue(tenant.id(), OutgoingMail.toOfficer(to, "[" + tenant.definition().name()
                        + "] Masalah untuk Tim Koordinasi: " + p.title(), p.title() + "\n\n" + p.description()
                        + "\n\nDiteruskan oleh Tim Pelaksana Operasional (Perbup Pasal 7 huruf m).",
                        "coordination problem", "coordination_problem", p.id().toString()));
            }
            return p;
        });
    }

    /** The Tim Koordinasi records how it handled a problem (Pasal 6c-d). */
    public Problem handleProblem(Tenant tenant, UUID id, String note, Actor by, Instant now) {
        return tenants.within(tenant, () -> {
            Problem p = rows.problem(tenant.id(), id).orElseThrow(() -> CoordinationErrors.notFound("PROBLEM"))
                    .handle(note, today(tenant, now));
            rows.saveHandling(p);
            audit.record(tenant.id(), by, "COORDINATION_PROBLEM_HANDLED", "coordination_problem", id.toString(),
                    Map.of());
            return p;
        });
    }

    public List<Problem> problems(Tenant tenant) {
        return tenants.within(tenant, () -> rows.problems(tenant.id(), LIST_LIMIT));
    }

    /**
     * The Tim Koordinasi recommends to an agency (Pasal 6c-d); due on {@code dueOn}, else after the regency's follow-up
     * working days (Pasal 8). The agency's head (and its operators) hear of it by e-mail.
     */
    public Recommendation recommend(Tenant tenant, Optional<UUID> problem, String unit, String text,
            Optional<LocalDate> dueOn, Actor by, Instant now) {
        checkUnit(tenant, unit);
        LocalDate today = today(tenant, now);
        LocalDate due = dueOn.orElseGet(() -> calendars.calendarOf(tenant).addWorkingDays(today,
                tenant.definition().parameters().complaint().followUpWorkingDays()).due());
        return tenants.within(tenant, () -> {
            problem.ifPresent(id -> rows.problem(tenant.id(), id)
                    .orElseThrow(() -> CoordinationErrors.notFound("PROBLEM")));
            Recommendation r = Recommendation.issue(tenant.id(), problem, unit, text, by.id(), now, today, due);
            rows.insert(r);
            audit.record(tenant.id(), by, "COORDINATION_RECOMMENDED", "coordination_recommendation",
                    r.id().toString(), Map.of("unit", unit, "dueOn", due.toString()));
            tell(tenant, r, "Rekomendasi Tim Koordinasi", Role.AGENCY_HEAD, Role.AGENCY_OPERATOR);
            return r;
        });
    }

    /** The agency head follows the recommendation up (Pasal 1 no. 13); another agency's is a 404. */
    public Recommendation followUp(Tenant tenant, UUID id, String unitOfCaller, String what, Actor by,
            Instant now) {
        return tenants.within(tenant, () -> {
            Recommendation r = visible(tenant, id, Optional.of(unitOfCaller));
            r.followUp(what, today(tenant, now), by.id());
            rows.save(r);
            audit.record(tenant.id(), by, "COORDINATION_FOLLOWED_UP", "coordination_recommendation", id.toString(),
                    Map.of("late", Boolean.toString(r.late())));
            for (String to : emails(tenant, Role.COORDINATION_TEAM, null)) {
                mail.enqueue(tenant.id(), OutgoingMail.toOfficer(to, "[" + tenant.definition().name()
                        + "] Tindak lanjut rekomendasi oleh " + r.orgUnit(), "Tindak lanjut:\n" + r.followUp()
                        .orElseThrow() + "\n\nRekomendasi:\n" + r.text(), "coordination follow-up",
                        "coordination_recommendation", r.id().toString()));
            }
            return r.followedUpOn().isPresent() ? rows.recommendation(tenant.id(), id).orElseThrow() : r;
        });
    }

    /** The recommendations one may see: all for the team, the coordinator and the Bupati; one's own agency's else. */
    public List<Recommendation> recommendations(Tenant tenant, Optional<String> unit) {
        return tenants.within(tenant, () -> rows.recommendations(tenant.id(), unit, LIST_LIMIT));
    }

    public Recommendation recommendation(Tenant tenant, UUID id, Optional<String> unit) {
        return tenants.within(tenant, () -> visible(tenant, id, unit));
    }

    /**
     * Marks every recommendation whose due day has passed without a follow-up overdue, once, and escalates it to the
     * Tim Koordinasi, the Bupati's office and the agency's head (Pasal 6d, 8).
     *
     * @return how many became overdue
     */
    public int runClock(Tenant tenant, Instant now) {
        LocalDate today = today(tenant, now);
        return tenants.within(tenant, () -> {
            int n = 0;
            for (Recommendation r : rows.dueBefore(tenant.id(), today)) {
                if (r.markOverdue(today)) {
                    rows.save(r);
                    audit.record(tenant.id(), new Actor("system:coordination-clock", "", null),
                            "COORDINATION_FOLLOW_UP_OVERDUE", "coordination_recommendation", r.id().toString(),
                            Map.of("dueOn", r.dueOn().toString()));
                    tell(tenant, r, "Tindak lanjut rekomendasi lewat tenggat", Role.COORDINATION_TEAM, Role.BUPATI,
                            Role.AGENCY_HEAD);
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * The Tim Koordinasi's report to the Bupati for a period (Pasal 6g): the problems passed and handled, and per agency
     * the recommendations issued, followed up on time or late, still open and overdue.
     */
    public record Report(LocalDate from, LocalDate to, long problemsPassed, long problemsHandled,
            List<CoordinationRecords.AgencyFigures> agencies, long directionsGiven, long directionsAnswered,
            List<Evaluation> evaluations, Optional<TenantDefinition.CoordinationTeam> team) {
    }

    public Report report(Tenant tenant, LocalDate from, LocalDate to, Instant now) {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw CoordinationErrors.invalid("INVALID_PERIOD", "Periode tidak sah (paling lama 366 hari).",
                    "Invalid period (at most 366 days).", "to");
        }
        return tenants.within(tenant, () -> {
            long[] p = rows.problemFigures(tenant.id(), from, to);
            long[] d = rows.directionFigures(tenant.id(), from, to);
            return new Report(from, to, p[0], p[1], rows.agencyFigures(tenant.id(), from, to, today(tenant, now)),
                    d[0], d[1], rows.evaluations(tenant.id(), Optional.of(from), Optional.of(to), LIST_LIMIT),
                    team(tenant));
        });
    }

    /** The Tim Koordinasi as the Bupati's decree sets it (Pasal 4(1)a, 4(2)), from the regency's file. */
    public Optional<TenantDefinition.CoordinationTeam> team(Tenant tenant) {
        return Optional.ofNullable(tenant.definition().coordinationTeam());
    }

    /**
     * The Tim Koordinasi gives the operations team a direction, input or suggestion (Pasal 6a); the operations
     * coordinator hears of it by e-mail.
     */
    public Direction giveDirection(Tenant tenant, String kind, String text, Actor by, Instant now) {
        Direction d = Direction.give(tenant.id(), kind, text, by.id(), now, today(tenant, now));
        return tenants.within(tenant, () -> {
            rows.insert(d);
            audit.record(tenant.id(), by, "COORDINATION_DIRECTION_GIVEN", "coordination_direction",
                    d.id().toString(), Map.of("kind", d.kind().name()));
            for (String to : emails(tenant, Role.OPS_COORDINATOR, null)) {
                mail.enqueue(tenant.id(), OutgoingMail.toOfficer(to, "[" + tenant.definition().name() + "] "
                        + DIRECTION_WORDS.get(d.kind()) + " Tim Koordinasi untuk Tim Pelaksana Operasional",
                        d.text() + "\n\nTanggapi di ruang kerja Balai, halaman Koordinasi (Perbup Nomor 29 Tahun 2014 "
                                + "Pasal 6 huruf a).", "coordination direction", "coordination_direction",
                        d.id().toString()));
            }
            return d;
        });
    }

    /** The operations coordinator answers a direction with what the operations team did, once. */
    public Direction answerDirection(Tenant tenant, UUID id, String what, Actor by, Instant now) {
        return tenants.within(tenant, () -> {
            Direction d = rows.direction(tenant.id(), id).orElseThrow(() -> CoordinationErrors.notFound("DIRECTION"))
                    .answer(what, today(tenant, now), by.id());
            rows.saveAnswer(d);
            audit.record(tenant.id(), by, "COORDINATION_DIRECTION_ANSWERED", "coordination_direction",
                    id.toString(), Map.of());
            for (String to : emails(tenant, Role.COORDINATION_TEAM, null)) {
                mail.enqueue(tenant.id(), OutgoingMail.toOfficer(to, "[" + tenant.definition().name()
                        + "] Tanggapan Tim Pelaksana Operasional", "Tanggapan:\n" + d.response().orElseThrow()
                        + "\n\n" + DIRECTION_WORDS.get(d.kind()) + ":\n" + d.text(), "coordination direction answer",
                        "coordination_direction", id.toString()));
            }
            return d;
        });
    }

    public List<Direction> directions(Tenant tenant) {
        return tenants.within(tenant, () -> rows.directions(tenant.id(), LIST_LIMIT));
    }

    /** The Tim Koordinasi records its evaluation of a period (Pasal 6b: the operations team; 6f: the service). */
    public Evaluation evaluate(Tenant tenant, String subject, LocalDate from, LocalDate to, String findings,
            Actor by, Instant now) {
        Evaluation e = Evaluation.record(tenant.id(), subject, from, to, findings, by.id(), now, today(tenant, now));
        return tenants.within(tenant, () -> {
            rows.insert(e);
            audit.record(tenant.id(), by, "COORDINATION_EVALUATED", "coordination_evaluation", e.id().toString(),
                    Map.of("subject", e.subject().name(), "from", from.toString(), "to", to.toString()));
            return e;
        });
    }

    public List<Evaluation> evaluations(Tenant tenant) {
        return tenants.within(tenant, () -> rows.evaluations(tenant.id(), Optional.empty(), Optional.empty(),
                LIST_LIMIT));
    }

    private static final Map<Direction.Kind, String> DIRECTION_WORDS = Map.of(Direction.Kind.ARAHAN, "Arahan",
            Direction.Kind.MASUKAN, "Masukan", Direction.Kind.SARAN, "Saran");

    private Recommendation visible(Tenant tenant, UUID id, Optional<String> unit) {
        return rows.recommendation(tenant.id(), id).filter(r -> unit.isEmpty() || unit.get().equals(r.orgUnit()))
                .orElseThrow(() -> CoordinationErrors.notFound("RECOMMENDATION"));
    }

    private void tell(Tenant tenant, Recommendation r, String what, Role... roles) {
        Set<String> to = new LinkedHashSet<>();
        for (Role role : roles) {
            boolean unitRole = role == Role.AGENCY_HEAD || role == Role.AGENCY_OPERATOR;
            to.addAll(emails(tenant, role, unitRole ? r.orgUnit() : null));
        }
        String body = """
                %s
                SKPD: %s
                Tanggal rekomendasi: %s
                Batas tindak lanjut: %s

                %s

                Tindak lanjut rekomendasi wajib dilaksanakan oleh pimpinan SKPD (Perbup Nomor 29 Tahun 2014 Pasal 1 \
                angka 13 dan Pasal 8). Buka ruang kerja Balai untuk mencatat tindak lanjutnya.
                """.formatted(what, r.orgUnit(), LongDate.id(r.issuedOn()), LongDate.id(r.dueOn()), r.text());
        for (String address : to) {
            mail.enqueue(tenant.id(), OutgoingMail.toOfficer(address, "[" + tenant.definition().name() + "] " + what
                    + " (" + r.orgUnit() + ")", body, "coordination recommendation", "coordination_recommendation",
                    r.id().toString()));
        }
    }

    private List<String> emails(Tenant tenant, Role role, String unit) {
        return directory.emails(tenant.id(), role, unit);
    }

    private static void checkUnit(Tenant tenant, String unit) {
        if (unit == null || unit.isBlank()) {
            throw CoordinationErrors.required("unit", "SKPD tujuan", "The agency");
        }
        if (tenant.definition().flattenedUnits().stream().noneMatch(p -> p.unit().code().equals(unit))) {
            throw CoordinationErrors.invalid("UNKNOWN_UNIT", "Unit tidak dikenal: " + unit + ".",
                    "Unknown unit: " + unit + ".", "unit");
        }
    }

    private static LocalDate today(Tenant tenant, Instant now) {
        return LocalDate.ofInstant(now, tenant.zone());
    }
}
