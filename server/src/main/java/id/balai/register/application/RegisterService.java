package id.balai.register.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DocumentType;
import id.balai.platform.domain.Paging;
import id.balai.register.domain.ConsequenceTest;
import id.balai.register.domain.DocumentationAssignment;
import id.balai.register.domain.InformationClass;
import id.balai.register.domain.RegisterEntry;
import id.balai.register.domain.RegisterErrors;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The register's use cases (Perbup Pasal 6, 11b, 16, 17). Each runs in one transaction bound to the tenant; every
 * officer action is written to the audit trail in the same transaction. A PPID Pembantu ({@code unit} present)
 * sees and changes only the entries its own unit owns: another unit's entry is as unknown as one that does not exist.
 */
@ApplicationScoped
public class RegisterService {

    @Inject
    org.eclipse.microprofile.config.Config config;

    @Inject
    TenantTransactions scope;

    @Inject
    RegisterEntries entries;

    @Inject
    ConsequenceTests tests;

    @Inject
    AuditLog audit;

    /** What an officer sees of an entry. */
    public record OfficerEntry(RegisterEntry entry, List<RegisterEntries.Document> documents,
            List<ConsequenceTest> consequenceTests) {
    }

    /** What the public sees: an exempt entry is listed without its documents. */
    public record PublicEntry(RegisterEntry entry, List<RegisterEntries.Document> documents) {
    }

    /** A state change of an entry, given the tenant's "today" and berkala period. */
    @FunctionalInterface
    public interface Step {
        void apply(RegisterEntry entry, LocalDate today, int berkalaUpdateMonths);
    }

    /** The delivery status of one PPID Pembantu (Pasal 11b). */
    public record DeliveryStatus(String unit, String unitName, LocalDate lastDeliveredOn, LocalDate dueOn,
            boolean overdue) {
    }

    @Transactional
    public OfficerEntry describe(Tenant tenant, RegisterEntry.Description d, InformationClass infoClass,
            String ownerPpid, LocalDate lastUpdatedOn, Actor actor) {
        return scope.call(tenant.id(), () -> {
            Instant now = Instant.now();
            LocalDate today = today(tenant);
            String number = entries.nextNumber(tenant.id(), tenant.definition().shortCode(), today.getYear());
            RegisterEntry e = RegisterEntry.describe(tenant.id(), UUID.randomUUID(), number, d, infoClass, ownerPpid,
                    lastUpdatedOn, today, months(tenant), now);
            entries.insert(e);
            audit.record(tenant.id(), actor, "REGISTER_ENTRY_DESCRIBED", "register_entry", e.id().toString(),
                    Map.of("number", number, "class", infoClass.name(), "ownerPpid", ownerPpid));
            return new OfficerEntry(e, List.of(), List.of());
        });
    }

    @Transactional
    public OfficerEntry act(Tenant tenant, UUID id, Optional<String> unit, String action, Actor actor, Step step) {
        return scope.call(tenant.id(), () -> {
            RegisterEntry e = visible(tenant, id, unit);
            step.apply(e, today(tenant), months(tenant));
            entries.save(e);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("stage", e.stage().name());
            detail.put("class", e.infoClass().name());
            detail.put("published", e.published());
            e.code().ifPresent(c -> detail.put("code", c));
            audit.record(tenant.id(), actor, action, "register_entry", id.toString(), detail);
            return view(tenant, entries.find(tenant.id(), id).orElseThrow());
        });
    }

    /** Codification (Pasal 16(3)d): the code given, or one from the tenant's scheme. */
    @Transactional
    public OfficerEntry codify(Tenant tenant, UUID id, Optional<String> unit, Optional<String> code, Actor actor) {
        return act(tenant, id, unit, "REGISTER_ENTRY_CODIFIED", actor, (e, today, months) -> {
            String c = code.orElseGet(() -> CodeScheme.codeFor(tenant.definition(), e));
            if (entries.codeTaken(tenant.id(), c)) {
                throw RegisterErrors.conflict("CODE_TAKEN", "Kode ini sudah dipakai informasi lain.",
                        "This code is already used by another entry.");
            }
            e.codify(c);
        });
    }

    @Transactional
    public OfficerEntry get(Tenant tenant, UUID id, Optional<String> unit) {
        return scope.call(tenant.id(), () -> view(tenant, visible(tenant, id, unit)));
    }

    @Transactional
    public RegisterEntries.Page<RegisterEntry> list(Tenant tenant, RegisterEntries.Filter filter, int page,
            int size) {
        return scope.call(tenant.id(), () -> entries.list(tenant.id(), filter, Paging.offset(page, size), size));
    }

    /** The working list's count per documentation stage for a filter (its stage aside): the stage tabs' counts. */
    @Transactional
    public java.util.Map<id.balai.register.domain.DocumentationStage, Long> stageCounts(Tenant tenant,
            RegisterEntries.Filter filter) {
        return scope.call(tenant.id(), () -> entries.countsByStage(tenant.id(), filter));
    }

    @Transactional
    public RegisterEntries.Page<RegisterEntry> overdue(Tenant tenant, Optional<String> unit, int page, int size) {
        return scope.call(tenant.id(), () -> entries.berkalaOverdue(tenant.id(), today(tenant), unit.orElse(null),
                Paging.offset(page, size), size));
    }

    /** Stores a document of an entry: its type recognised from its content, its size limited, its hash kept. */
    @Transactional
    public RegisterEntries.Document upload(Tenant tenant, UUID id, Optional<String> unit, String fileName,
            byte[] content, Actor actor) {
        return scope.call(tenant.id(), () -> {
            RegisterEntry e = visible(tenant, id, unit);
            if (content.length == 0) {
                throw RegisterErrors.invalid("DOCUMENT_EMPTY", "Berkas kosong.", "The file is empty.", "file");
            }
            if (content.length > DocumentType.MAX_BYTES) {
                throw RegisterErrors.invalid("DOCUMENT_TOO_LARGE", "Berkas terlalu besar: paling banyak 10 MiB.",
                        "The file is too large: at most 10 MiB.", "file");
            }
            DocumentType type = DocumentType.recognise(fileName, content).orElseThrow(() -> RegisterErrors.invalid(
                    "UNSUPPORTED_DOCUMENT_TYPE",
                    "Jenis berkas tidak didukung atau isinya tidak sesuai nama: PDF, DOC(X), XLS(X), PPT(X), ODT, ODS.",
                    "Unsupported file type, or its content does not match its name: PDF, DOC(X), XLS(X), PPT(X), "
                            + "ODT, ODS.", "file"));
            RegisterEntries.Document d = new RegisterEntries.Document(UUID.randomUUID(), e.id(), fileName,
                    type.mediaType(), content.length, sha256(content), Instant.now());
            entries.insertDocument(tenant.id(), d, content, actor.id());
            audit.record(tenant.id(), actor, "REGISTER_DOCUMENT_ADDED", "register_entry", id.toString(),
                    Map.of("document", d.id().toString(), "sha256", d.sha256(), "bytes", d.sizeBytes()));
            return d;
        });
    }

    // --- public side ---

    @Transactional
    public RegisterEntries.Page<RegisterEntry> publicList(Tenant tenant, InformationClass infoClass, String unit,
            int page, int size) {
        return scope.call(tenant.id(), () -> entries.list(tenant.id(),
                new RegisterEntries.Filter(true, infoClass, unit, null), Paging.offset(page, size), size));
    }

    @Transactional
    public PublicEntry publicEntry(Tenant tenant, UUID id) {
        return scope.call(tenant.id(), () -> {
            RegisterEntry e = entries.find(tenant.id(), id).filter(RegisterEntry::published)
                    .orElseThrow(RegisterErrors::entryNotFound);
            // An exempt entry is listed with its ground and decree; its documents are not even named.
            return new PublicEntry(e, e.exempt() ? List.of() : entries.documents(tenant.id(), id));
        });
    }

    /** A published, non-exempt entry's document; an exempt entry's documents are never served (UU KIP Ps 17). */
    @Transactional
    public RegisterEntries.DocumentContent publicDocument(Tenant tenant, UUID id, UUID documentId) {
        return scope.call(tenant.id(), () -> {
            RegisterEntry e = entries.find(tenant.id(), id).filter(RegisterEntry::published)
                    .orElseThrow(RegisterErrors::entryNotFound);
            if (e.exempt()) {
                throw RegisterErrors.exempt();
            }
            return entries.documentContent(tenant.id(), id, documentId).orElseThrow(RegisterErrors::documentNotFound);
        });
    }

    @Transactional
    public RegisterEntries.Page<RegisterEntries.Hit> search(Tenant tenant, String text, int page, int size) {
        int candidates = config.getOptionalValue("BALAI_SEARCH_CANDIDATES", Integer.class)
                .orElse(RegisterEntries.SEARCH_CANDIDATES);
        return scope.call(tenant.id(), () -> entries.search(tenant.id(), text, Paging.offset(page, size), size, candidates));
    }

    @Transactional
    public List<RegisterEntry> frontPage(Tenant tenant, int limit) {
        return scope.call(tenant.id(), () -> entries.frontPage(tenant.id(), limit));
    }

    @Transactional
    public List<RegisterEntry> publishedRegister(Tenant tenant, int limit) {
        return scope.call(tenant.id(), () -> entries.publishedRegister(tenant.id(), limit));
    }

    // --- consequence tests (Pasal 6(2), 16(2)) ---

    @Transactional
    public ConsequenceTest proposeExemption(Tenant tenant, UUID entryId, Optional<String> unit,
            ConsequenceTest.Record record, Actor actor) {
        return scope.call(tenant.id(), () -> {
            RegisterEntry e = entries.findForUpdate(tenant.id(), entryId).filter(x -> unit.isEmpty()
                    || unit.get().equals(x.ownerPpid())).orElseThrow(RegisterErrors::entryNotFound);
            if (tests.openProposalExists(tenant.id(), entryId)) {
                throw RegisterErrors.conflict("CONSEQUENCE_TEST_PENDING",
                        "Sudah ada usulan pengecualian yang belum diputus untuk informasi ini.",
                        "An exemption proposal for this entry is still undecided.");
            }
            ConsequenceTest t = ConsequenceTest.propose(tenant.id(), UUID.randomUUID(), e, record, actor.id(),
                    today(tenant), Instant.now());
            tests.insert(t);
            audit.record(tenant.id(), actor, "EXEMPTION_PROPOSED", "consequence_test", t.id().toString(),
                    Map.of("entry", entryId.toString(), "ground", record.ground().name(),
                            "meetingOn", record.meetingOn().toString()));
            return t;
        });
    }

    @Transactional
    public ConsequenceTest getTest(Tenant tenant, UUID id, Optional<String> unit) {
        return scope.call(tenant.id(), () -> {
            ConsequenceTest t = tests.find(tenant.id(), id).orElseThrow(RegisterErrors::consequenceTestNotFound);
            if (unit.isPresent()) {
                entries.find(tenant.id(), t.entryId()).filter(e -> unit.get().equals(e.ownerPpid()))
                        .orElseThrow(RegisterErrors::consequenceTestNotFound);
            }
            return t;
        });
    }

    /** The PPID Utama's decision: fix the exemption with the regent's decree, or refuse it (Pasal 6(2)). */
    @Transactional
    public ConsequenceTest decide(Tenant tenant, UUID id, boolean exempt, String decreeNumber, LocalDate until,
            String note, Actor actor) {
        return scope.call(tenant.id(), () -> {
            ConsequenceTest t = tests.find(tenant.id(), id).orElseThrow(RegisterErrors::consequenceTestNotFound);
            RegisterEntry e = entries.findForUpdate(tenant.id(), t.entryId()).orElseThrow();
            int reviews = t.reviews().size();
            if (exempt) {
                if (decreeNumber == null) {
                    throw RegisterErrors.invalid("FIELD_REQUIRED", "Nomor keputusan bupati wajib diisi.",
                            "The regent's decree number is required.", "decreeNumber");
                }
                t.fixExemption(e, decreeNumber, until, note, actor.id(), today(tenant), Instant.now());
                entries.save(e);
            } else {
                t.refuseExemption(note, actor.id(), Instant.now());
            }
            tests.save(t, reviews);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("entry", e.id().toString());
            detail.put("decision", exempt ? "EXEMPT" : "NOT_EXEMPT");
            if (decreeNumber != null) {
                detail.put("decree", decreeNumber);
            }
            audit.record(tenant.id(), actor, exempt ? "EXEMPTION_FIXED" : "EXEMPTION_REFUSED", "consequence_test",
                    id.toString(), detail);
            return t;
        });
    }

    /** A review of a fixed exemption for the public interest (Pasal 16(2)c), recorded whatever its outcome. */
    @Transactional
    public ConsequenceTest review(Tenant tenant, UUID id, String publicInterest, boolean open, Actor actor) {
        return scope.call(tenant.id(), () -> {
            ConsequenceTest t = tests.find(tenant.id(), id).orElseThrow(RegisterErrors::consequenceTestNotFound);
            RegisterEntry e = entries.findForUpdate(tenant.id(), t.entryId()).orElseThrow();
            int reviews = t.reviews().size();
            t.review(e, publicInterest, open, actor.id(), today(tenant), Instant.now(), months(tenant));
            if (open) {
                entries.save(e);
            }
            tests.save(t, reviews);
            audit.record(tenant.id(), actor, open ? "EXEMPTION_OPENED_ON_REVIEW" : "EXEMPTION_UPHELD_ON_REVIEW",
                    "consequence_test", id.toString(), Map.of("entry", e.id().toString()));
            return t;
        });
    }

    // --- the register handed to the regional library (Pasal 17(2)) ---

    /** Records a handover of the published register to the regional library, with how many entries it held. */
    @Transactional
    public RegisterEntries.LibraryHandover recordLibraryHandover(Tenant tenant, LocalDate on, String reference,
            Actor actor) {
        if (reference == null || reference.isBlank() || reference.strip().length() > 200) {
            throw RegisterErrors.invalid("FIELD_REQUIRED", "Nomor surat atau tanda terima wajib diisi (paling panjang "
                    + "200 karakter).", "The letter number or receipt is required (200 characters at most).",
                    "reference");
        }
        return scope.call(tenant.id(), () -> {
            if (on.isAfter(today(tenant))) {
                throw RegisterErrors.invalid("DATE_IN_FUTURE", "Tanggal penyerahan tidak boleh di masa depan.",
                        "The handover date cannot be in the future.", "handedOn");
            }
            long published = entries.list(tenant.id(), new RegisterEntries.Filter(true, null, null, null), 0, 1)
                    .total();
            RegisterEntries.LibraryHandover h = new RegisterEntries.LibraryHandover(UUID.randomUUID(), on,
                    reference.strip(), (int) published);
            entries.insertHandover(tenant.id(), h, actor.id(), Instant.now());
            audit.record(tenant.id(), actor, "REGISTER_HANDED_TO_LIBRARY", "register_library_handover",
                    h.id().toString(), Map.of("handedOn", on.toString(), "entries", published));
            return h;
        });
    }

    @Transactional
    public List<RegisterEntries.LibraryHandover> libraryHandovers(Tenant tenant) {
        return scope.call(tenant.id(), () -> entries.handovers(tenant.id()));
    }

    // --- documentation work assigned by the PPID Utama (Pasal 9e) ---

    /** The PPID Utama assigns a unit documentation work (Pasal 9e), audited. */
    @Transactional
    public DocumentationAssignment assign(Tenant tenant, String unit, DocumentationAssignment.Work work,
            String description, LocalDate dueOn, Actor actor) {
        DocumentationAssignment a = DocumentationAssignment.assign(unit, work, description, today(tenant), dueOn,
                actor.id());
        return scope.call(tenant.id(), () -> {
            entries.insertAssignment(tenant.id(), a);
            audit.record(tenant.id(), actor, "DOCUMENTATION_ASSIGNED", "documentation_assignment", a.id().toString(),
                    Map.of("unit", unit, "work", work.name(), "dueOn", dueOn.toString()));
            return a;
        });
    }

    /** The assigned unit reports the work done; another unit's assignment is a 404. */
    @Transactional
    public DocumentationAssignment assignmentDone(Tenant tenant, UUID id, Optional<String> unit, String note,
            Actor actor) {
        return scope.call(tenant.id(), () -> {
            DocumentationAssignment a = entries.assignments(tenant.id(), unit.orElse(null)).stream()
                    .filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(RegisterErrors::assignmentNotFound);
            DocumentationAssignment done = a.done(today(tenant), note);
            if (!entries.markAssignmentDone(tenant.id(), done, actor.id())) {
                throw RegisterErrors.conflict("ASSIGNMENT_ALREADY_DONE", "Pekerjaan ini sudah dilaporkan selesai.",
                        "This work is already reported done.");
            }
            audit.record(tenant.id(), actor, "DOCUMENTATION_DONE", "documentation_assignment", id.toString(),
                    Map.of("late", Boolean.toString(done.doneOn().orElseThrow().isAfter(a.dueOn()))));
            return done;
        });
    }

    @Transactional
    public List<DocumentationAssignment> assignments(Tenant tenant, Optional<String> unit) {
        return scope.call(tenant.id(), () -> entries.assignments(tenant.id(), unit.orElse(null)));
    }

    // --- deliveries of the PPID Pembantu to the PPID Utama (Pasal 11b) ---

    @Transactional
    public void recordDelivery(Tenant tenant, String unit, LocalDate on, int count, String note, Actor actor) {
        scope.run(tenant.id(), () -> {
            if (on.isAfter(today(tenant))) {
                throw RegisterErrors.invalid("DATE_IN_FUTURE", "Tanggal penyerahan tidak boleh di masa depan.",
                        "The delivery date cannot be in the future.", "deliveredOn");
            }
            UUID id = UUID.randomUUID();
            entries.insertDelivery(tenant.id(), id, unit, on, count, note, actor.id(), Instant.now());
            audit.record(tenant.id(), actor, "REGISTER_DELIVERY_RECORDED", "register_delivery", id.toString(),
                    Map.of("unit", unit, "deliveredOn", on.toString(), "entries", count));
        });
    }

    /**
     * Every PPID Pembantu with its last delivery and the date the next is due (Pasal 11b: at least every
     * {@code ppidPembantuDeliveryMonths}); a unit that never delivered is overdue.
     */
    @Transactional
    public List<DeliveryStatus> deliveryStatus(Tenant tenant, Optional<String> unit) {
        return scope.call(tenant.id(), () -> {
            Map<String, LocalDate> last = new java.util.HashMap<>();
            entries.lastDeliveries(tenant.id()).forEach(d -> last.put(d.unit(), d.deliveredOn()));
            LocalDate today = today(tenant);
            int months = tenant.definition().parameters().register().ppidPembantuDeliveryMonths();
            return tenant.definition().flattenedUnits().stream().map(TenantDefinition.PlacedUnit::unit)
                    .filter(TenantDefinition.OrgUnit::ppidPembantu)
                    .filter(u -> unit.isEmpty() || unit.get().equals(u.code()))
                    .map(u -> {
                        LocalDate l = last.get(u.code());
                        LocalDate due = l == null ? null : l.plusMonths(months);
                        return new DeliveryStatus(u.code(), u.name(), l, due, due == null || due.isBefore(today));
                    }).toList();
        });
    }

    private RegisterEntry visible(Tenant tenant, UUID id, Optional<String> unit) {
        return entries.find(tenant.id(), id).filter(e -> unit.isEmpty() || unit.get().equals(e.ownerPpid()))
                .orElseThrow(RegisterErrors::entryNotFound);
    }

    private OfficerEntry view(Tenant tenant, RegisterEntry e) {
        return new OfficerEntry(e, entries.documents(tenant.id(), e.id()), tests.forEntry(tenant.id(), e.id()));
    }

    public static LocalDate today(Tenant tenant) {
        return LocalDate.now(tenant.zone());
    }

    private static int months(Tenant tenant) {
        return tenant.definition().parameters().register().berkalaUpdateMonths();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
