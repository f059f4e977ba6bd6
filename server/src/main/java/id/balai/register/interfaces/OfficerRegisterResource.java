package id.balai.register.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.platform.domain.DocumentType;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.domain.Paging;
import id.balai.platform.interfaces.Caller;
import id.balai.register.application.RegisterEntries;
import id.balai.register.application.RegisterService;
import id.balai.register.domain.ConsequenceTest;
import id.balai.register.domain.DocumentationAssignment;
import id.balai.register.domain.DocumentationStage;
import id.balai.register.domain.ExemptionGround;
import id.balai.register.domain.InformationClass;
import id.balai.register.domain.RegisterEntry;
import id.balai.register.domain.RegisterErrors;
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
 * The PPID's side of the register (Perbup Pasal 6, 11b, 16, 17): describing, verifying, authenticating, codifying
 * and publishing entries, their documents, the consequence tests, the berkala clock and the PPID Pembantu's
 * deliveries. The PPID Utama (PPID_MAIN) acts on every entry; a PPID Pembantu (PPID_ASSISTANT) only on its own
 * unit's; the consequence-test team (CONSEQUENCE_TEST_TEAM) reads entries and records proposals.
 */
@Path("/t/{tenant}/officer/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Register (officers)", description = "Pengelolaan DIP dan uji konsekuensi / Register and consequence tests")
public class OfficerRegisterResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    RegisterService service;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken jwt;

    /** A new entry: the Pasal 17(1) columns, the class and the owning PPID. */
    public record NewEntry(String title, @MultiLine String summary, String holdingOfficial, String holdingUnit,
            String personResponsible, String madeOn, String madePlace, List<String> forms, String retentionPeriod,
            String infoClass, String ownerPpid, String lastUpdatedOn) {
    }

    public record Codification(String code) {
    }

    public record Update(String updatedOn) {
    }

    public record FrontPage(Boolean on) {
    }

    public record Proposal(String ground, @MultiLine String harmTest, @MultiLine String political, @MultiLine String economic, @MultiLine String socioCultural,
            @MultiLine String defenceSecurity, String meetingOn, List<String> members) {
    }

    /** @param decision EXEMPT or NOT_EXEMPT */
    public record Decision(String decision, String decreeNumber, String exemptUntil, @MultiLine String note) {
    }

    public record Review(@MultiLine String publicInterest, Boolean open) {
    }

    public record Delivery(String unit, String deliveredOn, Integer entries, @MultiLine String note) {
    }

    @POST
    @Path("/entries")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Deskripsikan / Describe a new entry (Pasal 16(3)a, 17(1))")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterViews.OfficerEntryView.class)))
    public Response describe(NewEntry b) {
        Tenant tenant = requestTenant.tenant();
        if (b == null) {
            throw RegisterErrors.invalid("BODY_REQUIRED", "Isi permintaan wajib ada.", "A body is required.", null);
        }
        String title = RegisterInput.text(b.title(), "title", 5, 300, "Judul", "The title");
        String summary = RegisterInput.text(b.summary(), "summary", 10, 5000, "Ringkasan isi", "The summary");
        String holdingUnit = RegisterInput.unit(tenant, b.holdingUnit(), "holdingUnit").code();
        InformationClass c = RegisterInput.enumOf(InformationClass.class, b.infoClass(), "infoClass");
        Optional<String> own = ppidUnit();
        String owner = b.ownerPpid() == null && own.isPresent() ? own.get()
                : RegisterInput.ppid(tenant, b.ownerPpid(), "ownerPpid");
        if (own.isPresent() && !own.get().equals(owner)) {
            throw notYourUnit("ownerPpid");
        }
        RegisterEntry.Description d = new RegisterEntry.Description(title, summary,
                RegisterInput.optionalText(b.holdingOfficial(), "holdingOfficial", 200, "Pejabat", "The official"),
                holdingUnit,
                RegisterInput.text(b.personResponsible(), "personResponsible", 3, 200, "Penanggung jawab",
                        "The person responsible"),
                RegisterInput.date(b.madeOn(), "madeOn", true),
                RegisterInput.text(b.madePlace(), "madePlace", 2, 200, "Tempat pembuatan", "The place made"),
                RegisterInput.forms(b.forms()),
                RegisterInput.text(b.retentionPeriod(), "retentionPeriod", 2, 100, "Jangka waktu penyimpanan",
                        "The retention period"));
        RegisterService.OfficerEntry e = service.describe(tenant, d, c, owner,
                RegisterInput.date(b.lastUpdatedOn(), "lastUpdatedOn", false), caller.actor());
        return Response.status(201).entity(RegisterViews.OfficerEntryView.of(e, RegisterService.today(tenant)))
                .build();
    }

    @GET
    @Path("/entries")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "CONSEQUENCE_TEST_TEAM", "ATASAN_PPID"})
    @Operation(summary = "Daftar kerja / All entries, published or not; q: a number as written, or words of the title "
            + "and summary (Indonesian stemming); a PPID Pembantu sees its own unit's")
    public RegisterViews.EntryPage list(@QueryParam("class") String infoClass,
            @QueryParam("unit") String unit, @QueryParam("stage") String stage, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Tenant tenant = requestTenant.tenant();
        int p = Paging.page(page);
        int s = Paging.size(size, PublicRegisterResource.MAX_PAGE_SIZE);
        RegisterEntries.Page<RegisterEntry> r = service.list(tenant, filter(tenant, infoClass, unit, stage, q), p,
                s);
        LocalDate today = RegisterService.today(tenant);
        return new RegisterViews.EntryPage(r.items().stream().map(e -> RegisterViews.EntryView.of(e, today)).toList(),
                p, s, r.total());
    }

    /** The working list's counts: per documentation stage, and in all, for the same class, unit and words. */
    public record EntryCounts(java.util.Map<String, Long> byStage, long total) {
    }

    @GET
    @Path("/entries/counts")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "CONSEQUENCE_TEST_TEAM", "ATASAN_PPID"})
    @Operation(summary = "Jumlah daftar kerja / How many entries in each stage for the class, unit and words given "
            + "(a PPID Pembantu: its own unit's)")
    public EntryCounts counts(@QueryParam("class") String infoClass,
            @QueryParam("unit") String unit, @QueryParam("q") String q) {
        Tenant tenant = requestTenant.tenant();
        RegisterEntries.Filter f = filter(tenant, infoClass, unit, null, q);
        java.util.Map<String, Long> byStage = new java.util.LinkedHashMap<>();
        service.stageCounts(tenant, f).forEach((stage, n) -> byStage.put(stage.name(), n));
        return new EntryCounts(byStage, byStage.values().stream().mapToLong(Long::longValue).sum());
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID"})
    @Operation(summary = "Berkala lewat waktu / Berkala entries past their next update date (Perki 1/2021)")
    public RegisterViews.EntryPage overdue(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Tenant tenant = requestTenant.tenant();
        int p = Paging.page(page);
        int s = Paging.size(size, PublicRegisterResource.MAX_PAGE_SIZE);
        RegisterEntries.Page<RegisterEntry> r = service.overdue(tenant, readScope(), p, s);
        LocalDate today = RegisterService.today(tenant);
        return new RegisterViews.EntryPage(r.items().stream().map(e -> RegisterViews.EntryView.of(e, today)).toList(),
                p, s, r.total());
    }

    @GET
    @Path("/entries/{id}")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "CONSEQUENCE_TEST_TEAM", "ATASAN_PPID"})
    @Operation(summary = "Satu informasi / One entry with its documents and consequence tests")
    public RegisterViews.OfficerEntryView get(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        return RegisterViews.OfficerEntryView.of(service.get(tenant, entryId(id), readScope()),
                RegisterService.today(tenant));
    }

    @POST
    @Path("/entries/{id}/verification")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Verifikasi / Verify (Pasal 16(3)b)")
    public RegisterViews.OfficerEntryView verify(@PathParam("id") String id) {
        return act(id, "REGISTER_ENTRY_VERIFIED", (e, today, months) -> e.verify());
    }

    @POST
    @Path("/entries/{id}/authentication")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Autentikasi / Authenticated by the unit that holds it (Pasal 16(3)c)")
    public RegisterViews.OfficerEntryView authenticate(@PathParam("id") String id) {
        return act(id, "REGISTER_ENTRY_AUTHENTICATED", (e, today, months) -> e.authenticate());
    }

    @POST
    @Path("/entries/{id}/codification")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Kodifikasi / Codify with the tenant's code scheme, or a code given (Pasal 16(3)d)")
    public RegisterViews.OfficerEntryView codify(@PathParam("id") String id,
            Codification b) {
        Tenant tenant = requestTenant.tenant();
        Optional<String> code = Optional.ofNullable(b == null ? null : b.code()).filter(c -> !c.isBlank())
                .map(String::strip);
        if (code.isPresent() && !code.get().matches("[A-Za-z0-9./-]{3,80}")) {
            throw RegisterErrors.invalid("INVALID_CODE", "Kode hanya huruf, angka, titik, garis miring, tanda hubung "
                    + "(3-80).", "A code has letters, digits, dots, slashes and hyphens only (3-80).", "code");
        }
        return RegisterViews.OfficerEntryView.of(service.codify(tenant, entryId(id), ppidUnit(), code,
                caller.actor()), RegisterService.today(tenant));
    }

    @POST
    @Path("/entries/{id}/publication")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Umumkan / Publish a codified entry; serta merta at once (Pasal 17(2); UU KIP Ps 10)")
    public RegisterViews.OfficerEntryView publish(@PathParam("id") String id) {
        return act(id, "REGISTER_ENTRY_PUBLISHED", (e, today, months) -> e.publish(java.time.Instant.now()));
    }

    @POST
    @Path("/entries/{id}/front-page")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Halaman depan / Put serta-merta information on the portal's front page, or take it off")
    public RegisterViews.OfficerEntryView frontPage(@PathParam("id") String id,
            FrontPage b) {
        boolean on = b == null || b.on() == null || b.on();
        return act(id, on ? "REGISTER_FRONT_PAGE_ON" : "REGISTER_FRONT_PAGE_OFF", (e, today, months) -> {
            if (on) {
                e.putOnFrontPage();
            } else {
                e.takeOffFrontPage();
            }
        });
    }

    @POST
    @Path("/entries/{id}/updates")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Perbarui berkala / Record that berkala information was published again; sets the next date")
    public RegisterViews.OfficerEntryView recordUpdate(@PathParam("id") String id,
            Update b) {
        Tenant tenant = requestTenant.tenant();
        LocalDate on = b == null || b.updatedOn() == null ? RegisterService.today(tenant)
                : RegisterInput.date(b.updatedOn(), "updatedOn", true);
        return act(id, "REGISTER_BERKALA_UPDATED", (e, today, months) -> e.recordUpdate(on, today, months));
    }

    @POST
    @Path("/entries/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Unggah dokumen / Upload a document (multipart part \"file\"): PDF or office formats, at most "
            + "10 MiB, type checked by content")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterViews.DocumentView.class)))
    public Response upload(@PathParam("id") String id, List<EntityPart> parts) {
        Tenant tenant = requestTenant.tenant();
        UUID entry = entryId(id);
        service.get(tenant, entry, ppidUnit());
        EntityPart file = (parts == null ? List.<EntityPart>of() : parts).stream()
                .filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> RegisterErrors.invalid("FIELD_REQUIRED", "Berkas wajib dilampirkan (bagian \"file\").",
                        "A file is required (part \"file\").", "file"));
        String name = file.getFileName().map(n -> n.replaceAll("^.*[/\\\\]", "").strip()).filter(n -> !n.isEmpty())
                .orElseThrow(() -> RegisterErrors.invalid("FILE_NAME_REQUIRED", "Nama berkas wajib ada.",
                        "The file needs a name.", "file"));
        if (name.length() > 200) {
            throw RegisterErrors.invalid("FIELD_LENGTH", "Nama berkas paling panjang 200 karakter.",
                    "The file name is at most 200 characters.", "file");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(DocumentType.MAX_BYTES + 1);
        } catch (IOException e) {
            throw RegisterErrors.invalid("UNREADABLE_FILE", "Berkas tidak dapat dibaca.", "The file could not be read.",
                    "file");
        }
        RegisterEntries.Document d = service.upload(tenant, entry, ppidUnit(), name, content, caller.actor());
        return Response.status(201).entity(RegisterViews.DocumentView.of(d)).build();
    }

    /** Anything but multipart: the entry is looked up first (an unknown one is a 404), then the type refused. */
    @POST
    @Path("/entries/{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(hidden = true)
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterViews.DocumentView.class)))
    public Response uploadNotMultipart(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        service.get(tenant, entryId(id), ppidUnit());
        throw RegisterErrors.invalid("MULTIPART_REQUIRED", "Unggah berkas sebagai multipart/form-data.",
                "Upload the file as multipart/form-data.", "file");
    }

    @POST
    @Path("/entries/{id}/consequence-tests")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "CONSEQUENCE_TEST_TEAM"})
    @Operation(summary = "Usulkan pengecualian / Propose an exemption with the consequence test's record "
            + "(Pasal 6(2), 16(2))")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterViews.ConsequenceTestView.class)))
    public Response propose(@PathParam("id") String id, Proposal b) {
        Tenant tenant = requestTenant.tenant();
        UUID entry = entryId(id);
        if (b == null) {
            throw RegisterErrors.invalid("BODY_REQUIRED", "Isi permintaan wajib ada.", "A body is required.", null);
        }
        ExemptionGround ground = RegisterInput.enumOf(ExemptionGround.class, b.ground(), "ground");
        List<String> members = b.members() == null ? List.of() : b.members().stream().filter(m -> m != null
                && !m.isBlank()).map(String::strip).toList();
        if (members.size() < 2 || members.stream().anyMatch(m -> m.length() > 200)) {
            throw RegisterErrors.invalid("MEMBERS_REQUIRED", "Sebutkan paling sedikit dua anggota rapat.",
                    "Name at least two members of the meeting.", "members");
        }
        ConsequenceTest.Record record = new ConsequenceTest.Record(ground,
                RegisterInput.text(b.harmTest(), "harmTest", 10, 10000, "Uji kepentingan/bahaya", "The harm test"),
                RegisterInput.text(b.political(), "political", 3, 5000, "Pertimbangan politik",
                        "The political considerations"),
                RegisterInput.text(b.economic(), "economic", 3, 5000, "Pertimbangan ekonomi",
                        "The economic considerations"),
                RegisterInput.text(b.socioCultural(), "socioCultural", 3, 5000, "Pertimbangan sosial budaya",
                        "The socio-cultural considerations"),
                RegisterInput.text(b.defenceSecurity(), "defenceSecurity", 3, 5000,
                        "Pertimbangan pertahanan dan keamanan", "The defence and security considerations"),
                RegisterInput.date(b.meetingOn(), "meetingOn", true), members);
        ConsequenceTest t = service.proposeExemption(tenant, entry, ppidUnit(), record, caller.actor());
        return Response.status(201).entity(RegisterViews.ConsequenceTestView.of(t)).build();
    }

    @GET
    @Path("/consequence-tests/{id}")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "CONSEQUENCE_TEST_TEAM", "ATASAN_PPID"})
    @Operation(summary = "Uji konsekuensi / One consequence test with its decision and reviews")
    public RegisterViews.ConsequenceTestView test(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        return RegisterViews.ConsequenceTestView.of(service.getTest(tenant, testId(id), readScope()));
    }

    @POST
    @Path("/consequence-tests/{id}/decision")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Tetapkan / The PPID Utama fixes the exemption with the regent's decree, or refuses it "
            + "(Pasal 6(2))")
    public RegisterViews.ConsequenceTestView decide(@PathParam("id") String id,
            Decision b) {
        Tenant tenant = requestTenant.tenant();
        UUID test = testId(id);
        String decision = b == null ? null : b.decision();
        if (!"EXEMPT".equals(decision) && !"NOT_EXEMPT".equals(decision)) {
            throw RegisterErrors.invalid("INVALID_VALUE", "Keputusan harus EXEMPT atau NOT_EXEMPT.",
                    "The decision must be EXEMPT or NOT_EXEMPT.", "decision");
        }
        boolean exempt = decision.equals("EXEMPT");
        String decree = exempt ? RegisterInput.text(b.decreeNumber(), "decreeNumber", 3, 120,
                "Nomor keputusan bupati", "The regent's decree number") : null;
        LocalDate until = RegisterInput.date(b.exemptUntil(), "exemptUntil", false);
        String note = RegisterInput.optionalText(b.note(), "note", 5000, "Catatan", "The note");
        return RegisterViews.ConsequenceTestView.of(service.decide(tenant, test, exempt, decree, until, note,
                caller.actor()));
    }

    @POST
    @Path("/consequence-tests/{id}/review")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Tinjau / Review a fixed exemption for a greater public interest; open=true opens the entry "
            + "(Pasal 16(2)c)")
    public RegisterViews.ConsequenceTestView review(@PathParam("id") String id,
            Review b) {
        Tenant tenant = requestTenant.tenant();
        UUID test = testId(id);
        String interest = RegisterInput.text(b == null ? null : b.publicInterest(), "publicInterest", 10, 10000,
                "Pertimbangan kepentingan publik", "The public-interest consideration");
        if (b.open() == null) {
            throw RegisterErrors.invalid("FIELD_REQUIRED", "Nyatakan apakah pengecualian dibuka (open).",
                    "State whether the exemption is opened (open).", "open");
        }
        return RegisterViews.ConsequenceTestView.of(service.review(tenant, test, interest, b.open(),
                caller.actor()));
    }

    @POST
    @Path("/deliveries")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT"})
    @Operation(summary = "Catat penyerahan / Record a PPID Pembantu's delivery of its information to the PPID Utama "
            + "(Pasal 11b)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterViews.DeliveryView.class)))
    public Response recordDelivery(Delivery b) {
        Tenant tenant = requestTenant.tenant();
        if (b == null) {
            throw RegisterErrors.invalid("BODY_REQUIRED", "Isi permintaan wajib ada.", "A body is required.", null);
        }
        Optional<String> own = ppidUnit();
        String unit = b.unit() == null && own.isPresent() ? own.get() : RegisterInput.unit(tenant, b.unit(), "unit")
                .code();
        if (own.isPresent() && !own.get().equals(unit)) {
            throw notYourUnit("unit");
        }
        if (tenant.definition().flattenedUnits().stream().noneMatch(p -> p.unit().code().equals(unit)
                && p.unit().ppidPembantu())) {
            throw RegisterErrors.invalid("NOT_A_PPID_PEMBANTU", "Unit ini bukan PPID Pembantu.",
                    "This unit is not a PPID Pembantu.", "unit");
        }
        LocalDate on = RegisterInput.date(b.deliveredOn(), "deliveredOn", true);
        int count = b.entries() == null ? 0 : b.entries();
        if (count < 0) {
            throw RegisterErrors.invalid("INVALID_VALUE", "Jumlah tidak boleh negatif.", "The count cannot be negative.",
                    "entries");
        }
        service.recordDelivery(tenant, unit, on, count,
                RegisterInput.optionalText(b.note(), "note", 2000, "Catatan", "The note"), caller.actor());
        return Response.status(201).entity(service.deliveryStatus(tenant, Optional.of(unit)).stream()
                .map(RegisterViews.DeliveryView::of).findFirst().orElseThrow()).build();
    }

    @GET
    @Path("/deliveries")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID"})
    @Operation(summary = "Status penyerahan / Each PPID Pembantu's last delivery: DONE or OVERDUE (Pasal 11b)")
    public List<RegisterViews.DeliveryView> deliveries() {
        Tenant tenant = requestTenant.tenant();
        return service.deliveryStatus(tenant, readScope()).stream().map(RegisterViews.DeliveryView::of).toList();
    }

    /** @param work MAKE, COLLECT or MAINTAIN; dueOn YYYY-MM-DD */
    public record AssignmentInput(String unit, String work, String description, String dueOn) {
    }

    public record AssignmentDone(String note) {
    }

    public record AssignmentView(UUID id, String unit, String work, String description, LocalDate assignedOn,
            LocalDate dueOn, LocalDate doneOn, String doneNote, boolean overdue) {
        static AssignmentView of(DocumentationAssignment a, LocalDate today) {
            return new AssignmentView(a.id(), a.unit(), a.work().name(), a.description(), a.assignedOn(), a.dueOn(),
                    a.doneOn().orElse(null), a.doneNote().orElse(null), a.overdue(today));
        }
    }

    @POST
    @Path("/assignments")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Tugaskan dokumentasi / The PPID Utama assigns a unit to make, collect or maintain "
            + "documentation (Perbup Pasal 9e)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentView.class)))
    public Response assign(AssignmentInput b) {
        Tenant tenant = requestTenant.tenant();
        if (b == null) {
            throw RegisterErrors.invalid("BODY_REQUIRED", "Isi permintaan wajib ada.", "A body is required.", null);
        }
        String unit = RegisterInput.unit(tenant, b.unit(), "unit").code();
        DocumentationAssignment.Work work = RegisterInput.enumOf(DocumentationAssignment.Work.class, b.work(), "work");
        DocumentationAssignment a = service.assign(tenant, unit, work, b.description(),
                RegisterInput.date(b.dueOn(), "dueOn", true), caller.actor());
        return Response.status(201).entity(AssignmentView.of(a, RegisterService.today(tenant))).build();
    }

    @GET
    @Path("/assignments")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID"})
    @Operation(summary = "Penugasan dokumentasi / The documentation work assigned (Pasal 9e): all for the PPID Utama "
            + "and the Atasan PPID, its own for a PPID Pembantu; open first by due date")
    public List<AssignmentView> assignments() {
        Tenant tenant = requestTenant.tenant();
        LocalDate today = RegisterService.today(tenant);
        return service.assignments(tenant, readScope()).stream().map(a -> AssignmentView.of(a, today)).toList();
    }

    @POST
    @Path("/assignments/{id}/completion")
    @RolesAllowed({"PPID_ASSISTANT", "PPID_MAIN"})
    @Operation(summary = "Selesai / The assigned unit reports the documentation work done (Pasal 9e)")
    public AssignmentView assignmentDone(@PathParam("id") String id,
            AssignmentDone b) {
        Tenant tenant = requestTenant.tenant();
        UUID assignment;
        try {
            assignment = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw RegisterErrors.assignmentNotFound();
        }
        return AssignmentView.of(service.assignmentDone(tenant, assignment, ppidUnit(),
                b == null ? null : RegisterInput.optionalText(b.note(), "note", 2000, "Catatan", "The note"),
                caller.actor()), RegisterService.today(tenant));
    }

    /** @param handedOn YYYY-MM-DD, not in the future; reference the letter number or the library's receipt */
    public record HandoverInput(String handedOn, String reference) {
    }

    @POST
    @Path("/library-handovers")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Serahkan DIP ke perpustakaan / Record the register's handover to the regional library "
            + "(Perbup Pasal 17(2)), with the number of published entries it held")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterEntries.LibraryHandover.class)))
    public Response handToLibrary(HandoverInput b) {
        Tenant tenant = requestTenant.tenant();
        if (b == null) {
            throw RegisterErrors.invalid("BODY_REQUIRED", "Isi permintaan wajib ada.", "A body is required.", null);
        }
        return Response.status(201).entity(service.recordLibraryHandover(tenant,
                RegisterInput.date(b.handedOn(), "handedOn", true), b.reference(), caller.actor())).build();
    }

    @GET
    @Path("/library-handovers")
    @RolesAllowed({"PPID_MAIN", "ATASAN_PPID"})
    @Operation(summary = "Penyerahan DIP ke perpustakaan / The register's handovers to the regional library, newest "
            + "first (Pasal 17(2))")
    public List<RegisterEntries.LibraryHandover> libraryHandovers() {
        return service.libraryHandovers(requestTenant.tenant());
    }

    private RegisterViews.OfficerEntryView act(String id, String action, RegisterService.Step step) {
        Tenant tenant = requestTenant.tenant();
        return RegisterViews.OfficerEntryView.of(service.act(tenant, entryId(id), ppidUnit(), action,
                caller.actor(), step), RegisterService.today(tenant));
    }

    /** The unit a PPID Pembantu acts for; empty for the PPID Utama and the other roles. */
    private Optional<String> ppidUnit() {
        if (jwt.getGroups().contains("PPID_ASSISTANT") && !jwt.getGroups().contains("PPID_MAIN")) {
            return Optional.ofNullable((String) jwt.getClaim("orgUnit")).or(() -> Optional.of("-"));
        }
        return Optional.empty();
    }

    /** What a caller may read: the consequence-test team and the Atasan PPID read every unit's entries. */
    private Optional<String> readScope() {
        if (jwt.getGroups().contains("CONSEQUENCE_TEST_TEAM") || jwt.getGroups().contains("ATASAN_PPID")) {
            return Optional.empty();
        }
        return ppidUnit();
    }

    private static DomainException notYourUnit(String field) {
        return new DomainException(DomainException.Kind.FORBIDDEN, "NOT_YOUR_UNIT",
                Message.of("PPID Pembantu hanya mengelola informasi unitnya sendiri.",
                        "A PPID Pembantu manages its own unit's information only."), field);
    }

    private static UUID entryId(String id) {
        return RegisterInput.uuid(id, RegisterErrors.entryNotFound());
    }

    private static UUID testId(String id) {
        return RegisterInput.uuid(id, RegisterErrors.consequenceTestNotFound());
    }

    /** The working list's filter from its query parameters; a PPID Pembantu's unit always (4xx for a bad value). */
    private RegisterEntries.Filter filter(Tenant tenant, String infoClass, String unit, String stage, String q) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 200) {
            throw new id.balai.platform.domain.DomainException(id.balai.platform.domain.DomainException.Kind.INVALID,
                    "QUERY_TOO_LONG", id.balai.platform.domain.Message.of("Kata pencarian paling banyak 200 karakter.",
                            "A search is at most 200 characters."), "q");
        }
        InformationClass c = infoClass == null ? null
                : RegisterInput.enumOf(InformationClass.class, infoClass, "class");
        DocumentationStage st = stage == null ? null : RegisterInput.enumOf(DocumentationStage.class, stage, "stage");
        String u = readScope().orElse(unit == null ? null : RegisterInput.unit(tenant, unit, "unit").code());
        return new RegisterEntries.Filter(false, c, u, st, text);
    }
}
