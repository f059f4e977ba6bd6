package id.balai.coordination.interfaces;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.audit.domain.Actor;
import id.balai.coordination.application.Coordination;
import id.balai.coordination.domain.CoordinationErrors;
import id.balai.coordination.domain.Problem;
import id.balai.coordination.domain.Recommendation;
import id.balai.platform.application.Now;
import id.balai.platform.interfaces.RequestInfo;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
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
    TenantRegistry registry;

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

    @GET
    @Path("/problems")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI"})
    @Operation(summary = "Masalah / The problems passed to the Tim Koordinasi (Pasal 6c, 7m), unhandled first")
    public List<ProblemView> problems(@PathParam("tenant") String slug) {
        return coordination.problems(registry.require(slug)).stream().map(ProblemView::of).toList();
    }

    @POST
    @Path("/problems")
    @RolesAllowed("OPS_COORDINATOR")
    @Operation(summary = "Teruskan masalah / The operations coordinator passes a problem to the Tim Koordinasi "
            + "(Pasal 7m)")
    public Response pass(@PathParam("tenant") String slug, ProblemInput in) {
        if (in == null) {
            throw CoordinationErrors.required(null, "Isi masalah", "The problem");
        }
        Problem p = coordination.passProblem(registry.require(slug), in.title(), in.description(),
                Optional.ofNullable(in.unit()).filter(u -> !u.isBlank()), in.complaints(), actor(), Now.instant());
        return Response.status(201).entity(ProblemView.of(p)).build();
    }

    @POST
    @Path("/problems/{id}/handling")
    @RolesAllowed("COORDINATION_TEAM")
    @Operation(summary = "Penanganan masalah / The Tim Koordinasi records how it handled a problem (Pasal 6c-d)")
    public ProblemView handle(@PathParam("tenant") String slug, @PathParam("id") String id, HandlingInput in) {
        return ProblemView.of(coordination.handleProblem(registry.require(slug), uuid(id, "PROBLEM"),
                in == null ? null : in.note(), actor(), Now.instant()));
    }

    @GET
    @Path("/recommendations")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI", "AGENCY_HEAD", "AGENCY_OPERATOR"})
    @Operation(summary = "Rekomendasi / The recommendations: all for the team, the coordinator and the Bupati, the "
            + "agency's own for its head and operators; open first by due date")
    public List<RecommendationView> recommendations(@PathParam("tenant") String slug) {
        return coordination.recommendations(registry.require(slug), unitScope()).stream()
                .map(RecommendationView::of).toList();
    }

    @GET
    @Path("/recommendations/{id}")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI", "AGENCY_HEAD", "AGENCY_OPERATOR"})
    @Operation(summary = "Satu rekomendasi / One recommendation (another agency's is a 404)")
    public RecommendationView recommendation(@PathParam("tenant") String slug, @PathParam("id") String id) {
        return RecommendationView.of(coordination.recommendation(registry.require(slug), uuid(id, "RECOMMENDATION"),
                unitScope()));
    }

    @POST
    @Path("/recommendations")
    @RolesAllowed("COORDINATION_TEAM")
    @Operation(summary = "Beri rekomendasi / The Tim Koordinasi recommends to an agency (Pasal 6c-d); due on dueOn, "
            + "else after the regency's follow-up working days (Pasal 8)")
    public Response recommend(@PathParam("tenant") String slug, RecommendationInput in) {
        if (in == null) {
            throw CoordinationErrors.required(null, "Isi rekomendasi", "The recommendation");
        }
        Optional<UUID> problem = Optional.ofNullable(in.problemId()).filter(s -> !s.isBlank())
                .map(s -> uuid(s, "PROBLEM"));
        Recommendation r = coordination.recommend(registry.require(slug), problem, in.unit(), in.text(),
                date(in.dueOn()), actor(), Now.instant());
        return Response.status(201).entity(RecommendationView.of(r)).build();
    }

    @POST
    @Path("/recommendations/{id}/follow-up")
    @RolesAllowed("AGENCY_HEAD")
    @Operation(summary = "Tindak lanjut / The agency head follows a recommendation up (Pasal 1 no. 13, 8)")
    public RecommendationView followUp(@PathParam("tenant") String slug, @PathParam("id") String id,
            FollowUpInput in) {
        String unit = Optional.ofNullable((String) jwt.getClaim("orgUnit")).orElse("-");
        return RecommendationView.of(coordination.followUp(registry.require(slug), uuid(id, "RECOMMENDATION"), unit,
                in == null ? null : in.followUp(), actor(), Now.instant()));
    }

    @POST
    @Path("/clock-runs")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR"})
    @Operation(summary = "Jalankan jam / Mark overdue follow-ups now and escalate them (the job does it every 15 "
            + "minutes)")
    public ClockRun runClock(@PathParam("tenant") String slug) {
        return new ClockRun(coordination.runClock(registry.require(slug), Now.instant()));
    }

    @GET
    @Path("/report")
    @RolesAllowed({"COORDINATION_TEAM", "OPS_COORDINATOR", "BUPATI"})
    @Operation(summary = "Laporan Tim Koordinasi / The Tim Koordinasi's report to the Bupati for a period (Pasal 6g): "
            + "problems passed and handled; per agency, recommendations issued, followed up on time or late, open, "
            + "overdue")
    public Coordination.Report report(@PathParam("tenant") String slug,
            @jakarta.ws.rs.QueryParam("from") String from, @jakarta.ws.rs.QueryParam("to") String to) {
        return coordination.report(registry.require(slug), required(from, "from"), required(to, "to"), Now.instant());
    }

    private static LocalDate required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw CoordinationErrors.required(field, "Tanggal", "The date");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw CoordinationErrors.invalid("INVALID_DATE", "Tanggal tidak sah (format YYYY-MM-DD).",
                    "Invalid date (format YYYY-MM-DD).", field);
        }
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

    private static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw CoordinationErrors.invalid("INVALID_DATE", "Tanggal tidak sah (format YYYY-MM-DD).",
                    "Invalid date (format YYYY-MM-DD).", "dueOn");
        }
    }
}
