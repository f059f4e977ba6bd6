package id.balai.complaints.interfaces;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.ComplaintService;
import id.balai.complaints.application.ModerationService;
import id.balai.complaints.domain.Attachments;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.interfaces.PublicGuards;
import id.balai.platform.interfaces.RequestInfo;
import id.balai.platform.interfaces.InputChecks;
import id.balai.privacy.domain.PersonalDataMasker;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The citizen's side of SPIKM: send a report (no account needed), follow it with the tracking number and access
 * code, answer a clarification question, accept or reopen the answer, rate it. No answer ever carries an identity.
 */
@Path("/t/{tenant}/complaints")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints (public)", description = "Pengaduan warga / Citizens' reports (SPIKM)")
public class PublicComplaintResource {
    @Inject
    RequestTenant requestTenant;

    @Inject
    InputChecks checks;

    @Inject
    ComplaintService service;

    @Inject
    ModerationService moderation;

    @Inject
    PublicGuards guards;

    @Inject
    RequestInfo request;

    public record CodeOnly(String code) {
    }

    public record Clarification(String code, @MultiLine String text) {
    }

    public record Rating(String code, Integer rating) {
    }

    public record Reopen(String code, @MultiLine String reason) {
    }

    /** A report as typed so far, to see how it would appear in public. */
    public record PreviewInput(String title, @MultiLine String description, ComplaintInput.ReporterInput reporter) {
    }

    /** The title and text as they would be public, masked, and what was found (kinds only, never the values). */
    public record Preview(String title, String text, List<PublicationViews.FindingView> findings) {
    }

    @POST
    @Path("/preview")
    @Operation(summary = "Pratinjau tampilan publik / How the report would appear in public, masked (nothing stored)",
            description = "Nothing is stored or logged of the text. The central administrator still decides what "
                    + "is published; this is what the detector proposes.")
    public Preview preview(PreviewInput body) {
        requestTenant.tenant();
        guards.limit(PublicGuards.Limit.COMPLAINT_PREVIEW);
        String title = ComplaintInput.text(body == null ? null : body.title(), "title", 0, 200, "Judul", "The title");
        String text = ComplaintInput.text(body == null ? null : body.description(), "description", 0, 5000, "Uraian",
                "The description");
        ComplaintInput.ReporterInput r = body == null ? null : body.reporter();
        PersonalDataMasker.Known known = new PersonalDataMasker.Known(r == null ? null : r.name(),
                r == null ? null : r.phone());
        PersonalDataMasker.Masked t = PersonalDataMasker.mask(title, known);
        PersonalDataMasker.Masked d = PersonalDataMasker.mask(text, known);
        List<PersonalDataMasker.Finding> all = new java.util.ArrayList<>(t.findings());
        all.addAll(d.findings());
        return new Preview(t.text(), d.text(), PublicationViews.FindingView.of(
                new PersonalDataMasker.Masked("", all)));
    }

    @POST
    @Path("/{trackingNumber}/takedown-request")
    @Operation(summary = "Turunkan dari publik / The reporter asks, with the access code, for the report to come off "
            + "the public record: it does at once")
    public ComplaintViews.PublicView takedown(@PathParam("trackingNumber") String trackingNumber, CodeOnly body) {
        Tenant tenant = requestTenant.tenant();
        guards.limit(PublicGuards.Limit.COMPLAINT_TRACKING);
        String code = body == null ? null : body.code();
        moderation.takedownRequested(tenant, trackingNumber, code);
        return ComplaintViews.PublicView.of(service.track(tenant, trackingNumber, code));
    }

    @POST
    @Operation(summary = "Kirim laporan / Send a report",
            description = "Requires an Idempotency-Key header (8-100 of A-Z a-z 0-9 . _ : -): a repeat with the same "
                    + "key and body returns the first receipt and stores nothing new; the same key with another body "
                    + "is 409 IDEMPOTENCY_KEY_REUSED. Answers 201 with the tracking number and the access code. "
                    + "To attach files, send the same JSON as multipart/form-data instead.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplaintService.Receipt.class)))
    public Response submit(@HeaderParam("Idempotency-Key") String key,
            ComplaintInput input) {
        Tenant tenant = requestTenant.tenant();
        return receive(tenant, PublicGuards.requiredKey(key), input, List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Kirim laporan dengan lampiran / Send a report with attachments",
            description = "multipart/form-data: part 'complaint' (application/json, the same fields as the JSON "
                    + "submission) and up to 5 parts 'attachments' (JPEG, PNG or PDF by content, at most 5 MiB "
                    + "each). Same Idempotency-Key rules; the files count in the key's body.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplaintService.Receipt.class)))
    public Response submitWithFiles(@HeaderParam("Idempotency-Key") String key,
            List<EntityPart> parts) {
        Tenant tenant = requestTenant.tenant();
        String idempotencyKey = PublicGuards.requiredKey(key);
        ReportForm<ComplaintInput> form = ReportForm.parse(parts);
        return receive(tenant, idempotencyKey, form.input(), form.attachments());
    }

    private Response receive(Tenant tenant, String key, ComplaintInput input, List<Attachments.Upload> files) {
        if (input == null) {
            throw ComplaintErrors.invalid("BODY_REQUIRED", "Isi laporan wajib ada.", "A report body is required.",
                    null);
        }
        ComplaintService.SubmitCommand cmd = input.toCommand(checks, tenant, Channel.WEB, files);
        guards.limit(PublicGuards.Limit.COMPLAINT_SUBMISSION);
        ComplaintService.Submitted s = service.submit(tenant, cmd, Optional.of(key),
                new Actor("citizen:web", "", request.requestId()));
        return Response.status(201).entity(s.receipt())
                .header("Idempotent-Replayed", Boolean.toString(s.replay())).build();
    }


    @GET
    @Path("/{trackingNumber}/attachments/{position}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Unduh lampiran / Download one of the report's files (with the access code)")
    public Response attachment(@PathParam("trackingNumber") String trackingNumber,
            @PathParam("position") int position, @QueryParam("code") String code) {
        Tenant tenant = requestTenant.tenant();
        guards.limit(PublicGuards.Limit.COMPLAINT_TRACKING);
        return AttachmentDownloads.of(service.reporterAttachment(tenant, trackingNumber, code, position));
    }

    @GET
    @Path("/{trackingNumber}")
    @Operation(summary = "Lacak laporan / Track a report with its access code (a wrong code is a 404)")
    public ComplaintViews.PublicView track(@PathParam("trackingNumber") String trackingNumber, @QueryParam("code") String code) {
        Tenant tenant = requestTenant.tenant();
        guards.limit(PublicGuards.Limit.COMPLAINT_TRACKING);
        return ComplaintViews.PublicView.of(service.tracked(tenant, trackingNumber, code));
    }

    @POST
    @Path("/{trackingNumber}/clarification")
    @Operation(summary = "Jawab permintaan klarifikasi / Answer the administrator's question")
    public ComplaintViews.PublicView clarify(@PathParam("trackingNumber") String trackingNumber, Clarification body) {
        String text = ComplaintInput.text(body == null ? null : body.text(), "text", 2, 2000, "Jawaban",
                "The answer");
        return reporter(trackingNumber, body == null ? null : body.code(), a -> a.clarify(text));
    }

    @POST
    @Path("/{trackingNumber}/clarification")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Jawab klarifikasi dengan foto / Answer the administrator's question with photos",
            description = "multipart/form-data: part 'clarification' (application/json: code, text) and up to 5 parts "
                    + "'attachments' (JPEG, PNG or PDF by content, at most 5 MiB each; the case keeps at most 5 files "
                    + "in all). The case goes back to the central administrator's queue.")
    public ComplaintViews.PublicView clarifyWithPhotos(@PathParam("trackingNumber") String trackingNumber, List<EntityPart> parts) {
        Tenant tenant = requestTenant.tenant();
        ReportForm<Clarification> form = ReportForm.parse(parts, "clarification", Clarification.class);
        String text = ComplaintInput.text(form.input().text(), "text", 2, 2000, "Jawaban", "The answer");
        guards.limit(PublicGuards.Limit.COMPLAINT_TRACKING);
        return ComplaintViews.PublicView.of(service.clarifyWithFiles(tenant, trackingNumber, form.input().code(), text,
                form.attachments()));
    }

    @POST
    @Path("/{trackingNumber}/acceptance")
    @Operation(summary = "Terima jawaban dan tutup / Accept the answer; the case closes")
    public ComplaintViews.PublicView accept(@PathParam("trackingNumber") String trackingNumber, CodeOnly body) {
        return reporter(trackingNumber, body == null ? null : body.code(), ComplaintService.ReporterActions::accept);
    }

    @POST
    @Path("/{trackingNumber}/rating")
    @Operation(summary = "Beri nilai 1-5 / Rate the answer from 1 to 5")
    public ComplaintViews.PublicView rate(@PathParam("trackingNumber") String trackingNumber, Rating body) {
        int stars = body == null || body.rating() == null ? 0 : body.rating();
        return reporter(trackingNumber, body == null ? null : body.code(), a -> a.rate(stars));
    }

    @POST
    @Path("/{trackingNumber}/reopening")
    @Operation(summary = "Buka kembali / Reopen: the agencies take it up again (within the tenant's window)")
    public ComplaintViews.PublicView reopen(@PathParam("trackingNumber") String trackingNumber, Reopen body) {
        String reason = ComplaintInput.text(body == null ? null : body.reason(), "reason", 5, 2000, "Alasan",
                "The reason");
        return reporter(trackingNumber, body == null ? null : body.code(), a -> a.reopen(reason));
    }

    private ComplaintViews.PublicView reporter(String trackingNumber, String code,
            java.util.function.Consumer<ComplaintService.ReporterActions> action) {
        Tenant tenant = requestTenant.tenant();
        guards.limit(PublicGuards.Limit.COMPLAINT_TRACKING);
        return ComplaintViews.PublicView.of(service.reporterAction(tenant, trackingNumber, code, action));
    }
}
