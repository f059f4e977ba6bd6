package id.balai.coordination.interfaces;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.coordination.application.Coordination;
import id.balai.coordination.domain.CoordinationErrors;
import id.balai.coordination.domain.Direction;
import id.balai.coordination.domain.Evaluation;
import id.balai.coordination.domain.Problem;
import id.balai.coordination.domain.Recommendation;
import id.balai.platform.application.Now;
import id.balai.platform.domain.Actor;
import id.balai.platform.interfaces.RequestInfo;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The coordination of the SPIKM (Perbup Muara Enim 29/2014 Pasal 6, 7l-m, 8): the operations coordinator passes
 * problems to the Tim Koordinasi; the Tim Koordinasi handles them and recommends to an agency; the agency's head
 * follows the recommendation up. The Bupati's office reads everything; an agency reads its own recommendations only.
 */
@Path("/t/{tenant}/officer/coordination")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination", description = "Tim Koordinasi: masalah dan rekomendasi / problems and recommendations")
public class CoordinationResource {
    private static final Set<String> ALL = Set.of("COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI");

    @Inject
    RequestTenant requestTenant;

    @Inject
    Coordination coordination;

    @Inject
    JsonWebToken jwt;

    @Inject
    RequestInfo request;

    public record ProblemInput(String title, String description, String unit, List<String> complaints) {
    }

    public record HandlingInput(String note) {
    }

    public record RecommendationInput(String problemId, String unit, String text, String dueOn) {
    }

    public record FollowUpInput(String followUp) {
    }

    public record ProblemView(UUID id, String title, String description, String unit, List<String> complaints,
            LocalDate passedOn, LocalDate handledOn, String handlingNote) {
        static ProblemView of(Problem p) {
            return new ProblemView(p.id(), p.title(), p.description(), p.orgUnit().orElse(null), p.complaints(),
                    p.passedOn(), p.handledOn().orElse(null), p.handlingNote().orElse(null));
        }
    }

    public record RecommendationView(UUID id, UUID problemId, String unit, String text, LocalDate issuedOn,
            LocalDate dueOn, String followUp, LocalDate followedUpOn, LocalDate overdueSince, boolean late) {
        static RecommendationView of(Recommendation r) {
            return new RecommendationView(r.id(), r.problem().orElse(null), r.orgUnit(), r.text(), r.issuedOn(),
                    r.dueOn(), r.followUp().orElse(null), r.followedUpOn().orElse(null),
                    r.overdueSince().orElse(null), r.late());
        }
    }

    public record ClockRun(int overdue) {
    }

    public record DirectionInput(String kind, String text) {
    }

    public record AnswerInput(String response) {
    }

    public record EvaluationInput(String subject, String from, String to, String findings) {
    }

    /** A direction (Pasal 6a): {@code kind} ARAHAN, MASUKAN or SARAN, with the operations team's answer. */
    public record DirectionView(UUID id,
            @Schema(enumeration = {"ARAHAN", "MASUKAN", "SARAN"}) String kind, String text, LocalDate givenOn,
            String response,
            LocalDate respondedOn) {
        static DirectionView of(Direction d) {
            return new DirectionView(d.id(), d.kind().name(), d.text(), d.givenOn(), d.response().orElse(null),
                    d.respondedOn().orElse(null));
        }
    }

    /** An evaluation (Pasal 6b: OPERATIONS_TEAM, 6f: SERVICE) of the period {@code from}–{@code to}. */
    public record EvaluationView(UUID id,
            @Schema(enumeration = {"OPERATIONS_TEAM", "SERVICE"}) String subject, LocalDate from, LocalDate to,
            String findings,
            LocalDate recordedOn) {
        static EvaluationView of(Evaluation e) {
            return new EvaluationView(e.id(), e.subject().name(), e.from(), e.to(), e.findings(), e.recordedOn());
        }
    }

    /** The Tim Koordinasi as the Bupati's decree sets it (Pasal 4(1)a, 4(2)); members in the order of the posts. */
    public record TeamView(TenantDefinition.Decree decree, List<TenantDefinition.TeamMember> members) {
        static TeamView of(TenantDefinition.CoordinationTeam t) {
            return new TeamView(t.decree(), t.members().stream()
                    .sorted(java.util.Comparator.comparing(TenantDefinition.TeamMember::post)).toList());
        }
    }

    /** The Tim Koordinasi's report to the Bupati (Pasal 6g); {@code team} is null where the file names none. */
    public record ReportView(LocalDate from, LocalDate to, long problemsPassed, long problemsHandled,
            List<id.balai.coordination.application.CoordinationRecords.AgencyFigures> agencies,
            long directionsGiven, long directionsAnswered, List<EvaluationView> evaluations, TeamView team) {
    }

    @GET
    @Path("/problems")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI"})
    @Operation(summary = "Masalah / The problems passed to the Tim Koordinasi (Pasal 6c, 7m), unhandled first")
    public List<ProblemView> problems() {
        return coordination.problems(requestTenant.tenant()).stream().map(ProblemView::of).toList();
    }

    @POST
    @Path("/problems")
    @RolesAllowed("OPS_COORDINATOR")
    @Operation(summary = "Teruskan masalah / The operations coordinator passes a problem to the Tim Koordinasi "
            + "(Pasal 7m)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProblemView.class)))
    public Response pass(ProblemInput in) {
        if (in == null) {
            throw CoordinationErrors.required(null, "Isi masalah", "The problem");
        }
        Problem p = coordination.passProblem(requestTenant.tenant(), in.title(), in.description(),
                Optional.ofNullable(in.unit()).filter(u -> !u.isBlank()), in.complaints(), actor(), Now.instant());
        return Response.status(201).entity(ProblemView.of(p)).build();
    }

    @POST
    @Path("/problems/{id}/handling")
    @RolesAllowed("COORDINATION_TEAM")
    @Operation(summary = "Penanganan masalah / The Tim Koordinasi records how it handled a problem (Pasal 6c-d)")
    public ProblemView handle(@PathParam("id") String id, HandlingInput in) {
        return ProblemView.of(coordination.handleProblem(requestTenant.tenant(), uuid(id, "PROBLEM"),
                in == null ? null : in.note(), actor(), Now.instant()));
    }

    @GET
    @Path("/recommendations")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI", "AGENCY_HEAD", "AGENCY_OPERATOR"})
    @Operation(summary = "Rekomendasi / The recommendations: all for the team, the coordinator and the Bupati, the "
            + "agency's own for its head and operators; open first by due date")
    public List<RecommendationView> recommendations() {
        return coordination.recommendations(requestTenant.tenant(), unitScope()).stream()
                .map(RecommendationView::of).toList();
    }

    @GET
    @Path("/recommendations/{id}")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI", "AGENCY_HEAD", "AGENCY_OPERATOR"})
    @Operation(summary = "Satu rekomendasi / One recommendation (another agency's is a 404)")
    public RecommendationView recommendation(@PathParam("id") String id) {
        return RecommendationView.of(coordination.recommendation(requestTenant.tenant(), uuid(id, "RECOMMENDATION"),
                unitScope()));
    }

    @POST
    @Path("/recommendations")
    @RolesAllowed("COORDINATION_TEAM")
    @Operation(summary = "Beri rekomendasi / The Tim Koordinasi recommends to an agency (Pasal 6c-d); due on dueOn, "
            + "else after the regency's follow-up working days (Pasal 8)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationView.class)))
    public Response recommend(RecommendationInput in) {
        if (in == null) {
            throw CoordinationErrors.required(null, "Isi rekomendasi", "The recommendation");
        }
        Optional<UUID> problem = Optional.ofNullable(in.problemId()).filter(s -> !s.isBlank())
                .map(s -> uuid(s, "PROBLEM"));
        Recommendation r = coordination.recommend(requestTenant.tenant(), problem, in.unit(), in.text(),
                date(in.dueOn(), "dueOn"), actor(), Now.instant());
        return Response.status(201).entity(RecommendationView.of(r)).build();
    }

    @POST
    @Path("/recommendations/{id}/follow-up")
    @RolesAllowed("AGENCY_HEAD")
    @Operation(summary = "Tindak lanjut / The agency head follows a recommendation up (Pasal 1 no. 13, 8)")
    public RecommendationView followUp(@PathParam("id") String id,
            FollowUpInput in) {
        String unit = Optional.ofNullable((String) jwt.getClaim("orgUnit")).orElse("-");
        return RecommendationView.of(coordination.followUp(requestTenant.tenant(), uuid(id, "RECOMMENDATION"), unit,
                in == null ? null : in.followUp(), actor(), Now.instant()));
    }

    @POST
    @Path("/clock-runs")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR"})
    @Operation(summary = "Jalankan jam / Mark overdue follow-ups now and escalate them (the job does it every 15 "
            + "minutes)")
    public ClockRun runClock() {
        return new ClockRun(coordination.runClock(requestTenant.tenant(), Now.instant()));
    }

    @GET
    @Path("/report")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI"})
    @Operation(summary = "Laporan Tim Koordinasi / The Tim Koordinasi's report to the Bupati for a period (Pasal 6g): "
            + "problems passed and handled; per agency, recommendations issued, followed up on time or late, open, "
            + "overdue")
    public ReportView report(@jakarta.ws.rs.QueryParam("from") String from, @jakarta.ws.rs.QueryParam("to") String to) {
        Coordination.Report r = coordination.report(requestTenant.tenant(), required(from, "from"),
                required(to, "to"), Now.instant());
        return new ReportView(r.from(), r.to(), r.problemsPassed(), r.problemsHandled(), r.agencies(),
                r.directionsGiven(), r.directionsAnswered(), r.evaluations().stream().map(EvaluationView::of)
                        .toList(), r.team().map(TeamView::of).orElse(null));
    }

    @GET
    @Path("/team")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI", "CENTRAL_ADMIN", "AGENCY_HEAD"})
    @Operation(summary = "Susunan Tim Koordinasi / The Tim Koordinasi as the Bupati's decree sets it (Pasal 4); 404 "
            + "TEAM_NOT_DESCRIBED where the regency's file names none")
    public TeamView team() {
        return coordination.team(requestTenant.tenant()).map(TeamView::of)
                .orElseThrow(() -> CoordinationErrors.notFound("TEAM_NOT_DESCRIBED"));
    }

    @GET
    @Path("/directions")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI", "CENTRAL_ADMIN"})
    @Operation(summary = "Arahan / The directions, input and suggestions to the operations team (Pasal 6a), the "
            + "unanswered first")
    public List<DirectionView> directions() {
        return coordination.directions(requestTenant.tenant()).stream().map(DirectionView::of).toList();
    }

    @POST
    @Path("/directions")
    @RolesAllowed("COORDINATION_TEAM")
    @Operation(summary = "Beri arahan / The Tim Koordinasi gives the operations team a direction (ARAHAN), input "
            + "(MASUKAN) or a suggestion (SARAN) (Pasal 6a)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DirectionView.class)))
    public Response giveDirection(DirectionInput in) {
        if (in == null) {
            throw CoordinationErrors.required(null, "Isi arahan", "The direction");
        }
        Direction d = coordination.giveDirection(requestTenant.tenant(), in.kind(), in.text(), actor(),
                Now.instant());
        return Response.status(201).entity(DirectionView.of(d)).build();
    }

    @POST
    @Path("/directions/{id}/answer")
    @RolesAllowed("OPS_COORDINATOR")
    @Operation(summary = "Tanggapi arahan / The operations coordinator answers a direction with what the operations "
            + "team did, once (409 DIRECTION_ALREADY_ANSWERED after)")
    public DirectionView answerDirection(@PathParam("id") String id,
            AnswerInput in) {
        return DirectionView.of(coordination.answerDirection(requestTenant.tenant(), uuid(id, "DIRECTION"),
                in == null ? null : in.response(), actor(), Now.instant()));
    }

    @GET
    @Path("/evaluations")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI"})
    @Operation(summary = "Evaluasi / The Tim Koordinasi's evaluations (Pasal 6b, 6f), the newest period first")
    public List<EvaluationView> evaluations() {
        return coordination.evaluations(requestTenant.tenant()).stream().map(EvaluationView::of).toList();
    }

    @POST
    @Path("/evaluations")
    @RolesAllowed("COORDINATION_TEAM")
    @Operation(summary = "Catat evaluasi / The Tim Koordinasi records its evaluation of a period: of the operations "
            + "team's work (OPERATIONS_TEAM, Pasal 6b) or of the service (SERVICE, Pasal 6f)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationView.class)))
    public Response evaluate(EvaluationInput in) {
        if (in == null) {
            throw CoordinationErrors.required(null, "Isi evaluasi", "The evaluation");
        }
        Evaluation e = coordination.evaluate(requestTenant.tenant(), in.subject(), required(in.from(), "from"),
                required(in.to(), "to"), in.findings(), actor(), Now.instant());
        return Response.status(201).entity(EvaluationView.of(e)).build();
    }

    private static LocalDate required(String value, String field) {
        return date(value, field).orElseThrow(() -> CoordinationErrors.required(field, "Tanggal", "The date"));
    }

    /** An agency's head or operator sees its own agency's recommendations only. */
    private Optional<String> unitScope() {
        Set<String> groups = jwt.getGroups();
        if (groups.stream().anyMatch(ALL::contains)) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable((String) jwt.getClaim("orgUnit")).orElse("-"));
    }

    private Actor actor() {
        return new Actor(jwt.getSubject(), String.join(",", jwt.getGroups().stream().sorted().toList()),
                request.requestId());
    }

    private static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw CoordinationErrors.notFound(what);
        }
    }

    /** A date of the form YYYY-MM-DD, or empty when absent or blank; anything else is a 400 on {@code field}. */
    private static Optional<LocalDate> date(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw CoordinationErrors.invalid("INVALID_DATE", "Tanggal tidak sah (format YYYY-MM-DD).",
                    "Invalid date (format YYYY-MM-DD).", field);
        }
    }
}
