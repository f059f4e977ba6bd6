package id.balai.information.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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

import id.balai.information.application.InformationClock;
import id.balai.information.application.InformationQueue;
import id.balai.information.application.InformationRequestService;
import id.balai.information.application.ObjectionService;
import id.balai.information.application.RequestFiles;
import id.balai.information.application.RequestRecords;
import id.balai.information.domain.ExemptionGround;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.NoticeDecision;
import id.balai.information.domain.ObjectionGround;
import id.balai.information.domain.ObtainMethod;
import id.balai.information.domain.RequestChannel;
import id.balai.information.domain.RequestStatus;
import id.balai.information.domain.WrittenNotice;
import id.balai.platform.application.Now;
import id.balai.platform.domain.DomainException;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The officers' side of requests (Perbup Luwu Timur Pasal 9-11, 20-22): the PPID Utama records requests from the
 * desk, by letter, phone or e-mail, confirms e-mailed ones, routes them to a PPID Pembantu, extends once and issues
 * the written notice with the released documents; a PPID Pembantu does the same for requests routed to its unit
 * only (any other is a 404). Every step is audited.
 */
@Path("/t/{tenant}/officer/information-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Information requests (officers)", description = "Pelayanan permohonan informasi / Handling requests (PPID)")
public class OfficerInformationRequestResource {
    private static final int MAX_PAGE_SIZE = 100;
    static final String[] READERS = {"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID", "DISPUTE_FACILITATION", "BUPATI"};

    @Inject
    RequestTenant requestTenant;

    @Inject
    InputChecks checks;

    @Inject
    InformationRequestService service;

    @Inject
    ObjectionService objections;

    @Inject
    InformationClock clock;

    @Inject
    Caller caller;

    @Inject
    InformationQueue queue;

    @Inject
    JsonWebToken jwt;

    public record Confirmation(String via) {
    }

    public record Routing(String unit, @MultiLine String note) {
    }

    public record Extension(@MultiLine String reason) {
    }

    public record RedactionInput(String part, @MultiLine String reason) {
    }

    public record NoticeInput(Boolean held, String heldBy, String decision, String exemptionGround,
            @MultiLine String exemptionReason, @MultiLine String informationGiven, List<RedactionInput> redactions, String medium,
            String format, BigDecimal cost, String paymentMethod) {
    }

    public record DocumentInput(String fileName, String contentBase64) {
    }

    public record ObjectionInput(String ground, String groundAroseOn, @MultiLine String reasons) {
    }

    @POST
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Catat permohonan / Record a walk-in, oral, letter or e-mail request (Perbup Pasal 22(1))",
            description = "channel: WALK_IN, ORAL, LETTER or EMAIL; an EMAIL request waits for the same-day "
                    + "confirmation (Pasal 22(9)).")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformationRequestService.Receipt.class)))
    public Response enter(InformationRequestInput input) {
        Tenant tenant = requestTenant.tenant();
        if (input == null) {
            throw InformationErrors.required(null, "Isi permohonan", "A request body");
        }
        RequestChannel channel = Inputs.enumOf(RequestChannel.class, input.channel(), "channel");
        if (channel == RequestChannel.WEB) {
            throw InformationErrors.invalid("INVALID_CHANNEL", "Permohonan lewat situs dikirim oleh pemohon sendiri.",
                    "Web requests are sent by the requester.", "channel");
        }
        InformationRequestService.Submitted s = service.submit(tenant, input.toCommand(checks, channel), Optional.empty(),
                caller.actor());
        return Response.status(201).entity(s.receipt()).build();
    }

    @GET
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Antrean permohonan / Requests searched on the server: q (a registration number, or words of "
            + "the information wanted, Indonesian stemming), status, channel, from/to, sort (RECEIVED_DESC or "
            + "DUE_ASC); phone or email (the requester's, PPID officers only); a PPID Pembantu sees its unit's only")
    public InformationViews.QueuePage list(@QueryParam("status") String status,
            @QueryParam("unit") String unit, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size, @jakarta.ws.rs.BeanParam QueueSearch search) {
        Tenant tenant = requestTenant.tenant();
        int p = Paging.page(page);
        int s = Paging.size(size, MAX_PAGE_SIZE);
        RequestRecords.Page result = queue.search(tenant,
                filter(Inputs.optionalEnum(RequestStatus.class, status, "status"), unit, search),
                identityQuery(search), caller.actor(), p, s);
        return page(result, p, s);
    }

    @GET
    @Path("/counts")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Jumlah per tab / Requests per status under the same search and filters as the queue")
    public InformationQueue.Counts counts(@QueryParam("unit") String unit,
            @jakarta.ws.rs.BeanParam QueueSearch search) {
        Tenant tenant = requestTenant.tenant();
        return queue.counts(tenant, filter(null, unit, search), identityQuery(search), caller.actor());
    }

    /** The search and filters the queue and its counts share. */
    public static class QueueSearch {
        @QueryParam("q")
        public String q;
        @QueryParam("channel")
        public String channel;
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

    private RequestRecords.Filter filter(RequestStatus status, String unit, QueueSearch search) {
        String text = search.q == null || search.q.isBlank() ? null : search.q.strip();
        if (text != null && text.length() > 200) {
            throw new DomainException(DomainException.Kind.INVALID, "QUERY_TOO_LONG",
                    Message.of("Kata pencarian paling banyak 200 karakter.", "A search is at most 200 characters."),
                    "q");
        }
        boolean dueFirst = "DUE_ASC".equals(search.sort);
        if (search.sort != null && !dueFirst && !"RECEIVED_DESC".equals(search.sort)) {
            throw new DomainException(DomainException.Kind.INVALID, "INVALID_VALUE",
                    Message.of("Urutan tidak dikenal (RECEIVED_DESC atau DUE_ASC).",
                            "Unknown sort (RECEIVED_DESC or DUE_ASC)."), "sort");
        }
        return new RequestRecords.Filter(status, unitScope().orElse(unit),
                Inputs.optionalEnum(RequestChannel.class, search.channel, "channel"), text, null,
                Inputs.optionalDate(search.from, "from"), Inputs.optionalDate(search.to, "to"), dueFirst);
    }

    /**
     * The requester's phone or e-mail to search by: the PPID officers who may read a requester's identity (PPID
     * Utama, a PPID Pembantu within its unit); anyone else gets 403.
     */
    private Optional<InformationQueue.IdentityQuery> identityQuery(QueueSearch search) {
        InformationQueue.IdentityQuery q = new InformationQueue.IdentityQuery(search.phone, search.email);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        if (!jwt.getGroups().contains("PPID_MAIN") && !jwt.getGroups().contains("PPID_ASSISTANT")) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "IDENTITY_SEARCH_FORBIDDEN",
                    Message.of("Pencarian menurut nomor telepon atau e-mail pemohon hanya untuk PPID.",
                            "Searching by the requester's phone or e-mail is for PPID officers only."));
        }
        if (q.phone() != null && q.phone().length() > 40 || q.email() != null && q.email().length() > 254) {
            throw new DomainException(DomainException.Kind.INVALID, "QUERY_TOO_LONG",
                    Message.of("Nomor telepon atau e-mail terlalu panjang.", "The phone number or e-mail is too long."),
                    q.phone() != null ? "phone" : "email");
        }
        return Optional.of(q);
    }

    @GET
    @Path("/due-soon")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Segera jatuh tempo / Open requests whose notice is due within 2 working days")
    public InformationViews.QueuePage dueSoon(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return due(false, page, size);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Lewat tenggat / Open requests past their notice date (Perbup Pasal 22(4), (6))")
    public InformationViews.QueuePage overdue(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return due(true, page, size);
    }

    @POST
    @Path("/clock-runs")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Jalankan jam tenggat / Run the PPID clock now: lapse unconfirmed e-mail requests, escalate "
            + "overdue ones, remind, flag unanswered objections, send e-mails (it also runs every 5 minutes)")
    public InformationClock.Run runClock() {
        return clock.runFor(requestTenant.tenant(), Now.instant());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Satu permohonan / One request with its history (no identity)")
    public InformationViews.OfficerView get(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        return InformationViews.OfficerView.of(service.get(tenant, Inputs.uuid(id, "information_request"),
                unitScope()), service.clocks(tenant));
    }

    @GET
    @Path("/{id}/requester")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Identitas pemohon / The requester's identity (audited; give a purpose)")
    public PersonalData requester(@PathParam("id") String id,
            @QueryParam("purpose") String purpose) {
        Tenant tenant = requestTenant.tenant();
        String why = Inputs.text(purpose, "purpose", 5, 200, "Tujuan membuka identitas", "The purpose");
        return service.requesterIdentity(tenant, Inputs.uuid(id, "information_request"), caller.actor(), unitScope(),
                why);
    }

    @GET
    @Path("/{id}/letters/{kind}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Surat / A request's signed letter: notice (pemberitahuan tertulis) or extension "
            + "(perpanjangan); 404 while its act has not happened")
    public Response letter(@PathParam("id") String id,
            @PathParam("kind") String kind) {
        Tenant tenant = requestTenant.tenant();
        UUID request = Inputs.uuid(id, "information_request");
        return Response.ok(service.officerLetter(tenant, request, unitScope(), kind), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + (kind.equals("notice") ? "pemberitahuan-"
                        : "perpanjangan-") + request + ".pdf\"").build();
    }

    @GET
    @Path("/{id}/id-copy")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Salinan KTP / The ID copy of a full-copy request (Pasal 22(8); audited)")
    public Response idCopy(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        RequestFiles.FileContent f = service.idCopy(tenant, Inputs.uuid(id, "information_request"),
                caller.actor(), unitScope());
        return Response.ok(f.content(), f.info().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + f.info().fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Konfirmasi permohonan e-mail / The requester confirmed an e-mailed request the same day by "
            + "PHONE, SMS, LETTER or FAX (Perbup Pasal 22(9))")
    public InformationViews.OfficerView confirm(@PathParam("id") String id,
            Confirmation body) {
        String via = Inputs.enumOf(ConfirmationVia.class, body == null ? null : body.via(), "via").name();
        return act(id, "CONFIRMED", (r, now, c) -> r.confirm(via, now, c, caller.actor().id()));
    }

    @POST
    @Path("/{id}/routing")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Teruskan ke PPID Pembantu / Route to the PPID Pembantu holding the information")
    public InformationViews.OfficerView route(@PathParam("id") String id,
            Routing body) {
        Tenant tenant = requestTenant.tenant();
        if (body == null) {
            throw InformationErrors.required("unit", "Unit PPID Pembantu", "The PPID Pembantu unit");
        }
        return InformationViews.OfficerView.of(service.route(tenant, Inputs.uuid(id, "information_request"),
                body.unit(), Inputs.optionalText(body.note(), "note", 1000), caller.actor()), service.clocks(tenant));
    }

    @POST
    @Path("/{id}/extension")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Perpanjang tenggat / Extend the notice deadline once by 7 working days, with a written "
            + "reason, before it passes (Perbup Pasal 22(6))")
    public InformationViews.OfficerView extend(@PathParam("id") String id,
            Extension body) {
        String reason = body == null ? null : body.reason();
        return act(id, "EXTENDED", (r, now, c) -> r.extend(reason, now, c, caller.actor().id()));
    }

    @POST
    @Path("/{id}/notice")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Terbitkan pemberitahuan tertulis / Issue the written notice (Perbup Pasal 22(4)-(5))",
            description = "A notice missing a required element is a 422 NOTICE_ELEMENT_MISSING naming notice.<field>: "
                    + "held; heldBy when not held; decision GRANTED_FULL / GRANTED_PART / REFUSED; exemptionGround "
                    + "(A_LAW_ENFORCEMENT ... J_BY_LAW, UU KIP Ps 17) and exemptionReason unless granted in full; "
                    + "informationGiven, redactions (part + reason) for a partial grant, medium, format, cost and "
                    + "paymentMethod (when cost > 0) unless refused.")
    public InformationViews.OfficerView notice(@PathParam("id") String id,
            NoticeInput body) {
        if (body == null) {
            throw InformationErrors.required(null, "Isi pemberitahuan", "A notice body");
        }
        // The elements are checked by the request itself (after it is found), so that an unknown id is a 404 first.
        WrittenNotice n = new WrittenNotice(body.held(), body.heldBy(),
                Inputs.optionalEnum(NoticeDecision.class, body.decision(), "notice.decision"),
                Inputs.optionalEnum(ExemptionGround.class, body.exemptionGround(), "notice.exemptionGround"),
                Inputs.optionalText(body.exemptionReason(), "notice.exemptionReason", 4000),
                Inputs.optionalText(body.informationGiven(), "notice.informationGiven", 4000),
                body.redactions() == null ? List.of() : body.redactions().stream()
                        .map(r -> r == null ? null : new WrittenNotice.Redaction(r.part(), r.reason())).toList(),
                Inputs.optionalEnum(ObtainMethod.class, body.medium(), "notice.medium"),
                Inputs.optionalText(body.format(), "notice.format", 100), body.cost(),
                Inputs.optionalText(body.paymentMethod(), "notice.paymentMethod", 500));
        return act(id, "NOTICE_ISSUED", (r, now, c) -> r.issueNotice(n, now, c, caller.actor().id()));
    }

    @POST
    @Path("/{id}/documents")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Lampirkan dokumen yang diberikan / Attach a released document (PDF, JPEG, PNG, office "
            + "formats; up to 10 MiB; checked by content) as JSON {fileName, contentBase64}")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformationViews.FileView.class)))
    public Response release(@PathParam("id") String id, DocumentInput body) {
        Tenant tenant = requestTenant.tenant();
        if (body == null) {
            throw InformationErrors.required("file", "Berkas", "The file");
        }
        RequestFiles.FileInfo f = service.release(tenant, Inputs.uuid(id, "information_request"),
                new InformationRequestService.Upload(body.fileName(), Inputs.base64(body.contentBase64(), "file")),
                caller.actor(), unitScope());
        return Response.status(201).entity(InformationViews.FileView.of(f)).build();
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Lampirkan dokumen (multipart, bagian 'file') / Attach a released document as a file part")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformationViews.FileView.class)))
    public Response releaseMultipart(@PathParam("id") String id,
            List<EntityPart> parts) {
        Tenant tenant = requestTenant.tenant();
        EntityPart part = (parts == null ? List.<EntityPart>of() : parts).stream()
                .filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> InformationErrors.required("file", "Berkas", "The file"));
        byte[] content;
        try (InputStream in = part.getContent()) {
            content = in.readNBytes(InformationRequestService.MAX_RELEASED_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RequestFiles.FileInfo f = service.release(tenant, Inputs.uuid(id, "information_request"),
                new InformationRequestService.Upload(part.getFileName().orElse("dokumen"), content), caller.actor(),
                unitScope());
        return Response.status(201).entity(InformationViews.FileView.of(f)).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{id}/objections")
    @RolesAllowed({"PPID_MAIN", "ATASAN_PPID"})
    @Operation(summary = "Catat keberatan / Record an objection handed in on paper (Perbup Pasal 24-25)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformationViews.ObjectionView.class)))
    public Response object(@PathParam("id") String id, ObjectionInput body) {
        Tenant tenant = requestTenant.tenant();
        if (body == null) {
            throw InformationErrors.required("ground", "Alasan keberatan", "The ground");
        }
        ObjectionGround ground = Inputs.enumOf(ObjectionGround.class, body.ground(), "ground");
        String reasons = Inputs.text(body.reasons(), "reasons", 5, 4000, "Alasan keberatan", "The reasons");
        ObjectionService.ObjectionView v = objections.fileByOfficer(tenant, Inputs.uuid(id, "information_request"),
                ground, Inputs.optionalDate(body.groundAroseOn(), "groundAroseOn"), reasons, caller.actor());
        return Response.status(201).entity(InformationViews.ObjectionView.of(v, service.clocks(tenant))).build();
    }

    /** How an e-mailed request may be confirmed (Perbup Pasal 22(9)). */
    enum ConfirmationVia {
        PHONE, SMS, LETTER, FAX
    }

    private InformationViews.OfficerView act(String id, String action,
            InformationRequestService.Step step) {
        Tenant tenant = requestTenant.tenant();
        UUID uuid = Inputs.uuid(id, "information_request");
        return InformationViews.OfficerView.of(service.act(tenant, uuid, action, caller.actor(), unitScope(), step),
                service.clocks(tenant));
    }

    private InformationViews.QueuePage due(boolean overdue, int page, int size) {
        Tenant tenant = requestTenant.tenant();
        int p = Paging.page(page);
        int s = Paging.size(size, MAX_PAGE_SIZE);
        return page(service.due(tenant, overdue, unitScope(), p, s), p, s);
    }

    private static InformationViews.QueuePage page(RequestRecords.Page r, int p, int s) {
        return new InformationViews.QueuePage(r.items().stream().map(InformationViews.QueueItem::of).toList(), p, s,
                r.total());
    }

    /** A PPID Pembantu (without a wider role) sees and acts on its own unit's requests only. */
    private Optional<String> unitScope() {
        java.util.Set<String> g = jwt.getGroups();
        if (g.contains("PPID_ASSISTANT") && !g.contains("PPID_MAIN") && !g.contains("ATASAN_PPID")
                && !g.contains("DISPUTE_FACILITATION") && !g.contains("BUPATI")) {
            return Optional.ofNullable((String) jwt.getClaim("orgUnit")).or(() -> Optional.of("-"));
        }
        return Optional.empty();
    }
}
