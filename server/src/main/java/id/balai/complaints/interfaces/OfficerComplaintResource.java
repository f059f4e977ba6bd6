package id.balai.complaints.interfaces;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.CaseClock;
import id.balai.complaints.application.CaseRouting;
import id.balai.complaints.application.ComplaintQueue;
import id.balai.complaints.application.ComplaintRecords;
import id.balai.complaints.application.ComplaintService;
import id.balai.complaints.application.ModerationService;
import id.balai.complaints.domain.Attachments;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.DispatchStatus;
import id.balai.complaints.domain.HandlingStep;
import id.balai.complaints.domain.RejectionReason;
import id.balai.platform.application.Now;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.IsoDates;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.domain.Paging;
import id.balai.platform.interfaces.Caller;
import id.balai.platform.interfaces.InputChecks;
import id.balai.privacy.domain.PersonalData;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The officers' side of SPIKM: the central administrator verifies, dispatches and responds (Pasal 7c-g); agency
 * operators act for their own unit only (Pasal 7e-h); the operations coordinator, coordination team and the regent's
 * office read (Pasal 3(2), 6, 7k-n). An agency operator never sees a case that was not sent to its unit.
 */
@Path("/t/{tenant}/officer/complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints (officers)", description = "Penanganan pengaduan / Handling reports (SPIKM)")
public class OfficerComplaintResource {
    private static final int MAX_PAGE_SIZE = 100;

    @Inject
    RequestTenant requestTenant;

    @Inject
    InputChecks checks;

    @Inject
    ComplaintService service;

    @Inject
    CaseClock clock;

    @Inject
    ComplaintQueue queue;

    @Inject
    ModerationService moderation;

    @Inject
    id.balai.complaints.application.VerificationDesk desk;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken jwt;

    public record Note(@MultiLine String note) {
    }

    public record Question(@MultiLine String question) {
    }

    public record Rejection(@MultiLine String reason, @MultiLine String note) {
    }

    /**
     * @param units org unit codes; empty or absent: the category's default agency from the tenant file
     * @param note  for the agencies, in the history they see (issue 17 item 2)
     * @param dueOn the agencies' due date, ISO; absent: the regency's standard; later than it or past: 400
     */
    public record Dispatching(List<String> units, @MultiLine String note, String dueOn) {
    }

    /**
     * A correction of the report (issue 17 item 2); an absent field stays. {@code title} is the working title (blank:
     * back to the reporter's); tags are short words; priority LOW, NORMAL, HIGH or URGENT.
     */
    public record Correcting(String type, String category, String title, List<String> tags, String priority) {
    }

    public record Redispatch(String from, String to, @MultiLine String reason) {
    }

    public record Reason(@MultiLine String reason) {
    }

    public record Assignment(String assignee) {
    }

    public record AgencyNote(String step, @MultiLine String text) {
    }

    public record Answer(@MultiLine String text) {
    }

    public record Reply(@MultiLine String response) {
    }

    public record Merge(UUID into) {
    }

    public record Identity(String name, String phone, String email) {
    }

    /**
     * A public version to publish: title, text, the positions of the photos that are public as sent and of those
     * shown only as their blurred version, whether the report's point is shown (absent: shown), and why.
     */
    public record Publishing(String title, @MultiLine String text, List<Integer> publicAttachments,
            Boolean publicLocation, @MultiLine String reason, List<Integer> blurredAttachments) {
    }

    @POST
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Catat laporan langsung / Record a walk-in or phone report at the desk (channel WALK_IN)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplaintService.Receipt.class)))
    public Response walkIn(ComplaintInput input) {
        return walkIn(requestTenant.tenant(), input, List.of());
    }

    @POST
    @RolesAllowed("CENTRAL_ADMIN")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Catat laporan langsung dengan lampiran / Record a walk-in report with the citizen's files",
            description = "multipart/form-data: part 'complaint' (JSON) and up to 5 parts 'attachments' (JPEG, PNG, "
                    + "PDF; 5 MiB each)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplaintService.Receipt.class)))
    public Response walkInWithFiles(List<EntityPart> parts) {
        Tenant tenant = requestTenant.tenant();
        ReportForm<ComplaintInput> form = ReportForm.parse(parts);
        return walkIn(tenant, form.input(), form.attachments());
    }

    private Response walkIn(Tenant tenant, ComplaintInput input, List<Attachments.Upload> files) {
        if (input == null) {
            throw ComplaintErrors.invalid("BODY_REQUIRED", "Isi laporan wajib ada.", "A report body is required.",
                    null);
        }
        ComplaintService.Submitted s = service.submit(tenant, input.toCommand(checks, tenant, Channel.WALK_IN, files),
                Optional.empty(), caller.actor());
        return Response.status(201).entity(s.receipt()).build();
    }

    @GET
    @Path("/{id}/attachments/{position}")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI"})
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Unduh lampiran / Download a file of the case (agency operators: their cases only; audited)")
    public Response attachment(@PathParam("id") String id,
            @PathParam("position") int position) {
        Tenant tenant = requestTenant.tenant();
        return AttachmentDownloads.of(service.officerAttachment(tenant, uuid(id), position, agencyUnit(),
                caller.actor()));
    }

    @GET
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI"})
    @Operation(summary = "Antrean / A queue searched on the server: q (a tracking number, or words in the title and "
            + "description, Indonesian stemming), filters, sort (RECEIVED_DESC, RECEIVED_ASC, DUE_ASC); phone or "
            + "email (the reporter's, central administrator only); agency operators see their unit's cases only")
    public ComplaintViews.QueuePage list(@QueryParam("status") String status,
            @QueryParam("unit") String unit, @QueryParam("unitStatus") String unitStatus,
            @QueryParam("dueBefore") String dueBefore, @QueryParam("channel") String channel,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size, @jakarta.ws.rs.BeanParam QueueSearch search) {
        Tenant tenant = requestTenant.tenant();
        ComplaintRecords.Filter filter = filter(status, unit, unitStatus, dueBefore, channel, search);
        int p = Paging.page(page);
        int s = Paging.size(size, MAX_PAGE_SIZE);
        ComplaintRecords.Page result = queue.search(tenant, filter, identityQuery(search), caller.actor(), p, s);
        return new ComplaintViews.QueuePage(result.items().stream().map(c -> ComplaintViews.QueueItem.of(c, result)).toList(), p, s,
                result.total());
    }

    @GET
    @Path("/counts")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI"})
    @Operation(summary = "Jumlah per tab / The numbers on the queue's tabs: cases per status, the unit's parts per "
            + "dispatch status, overdue, under the same search and filters as the queue (status aside)")
    public ComplaintQueue.Counts counts(@QueryParam("unit") String unit,
            @QueryParam("channel") String channel, @jakarta.ws.rs.BeanParam QueueSearch search) {
        Tenant tenant = requestTenant.tenant();
        ComplaintRecords.Filter filter = filter(null, unit, null, null, channel, search);
        return queue.counts(tenant, filter, identityQuery(search), caller.actor(),
                Now.instant());
    }

    /** The search and filters the queue and its counts share. */
    public static class QueueSearch {
        @QueryParam("q")
        public String q;
        @QueryParam("category")
        public String category;
        @QueryParam("from")
        public String from;
        @QueryParam("to")
        public String to;
        @QueryParam("sort")
        public String sort;
        @QueryParam("phone")
        public String phone;
        @QueryParam("email")
        public String email;
    }

    private ComplaintRecords.Filter filter(String status, String unit, String unitStatus, String dueBefore,
            String channel, QueueSearch search) {
        String text = search.q == null || search.q.isBlank() ? null : search.q.strip();
        if (text != null && text.length() > 200) {
            throw ComplaintErrors.invalid("QUERY_TOO_LONG", "Kata pencarian paling banyak 200 karakter.",
                    "A search is at most 200 characters.", "q");
        }
        return new ComplaintRecords.Filter(
                status == null ? null : enumOf(ComplaintStatus.class, status, "status"), agencyUnit().orElse(unit),
                unitStatus == null ? null : enumOf(DispatchStatus.class, unitStatus, "unitStatus"),
                dueBefore == null ? null : date(dueBefore),
                channel == null ? null : enumOf(Channel.class, channel, "channel"),
                search.category == null || search.category.isBlank() ? null : search.category.strip(), text, null,
                search.from == null ? null : date(search.from), search.to == null ? null : date(search.to),
                search.sort == null ? null : enumOf(ComplaintRecords.Sort.class, search.sort, "sort"));
    }

    /**
     * The reporter's phone or e-mail to search by: the central administrator only, who may read every reporter's
     * identity (SPIKM Pasal 7c); anyone else gets 403, even with nothing to find.
     */
    private Optional<ComplaintQueue.IdentityQuery> identityQuery(QueueSearch search) {
        ComplaintQueue.IdentityQuery q = new ComplaintQueue.IdentityQuery(search.phone, search.email);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        if (!jwt.getGroups().contains("CENTRAL_ADMIN")) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "IDENTITY_SEARCH_FORBIDDEN",
                    Message.of("Pencarian menurut nomor telepon atau e-mail pelapor hanya untuk admin pusat.",
                            "Searching by the reporter's phone or e-mail is for the central administrator only."));
        }
        if (q.phone() != null && q.phone().length() > 40 || q.email() != null && q.email().length() > 254) {
            throw ComplaintErrors.invalid("QUERY_TOO_LONG", "Nomor telepon atau e-mail terlalu panjang.",
                    "The phone number or e-mail is too long.", q.phone() != null ? "phone" : "email");
        }
        return Optional.of(q);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI"})
    @Operation(summary = "Lewat tenggat / Overdue: verification or an agency's follow-up past its due date, oldest "
            + "first; agency operators see their unit's parts only")
    public ComplaintViews.QueuePage overdue(@QueryParam("unit") String unit,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Tenant tenant = requestTenant.tenant();
        int p = Paging.page(page);
        int s = Paging.size(size, MAX_PAGE_SIZE);
        ComplaintRecords.Page result = clock.overdue(tenant, Now.instant(), agencyUnit().orElse(unit), p, s);
        return new ComplaintViews.QueuePage(result.items().stream().map(c -> ComplaintViews.QueueItem.of(c, result)).toList(), p, s,
                result.total());
    }

    @POST
    @Path("/clock-runs")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"CENTRAL_ADMIN", "OPS_COORDINATOR"})
    @Operation(summary = "Jalankan jam tenggat / Run the clock now: auto-close, escalate overdue, remind due soon "
            + "(it also runs every 15 minutes)")
    public CaseClock.Run runClock() {
        return clock.runFor(requestTenant.tenant(), Now.instant());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI"})
    @Operation(summary = "Satu laporan / One case with its full history (no identity)")
    public ComplaintViews.OfficerView get(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        ComplaintService.OfficerView v = service.get(tenant, uuid(id));
        Optional<String> unit = agencyUnit();
        if (unit.isPresent() && !v.complaint().involves(unit.get())) {
            throw ComplaintErrors.notFound();
        }
        return ComplaintViews.OfficerView.of(tenant, v);
    }

    @GET
    @Path("/{id}/reporter")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR"})
    @Operation(summary = "Identitas pelapor / The reporter's identity: central admin, or the agency when not anonim; "
            + "every read is audited")
    public Identity reporter(@PathParam("id") String id,
            @QueryParam("purpose") @DefaultValue("menindaklanjuti laporan") String purpose) {
        Tenant tenant = requestTenant.tenant();
        PersonalData p = service.reporterIdentity(tenant, uuid(id), caller.actor(), agencyUnit(), purpose)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "NO_REPORTER_CONTACT",
                        Message.of("Pelapor tidak meninggalkan kontak.", "The reporter left no contact.")));
        if (p.isErased()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "IDENTITY_ERASED",
                    Message.of("Identitas pelapor sudah dihapus sesuai masa simpan data.",
                            "The reporter's identity was erased at the end of its retention period."));
        }
        return new Identity(p.name(), p.phone(), p.email());
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Verifikasi / Verify (SPIKM Pasal 7c)")
    public ComplaintViews.OfficerView verify(@PathParam("id") String id, Note b) {
        return act(id, "VERIFIED", (c, now, clocks) -> c.verify(caller.actor().id(), b == null ? null
                : b.note(), now));
    }

    @POST
    @Path("/{id}/clarification-request")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Minta klarifikasi / Ask the reporter a question")
    public ComplaintViews.OfficerView askClarification(@PathParam("id") String id,
            Question b) {
        String q = ComplaintInput.text(b == null ? null : b.question(), "question", 5, 2000, "Pertanyaan",
                "The question");
        return act(id, "CLARIFICATION_REQUESTED", (c, now, clocks) -> c.requestClarification(
                caller.actor().id(), q, now));
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Tolak / Reject: SPAM, NOT_REGENCY_MATTER or DUPLICATE, with a note")
    public ComplaintViews.OfficerView reject(@PathParam("id") String id,
            Rejection b) {
        RejectionReason reason = enumOf(RejectionReason.class, b == null ? null : b.reason(), "reason");
        return act(id, "REJECTED", (c, now, clocks) -> c.reject(caller.actor().id(), reason, b.note(), now));
    }

    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Teruskan ke SKPD / Dispatch to agencies (default: the category's agency; SPIKM Pasal 7c, 8)")
    public ComplaintViews.OfficerView dispatch(@PathParam("id") String id,
            Dispatching b) {
        Tenant tenant = requestTenant.tenant();
        return act(id, "DISPATCHED", (c, now, clocks) -> {
            List<String> units = CaseRouting.dispatchUnits(tenant, c, b == null ? null : b.units());
            String note = b == null || b.note() == null || b.note().isBlank() ? null
                    : ComplaintInput.text(b.note(), "note", 3, 2000, "Catatan untuk SKPD", "The note for the agency");
            java.time.LocalDate dueOn = b == null || b.dueOn() == null || b.dueOn().isBlank() ? null
                    : IsoDates.parse(b.dueOn(), "dueOn");
            c.dispatch(caller.actor().id(), units, note, dueOn, now, clocks);
        });
    }

    @POST
    @Path("/{id}/correction")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Koreksi laporan / Correct type, category, working title, tags and priority (the reporter's "
            + "own title is kept; each change is logged with before and after)")
    public ComplaintViews.OfficerView correct(@PathParam("id") String id,
            Correcting b) {
        Tenant tenant = requestTenant.tenant();
        if (b == null) {
            throw ComplaintErrors.invalid("BODY_REQUIRED", "Isi permintaan wajib ada.", "A body is required.", null);
        }
        Complaint.Correction correction = new Complaint.Correction(
                b.type() == null ? null : enumOf(id.balai.complaints.domain.ReportType.class, b.type(), "type"),
                b.category() == null ? null : CaseRouting.requireCategory(tenant, b.category()),
                b.title() == null || b.title().isBlank() ? b.title()
                        : ComplaintInput.text(b.title(), "title", 5, 200, "Judul", "The title"),
                b.tags() == null ? null : b.tags().stream().map(OfficerComplaintResource::tag).toList(),
                b.priority() == null ? null : enumOf(id.balai.complaints.domain.Priority.class, b.priority(),
                        "priority"));
        return act(id, "CORRECTED", (c, now, clocks) -> c.correct(caller.actor().id(), correction,
                code -> CaseRouting.categoryName(tenant, code), now));
    }

    @GET
    @Path("/{id}/duplicates")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Kemungkinan duplikat / Likely duplicates: open reports of the 30 days around it with similar "
            + "text (and a point within 500 m), each with a score and why; merge with /merge")
    public List<ComplaintViews.DuplicateView> duplicates(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        return desk.duplicates(tenant, uuid(id)).stream().map(ComplaintViews.DuplicateView::of).toList();
    }

    @POST
    @Path("/{id}/redispatch")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Alihkan / Move an agency's part to another agency, with the reason")
    public ComplaintViews.OfficerView redispatch(@PathParam("id") String id,
            Redispatch b) {
        Tenant tenant = requestTenant.tenant();
        if (b == null) {
            throw ComplaintErrors.invalid("BODY_REQUIRED", "Isi permintaan wajib ada.", "A body is required.", null);
        }
        CaseRouting.requireUnit(tenant, b.to(), "to");
        String reason = ComplaintInput.text(b.reason(), "reason", 3, 1000, "Alasan", "The reason");
        return act(id, "REDISPATCHED", (c, now, clocks) -> c.redispatch(caller.actor().id(), b.from(), b.to(),
                reason, now, clocks));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed("AGENCY_OPERATOR")
    @Operation(summary = "Bukan kewenangan kami / Return as not this agency's remit, with the reason")
    public ComplaintViews.OfficerView giveBack(@PathParam("id") String id,
            Reason b) {
        String unit = requireAgencyUnit();
        String reason = ComplaintInput.text(b == null ? null : b.reason(), "reason", 3, 1000, "Alasan", "The reason");
        return act(id, "RETURNED", (c, now, clocks) -> c.returnAsNotOurRemit(caller.actor().id(), unit, reason,
                now));
    }

    @POST
    @Path("/{id}/receipt")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("AGENCY_OPERATOR")
    @Operation(summary = "Terima di SKPD / The agency receives and verifies it (SPIKM Pasal 7e)")
    public ComplaintViews.OfficerView receive(@PathParam("id") String id) {
        String unit = requireAgencyUnit();
        return act(id, "AGENCY_RECEIVED", (c, now, clocks) -> c.receiveAtAgency(caller.actor().id(), unit,
                now));
    }

    @POST
    @Path("/{id}/distribution")
    @RolesAllowed("AGENCY_OPERATOR")
    @Operation(summary = "Distribusikan / Hand it to the responsible people in the agency (SPIKM Pasal 7f)")
    public ComplaintViews.OfficerView distribute(@PathParam("id") String id,
            Assignment b) {
        String unit = requireAgencyUnit();
        String assignee = ComplaintInput.text(b == null ? null : b.assignee(), "assignee", 2, 160, "Penanggung jawab",
                "The assignee");
        return act(id, "DISTRIBUTED", (c, now, clocks) -> c.distribute(caller.actor().id(), unit, assignee,
                now));
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed("AGENCY_OPERATOR")
    @Operation(summary = "Catatan / A working note: CONFIRMATION, CLARIFICATION, RESEARCH or EXAMINATION")
    public ComplaintViews.OfficerView note(@PathParam("id") String id,
            AgencyNote b) {
        String unit = requireAgencyUnit();
        HandlingStep step = enumOf(HandlingStep.class, b == null ? null : b.step(), "step");
        String text = ComplaintInput.text(b.text(), "text", 2, 5000, "Catatan", "The note");
        return act(id, "NOTE", (c, now, clocks) -> c.note(caller.actor().id(), unit, step, text, now));
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed("AGENCY_OPERATOR")
    @Operation(summary = "Jawaban SKPD / The agency's answer, to the central administrator (SPIKM Pasal 7g)")
    public ComplaintViews.OfficerView answer(@PathParam("id") String id, Answer b) {
        String unit = requireAgencyUnit();
        String text = ComplaintInput.text(b == null ? null : b.text(), "text", 5, 5000, "Jawaban", "The answer");
        return act(id, "AGENCY_ANSWERED", (c, now, clocks) -> c.answerFromAgency(caller.actor().id(), unit,
                text, now));
    }

    @POST
    @Path("/{id}/response")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Kirim jawaban ke pelapor / Send the reviewed answer to the reporter (SPIKM Pasal 5c)")
    public ComplaintViews.OfficerView respond(@PathParam("id") String id,
            Reply b) {
        String text = ComplaintInput.text(b == null ? null : b.response(), "response", 5, 5000, "Jawaban",
                "The response");
        return act(id, "RESPONDED", (c, now, clocks) -> c.respond(caller.actor().id(), text, now, clocks));
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Arsipkan / Archive a closed or rejected case (pengarsipan)")
    public ComplaintViews.OfficerView archive(@PathParam("id") String id) {
        return act(id, "ARCHIVED", (c, now, clocks) -> c.archive(caller.actor().id(), now));
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Gabungkan / Merge this duplicate into another case; its reporter gets that case's answer")
    public ComplaintViews.OfficerView merge(@PathParam("id") String id, Merge b) {
        Tenant tenant = requestTenant.tenant();
        if (b == null || b.into() == null) {
            throw ComplaintErrors.invalid("FIELD_REQUIRED", "Pilih laporan tujuan.", "Choose the target report.",
                    "into");
        }
        return ComplaintViews.OfficerView.of(tenant, service.merge(tenant, uuid(id), b.into(), caller.actor()));
    }

    @GET
    @Path("/{id}/publication")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Publikasi / The publish form: proposed public title and text, pre-masked, with what was "
            + "found; the public version and the moderation log (reads the reporter's name and phone, audited)")
    public PublicationViews.PublicationView publication(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        return PublicationViews.PublicationView.of(moderation.draft(tenant, uuid(id), caller.actor()));
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Publikasikan atau perbarui / Publish or update the public version (a reason is required; "
            + "rahasia, declined, rejected and merged reports: 409 NOT_PUBLISHABLE)")
    public PublicationViews.PublicationView publish(@PathParam("id") String id,
            Publishing b) {
        Tenant tenant = requestTenant.tenant();
        if (b == null) {
            throw ComplaintErrors.invalid("BODY_REQUIRED", "Isi permintaan wajib ada.", "A body is required.", null);
        }
        String title = ComplaintInput.text(b.title(), "title", 5, 200, "Judul publik", "The public title");
        String text = ComplaintInput.text(b.text(), "text", 10, 5000, "Uraian publik", "The public text");
        String reason = ComplaintInput.text(b.reason(), "reason", 3, 1000, "Alasan", "The reason");
        java.util.SortedSet<Integer> photos = new java.util.TreeSet<>(b.publicAttachments() == null ? List.of()
                : b.publicAttachments());
        java.util.SortedSet<Integer> blurred = new java.util.TreeSet<>(b.blurredAttachments() == null ? List.of()
                : b.blurredAttachments());
        return PublicationViews.PublicationView.of(moderation.publish(tenant, uuid(id),
                new ModerationService.PublishCommand(title, text, photos, !Boolean.FALSE.equals(b.publicLocation()),
                        reason, blurred), caller.actor()));
    }

    @PUT
    @Path("/{id}/publication/photos/{position}")
    @RolesAllowed("CENTRAL_ADMIN")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Simpan versi foto yang disamarkan / Store a photo's blurred version, which the public "
            + "photo address then serves instead of the original",
            description = "multipart/form-data: part 'photo' (JPEG or PNG, 5 MiB at most, checked like an attachment; "
                    + "its metadata is removed) and part 'reason'. The same picture again changes nothing.")
    public PublicationViews.PublicationView blurPhoto(@PathParam("id") String id,
            @PathParam("position") int position, List<EntityPart> parts) {
        Tenant tenant = requestTenant.tenant();
        UUID complaintId = uuid(id);
        BlurredPhotoForm form = BlurredPhotoForm.parse(parts);
        return PublicationViews.PublicationView.of(moderation.blurPhoto(tenant, complaintId, position, form.photo(),
                form.reason(), caller.actor()));
    }

    /**
     * A blurred version sent as anything but a form: 415, after the tenant and role checks. Without this method the
     * REST runtime would answer 415 before them (the path also has a GET), so another regency's token would learn
     * nothing wrong from it but would not get the 404 every other endpoint gives it.
     */
    @PUT
    @Path("/{id}/publication/photos/{position}")
    @RolesAllowed("CENTRAL_ADMIN")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response blurPhotoNotAForm() {
        requestTenant.tenant();
        throw new NotSupportedException();
    }

    @GET
    @Path("/{id}/publication/photos/{position}")
    @RolesAllowed("CENTRAL_ADMIN")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "Versi foto yang disamarkan / A photo's blurred version, as the public gets it")
    public Response blurredPhoto(@PathParam("id") String id,
            @PathParam("position") int position) {
        Tenant tenant = requestTenant.tenant();
        ModerationService.PublicPhoto photo = moderation.blurredPhoto(tenant, uuid(id), position);
        return Response.ok(photo.content(), photo.type().mediaType()).header("Content-Disposition", "inline")
                .build();
    }

    @POST
    @Path("/{id}/publication/photos/{position}/withdrawal")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Hapus versi foto yang disamarkan / Remove a photo's blurred version, with the reason (409 "
            + "BLURRED_PHOTO_IN_USE while the published version shows the photo blurred)")
    public PublicationViews.PublicationView removeBlurredPhoto(@PathParam("id") String id, @PathParam("position") int position, Reason b) {
        Tenant tenant = requestTenant.tenant();
        String reason = ComplaintInput.text(b == null ? null : b.reason(), "reason", 3, 1000, "Alasan", "The reason");
        return PublicationViews.PublicationView.of(moderation.removeBlurredPhoto(tenant, uuid(id), position, reason,
                caller.actor()));
    }

    @POST
    @Path("/{id}/publication/withdrawal")
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Tarik dari publik / Unpublish, with the reason")
    public PublicationViews.PublicationView unpublish(@PathParam("id") String id,
            Reason b) {
        Tenant tenant = requestTenant.tenant();
        String reason = ComplaintInput.text(b == null ? null : b.reason(), "reason", 3, 1000, "Alasan", "The reason");
        return PublicationViews.PublicationView.of(moderation.unpublish(tenant, uuid(id), reason, caller.actor()));
    }

    private ComplaintViews.OfficerView act(String id, String action, ComplaintService.Step step) {
        Tenant tenant = requestTenant.tenant();
        UUID complaintId = uuid(id);
        ComplaintService.OfficerView v = service.act(tenant, complaintId, action, caller.actor(), agencyUnit(), step);
        return ComplaintViews.OfficerView.of(tenant, v);
    }

    /** The unit an agency operator works for; empty for other roles. */
    private Optional<String> agencyUnit() {
        if (jwt.getGroups().contains("AGENCY_OPERATOR") && !jwt.getGroups().contains("CENTRAL_ADMIN")) {
            return Optional.ofNullable((String) jwt.getClaim("orgUnit")).or(() -> Optional.of("-"));
        }
        return Optional.empty();
    }

    private String requireAgencyUnit() {
        String unit = jwt.getClaim("orgUnit");
        if (unit == null) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "NO_ORG_UNIT",
                    Message.of("Akun Anda tidak terikat pada unit.", "Your account is not bound to a unit."));
        }
        return unit;
    }

    /** A tag: a short word or two, without commas (tags are stored as a list). */
    private static String tag(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > 40 || v.contains(",") || v.chars().anyMatch(Character::isISOControl)) {
            throw ComplaintErrors.invalid("INVALID_TAG", "Tag 1 sampai 40 karakter, tanpa koma.",
                    "A tag is 1 to 40 characters, without commas.", "tags");
        }
        return v;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw ComplaintErrors.invalid("INVALID_VALUE", "Nilai tidak dikenal untuk " + field + ".",
                    "Unknown value for " + field + ".", field);
        }
    }

    private static java.time.LocalDate date(String value) {
        return IsoDates.parse(value, "dueBefore");
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ComplaintErrors.notFound();
        }
    }
}
