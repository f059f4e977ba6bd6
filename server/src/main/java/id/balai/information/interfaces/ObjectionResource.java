package id.balai.information.interfaces;

import java.util.UUID;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.information.application.ObjectionService;
import id.balai.information.domain.Dispute;
import id.balai.information.domain.InformationClocks;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.Objection;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.domain.Paging;
import id.balai.platform.interfaces.Caller;
import id.balai.platform.interfaces.PublicGuards;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Objections (Perbup Luwu Timur Pasal 24-25; Perki 1/2021) and information disputes (Pasal 26; UU KIP Ps 37-38): the
 * Atasan PPID answers or settles by deliberation; the PPID Utama and the dispute-facilitation team record the
 * dispute's stages, the decision, compliance and their facilitation tasks. Every step is audited.
 */
@RequestScoped
@Path("/t/{tenant}/officer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Objections and disputes (officers)", description = "Keberatan dan sengketa informasi / Objections and "
        + "information disputes (PPID)")
public class ObjectionResource {
    private static final int MAX_PAGE_SIZE = 100;
    /** As for public submissions ({@code PublicInformationRequestResource}). */

    @Inject
    RequestTenant requestTenant;

    @Inject
    ObjectionService service;

    @Inject
    Caller caller;

    public record Answer(String decision, @MultiLine String answer) {
    }

    public record Settlement(@MultiLine String settlement) {
    }

    public record DisputeFiling(String commissionCaseNumber, String filedOn) {
    }

    public record StageInput(String stage, String on, @MultiLine String note) {
    }

    public record DecisionInput(String outcome, String on, @MultiLine String summary) {
    }

    public record ComplianceInput(Boolean complied, String on, @MultiLine String note) {
    }

    public record TaskInput(String kind, @MultiLine String description, String unit, String dueOn) {
    }

    public record TaskCompletion(Integer seq, String on, @MultiLine String result) {
    }

    @GET
    @Path("/objections")
    @RolesAllowed({"ATASAN_PPID", "PPID_MAIN", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Antrean keberatan / Objections by status (FILED, ANSWERED, SETTLED; default FILED: waiting "
            + "for the Atasan PPID's answer, Perbup Pasal 25(2)), earliest answer date first; q: the objection's or "
            + "its request's number, or words of its reasons or of the request, found in any status unless one is "
            + "given")
    public List<InformationViews.ObjectionSummary> list(@QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Tenant tenant = requestTenant.tenant();
        String number = words(q);
        String wanted = status == null && number == null ? "FILED" : status;
        if (wanted != null && !java.util.Set.of("FILED", "ANSWERED", "SETTLED").contains(wanted)) {
            throw new id.balai.platform.domain.DomainException(id.balai.platform.domain.DomainException.Kind.INVALID,
                    "INVALID_STATUS", id.balai.platform.domain.Message.of(
                            "Status harus salah satu: FILED, ANSWERED, SETTLED.",
                            "The status must be one of FILED, ANSWERED, SETTLED."), "status");
        }
        InformationClocks clocks = service.clocks(tenant);
        return service.search(tenant, wanted, number, Paging.page(page), Paging.size(size, MAX_PAGE_SIZE))
                .stream().map(o -> InformationViews.ObjectionSummary.of(o, clocks)).toList();
    }

    @GET
    @Path("/objections/counts")
    @RolesAllowed({"ATASAN_PPID", "PPID_MAIN", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Jumlah keberatan / How many objections q finds per status (FILED, ANSWERED, SETTLED), how "
            + "many unanswered are past their date, and in all")
    public id.balai.information.domain.ObjectionCounts counts(@QueryParam("q") String q) {
        Tenant tenant = requestTenant.tenant();
        return service.counts(tenant, words(q));
    }

    /** A search: a number as written or words; null for none; 400 QUERY_TOO_LONG past 200 characters. */
    private static String words(String q) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 200) {
            throw new id.balai.platform.domain.DomainException(id.balai.platform.domain.DomainException.Kind.INVALID,
                    "QUERY_TOO_LONG", id.balai.platform.domain.Message.of("Kata pencarian paling banyak 200 karakter.",
                            "A search is at most 200 characters."), "q");
        }
        return text;
    }

    @GET
    @Path("/objections/overdue")
    @RolesAllowed({"ATASAN_PPID", "PPID_MAIN", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Keberatan lewat tenggat / Objections unanswered past 30 working days (Perbup Pasal 25(2))")
    public List<InformationViews.ObjectionSummary> overdue(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Tenant tenant = requestTenant.tenant();
        InformationClocks clocks = service.clocks(tenant);
        return service.overdue(tenant, Paging.page(page), Paging.size(size, MAX_PAGE_SIZE)).stream()
                .map(o -> InformationViews.ObjectionSummary.of(o, clocks)).toList();
    }

    @GET
    @Path("/objections/{id}")
    @RolesAllowed({"ATASAN_PPID", "PPID_MAIN", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Satu keberatan / One objection with its history and disputes")
    public InformationViews.ObjectionView get(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        return InformationViews.ObjectionView.of(service.get(tenant, Inputs.uuid(id, "objection")),
                service.clocks(tenant));
    }

    public record ImplementationInput(String on, String note) {
    }

    @POST
    @Path("/objections/{id}/implementation")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Pelaksanaan tanggapan / How an answer that upholds the objection was carried out (Perbup "
            + "Pasal 18(3)d.2), once; 409 ANSWER_NOT_UPHELD, ALREADY_CARRIED_OUT")
    public InformationViews.ObjectionView implementation(@PathParam("id") String id,
            ImplementationInput in) {
        Tenant tenant = requestTenant.tenant();
        if (in == null) {
            throw InformationErrors.required(null, "Pelaksanaan", "The implementation");
        }
        return InformationViews.ObjectionView.of(service.recordImplementation(tenant, Inputs.uuid(id, "objection"),
                Inputs.date(in.on(), "on"), in.note(), caller.actor()), service.clocks(tenant));
    }

    @GET
    @Path("/objections/{id}/answer-letter")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({"ATASAN_PPID", "PPID_MAIN", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Surat tanggapan atas keberatan / The Atasan PPID's answer as a signed letter (UU KIP Ps 36); "
            + "404 while unanswered")
    public Response answerLetter(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        UUID objection = Inputs.uuid(id, "objection");
        return Response.ok(service.answerLetter(tenant, objection), "application/pdf").header("Content-Disposition",
                "attachment; filename=\"tanggapan-keberatan-" + objection + ".pdf\"").build();
    }

    @POST
    @Path("/objections/{id}/answer")
    @RolesAllowed("ATASAN_PPID")
    @Operation(summary = "Tanggapan atasan PPID / The Atasan PPID's written answer, UPHELD or REJECTED, within 30 "
            + "working days (Perbup Pasal 25(2))")
    public InformationViews.ObjectionView answer(@PathParam("id") String id,
            Answer body) {
        Objection.Decision d = Inputs.enumOf(Objection.Decision.class, body == null ? null : body.decision(),
                "decision");
        String text = Inputs.text(body.answer(), "answer", 5, 8000, "Tanggapan tertulis", "The written answer");
        return objectionStep(id, "ANSWERED", (o, now, c) -> o.answer(d, text, now, c, caller.actor().id()));
    }

    @POST
    @Path("/objections/{id}/settlement")
    @RolesAllowed({"ATASAN_PPID", "PPID_MAIN"})
    @Operation(summary = "Penyelesaian musyawarah / Settlement by deliberation, grounds b-g only (Perbup Pasal 24(3))")
    public InformationViews.ObjectionView settle(@PathParam("id") String id,
            Settlement body) {
        String text = Inputs.text(body == null ? null : body.settlement(), "settlement", 5, 8000, "Hasil musyawarah",
                "The agreement");
        return objectionStep(id, "SETTLED", (o, now, c) -> o.settle(text, now, c, caller.actor().id()));
    }

    @POST
    @Path("/objections/{id}/disputes")
    @RolesAllowed({"PPID_MAIN", "DISPUTE_FACILITATION"})
    @Operation(summary = "Catat sengketa / Record a dispute filed at the Information Commission within 14 working "
            + "days after the objection answer (UU KIP Ps 37(2))", description = "Once per Commission case: the same "
            + "commissionCaseNumber in the regency again, or a second dispute on an objection whose dispute is not "
            + "decided yet, is 409 (DISPUTE_ALREADY_RECORDED, DISPUTE_ALREADY_OPEN). With an Idempotency-Key header "
            + "(8-100 of A-Z a-z 0-9 . _ : -) a repeat of the same filing answers the dispute first created, with "
            + "Idempotent-Replayed: true, and stores nothing.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformationViews.DisputeView.class)))
    public Response fileDispute(@PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key, DisputeFiling body) {
        Tenant tenant = requestTenant.tenant();
        Optional<String> idempotencyKey = PublicGuards.optionalKey(key);
        if (body == null) {
            throw InformationErrors.required("filedOn", "Tanggal pendaftaran", "The filing date");
        }
        String caseNumber = Inputs.optionalText(body.commissionCaseNumber(), "commissionCaseNumber", 100);
        ObjectionService.FiledDispute f = service.fileDispute(tenant, Inputs.uuid(id, "objection"), caseNumber,
                Inputs.date(body.filedOn(), "filedOn"), idempotencyKey, caller.actor());
        return Response.status(201).entity(InformationViews.DisputeView.of(f.dispute(), service.clocks(tenant)))
                .header("Idempotent-Replayed", Boolean.toString(f.replay())).build();
    }

    @GET
    @Path("/disputes/{id}")
    @RolesAllowed({"PPID_MAIN", "DISPUTE_FACILITATION", "ATASAN_PPID", "BUPATI"})
    @Operation(summary = "Satu sengketa / One dispute with its stages and facilitation tasks")
    public InformationViews.DisputeView dispute(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        return InformationViews.DisputeView.of(service.dispute(tenant, Inputs.uuid(id, "dispute")),
                service.clocks(tenant));
    }

    @POST
    @Path("/disputes/{id}/stages")
    @RolesAllowed({"PPID_MAIN", "DISPUTE_FACILITATION"})
    @Operation(summary = "Tahap berikutnya / Next stage: MEDIATION, ADJUDICATION, COURT_APPEAL or CASSATION, with its date")
    public InformationViews.DisputeView stage(@PathParam("id") String id,
            StageInput body) {
        Dispute.Stage stage = Inputs.enumOf(Dispute.Stage.class, body == null ? null : body.stage(), "stage");
        java.time.LocalDate on = Inputs.date(body.on(), "on");
        String note = Inputs.optionalText(body.note(), "note", 2000);
        return disputeStep(id, "STAGE", (d, clocks) -> d.advance(stage, on, note, clocks));
    }

    @POST
    @Path("/disputes/{id}/decision")
    @RolesAllowed({"PPID_MAIN", "DISPUTE_FACILITATION"})
    @Operation(summary = "Putusan / The outcome: MEDIATION_AGREEMENT (from mediation), GRANTED, PARTLY_GRANTED or "
            + "REJECTED (adjudication or a court)")
    public InformationViews.DisputeView decide(@PathParam("id") String id,
            DecisionInput body) {
        Dispute.Outcome o = Inputs.enumOf(Dispute.Outcome.class, body == null ? null : body.outcome(), "outcome");
        java.time.LocalDate on = Inputs.date(body.on(), "on");
        String summary = Inputs.optionalText(body.summary(), "summary", 4000);
        return disputeStep(id, "DECIDED", (d, clocks) -> d.decide(o, on, summary));
    }

    @POST
    @Path("/disputes/{id}/compliance")
    @RolesAllowed({"PPID_MAIN", "DISPUTE_FACILITATION"})
    @Operation(summary = "Kepatuhan / Whether the body complied with the decision")
    public InformationViews.DisputeView comply(@PathParam("id") String id,
            ComplianceInput body) {
        if (body == null || body.complied() == null) {
            throw InformationErrors.required("complied", "Kepatuhan", "Compliance");
        }
        java.time.LocalDate on = Inputs.date(body.on(), "on");
        String note = Inputs.optionalText(body.note(), "note", 2000);
        return disputeStep(id, "COMPLIANCE", (d, clocks) -> d.recordCompliance(body.complied(), on, note, clocks));
    }

    @POST
    @Path("/disputes/{id}/tasks")
    @RolesAllowed({"PPID_MAIN", "DISPUTE_FACILITATION"})
    @Operation(summary = "Tugas fasilitasi / A facilitation task of the PPID Utama (Perbup Pasal 26(2)): "
            + "COORDINATE_PPID_PEMBANTU, COORDINATE_LEGAL_OFFICE, PREPARE_DOCUMENTS, ATTEND_HEARING, "
            + "CONSULT_CONSIDERATION_TEAM (the Tim Pertimbangan, Pasal 13c, 26(1)), OTHER")
    public InformationViews.DisputeView addTask(@PathParam("id") String id,
            TaskInput body) {
        Dispute.TaskKind kind = Inputs.enumOf(Dispute.TaskKind.class, body == null ? null : body.kind(), "kind");
        String description = Inputs.text(body.description(), "description", 3, 2000, "Uraian tugas",
                "The description");
        java.time.LocalDate due = Inputs.optionalDate(body.dueOn(), "dueOn");
        String unit = Inputs.optionalText(body.unit(), "unit", 32);
        return disputeStep(id, "TASK_ADDED", (d, clocks) -> d.addTask(kind, description, unit, due));
    }

    @POST
    @Path("/disputes/{id}/task-completions")
    @RolesAllowed({"PPID_MAIN", "DISPUTE_FACILITATION"})
    @Operation(summary = "Tugas selesai / A facilitation task is done")
    public InformationViews.DisputeView completeTask(@PathParam("id") String id,
            TaskCompletion body) {
        if (body == null || body.seq() == null) {
            throw InformationErrors.required("seq", "Nomor tugas", "The task number");
        }
        java.time.LocalDate on = Inputs.date(body.on(), "on");
        String result = Inputs.optionalText(body.result(), "result", 2000);
        return disputeStep(id, "TASK_DONE", (d, clocks) -> d.completeTask(body.seq(), on, result));
    }

    private InformationViews.ObjectionView objectionStep(String id, String action,
            ObjectionService.ObjectionStep step) {
        Tenant tenant = requestTenant.tenant();
        return InformationViews.ObjectionView.of(service.act(tenant, Inputs.uuid(id, "objection"), action,
                caller.actor(), step), service.clocks(tenant));
    }

    private InformationViews.DisputeView disputeStep(String id, String action,
            ObjectionService.DisputeStep step) {
        Tenant tenant = requestTenant.tenant();
        return InformationViews.DisputeView.of(service.actOnDispute(tenant, Inputs.uuid(id, "dispute"), action,
                caller.actor(), step), service.clocks(tenant));
    }
}
