package id.balai.information.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;

import id.balai.audit.application.AuditLog;
import id.balai.calendar.application.CalendarService;
import id.balai.identity.application.ActorNames;
import id.balai.information.domain.InformationClocks;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.Objection;
import id.balai.information.domain.RequestChannel;
import id.balai.information.domain.RequestContent;
import id.balai.information.domain.RequestEvent;
import id.balai.information.domain.RequestStatus;
import id.balai.information.domain.WrittenNotice;
import id.balai.platform.application.Now;
import id.balai.platform.domain.AccessCode;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DocumentType;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.FileType;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.Paging;
import id.balai.platform.infrastructure.IdempotencyStore;
import id.balai.platform.infrastructure.Json;
import id.balai.privacy.domain.AccessReason;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalData;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.application.OrgUnitDirectory;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The request use cases (Perbup Luwu Timur Pasal 20-22): receipt on every channel (stored once per idempotency key),
 * the requester's tracking with the access code, and every officer step. Each runs in one transaction in the
 * tenant's scope and is audited; the requester's identity is in the vault and read only through
 * {@link #requesterIdentity}, audited.
 */
@ApplicationScoped
public class InformationRequestService {
    /** An ID copy: a photo or scan of a KTP (Pasal 22(8)). */
    public static final int MAX_ID_COPY_BYTES = 2 * 1024 * 1024;
    /** A released document. */
    public static final int MAX_RELEASED_BYTES = 10 * 1024 * 1024;

    @Inject
    TenantTransactions scope;

    @Inject
    RequestRecords requests;

    @Inject
    ObjectionRecords objections;

    @Inject
    RequestFiles files;

    @Inject
    ActorNames actorNames;

    @Inject
    RegistrationNumberSeries numbers;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    PersonalDataVault vault;

    @Inject
    CalendarService calendars;

    @Inject
    AuditLog audit;

    @Inject
    RequesterNotifications notifications;

    @Inject
    InformationLetters letters;

    @Inject
    OrgUnitDirectory units;

    /** A file as uploaded. */
    public record Upload(String fileName, byte[] content) {
    }

    /** A request with the requester's identity (for the vault) and the ID copy, if any. */
    public record SubmitCommand(RequestChannel channel, RequestContent content, PersonalData requester,
            Upload idCopy) {
    }

    /** What the requester gets back at receipt (Pasal 22(3)): keep the number and the code to follow it. */
    /** The requester's receipt: received on {@code receivedOn}; the notice clock counts from {@code countingStartsOn}. */
    @Schema(name = "RequestReceipt")
    public record Receipt(String registrationNumber, String accessCode,
            @Schema(implementation = RequestStatus.class) String status, LocalDate receivedOn,
            LocalDate countingStartsOn, LocalDate noticeDue) {
    }

    public record Submitted(Receipt receipt, boolean replay) {
    }

    /** A request as its requester sees it. */
    public record RequesterView(InformationRequest request, List<RequestEvent> events,
            List<RequestFiles.FileInfo> released, List<Objection> objections) {
    }

    /**
     * A request as officers see it: everything but the identity.
     *
     * @param actors who acted in the history, by the actor each event records (officers by name)
     */
    public record OfficerView(InformationRequest request, List<RequestEvent> events,
            List<RequestFiles.FileInfo> released, boolean idCopy, List<Objection> objections,
            Map<String, ActorNames.Named> actors) {
    }

    /**
     * Receives a request and gives its registration number at once (Pasal 22(3)). A full copy needs the ID copy
     * where the tenant requires it (Pasal 22(8)).
     */
    public Submitted submit(Tenant tenant, SubmitCommand cmd, Optional<String> key, Actor actor) {
        return submit(tenant, cmd, key, actor, (r, receipt) -> notifications.receipt(tenant, r));
    }

    /**
     * How the requester learns the registration number at receipt (Pasal 22(3)), in the receipt's transaction: by
     * default the usual notice by SMS and/or e-mail; a channel that answers in its own way (the e-mail intake
     * replies to the requester's message) gives its own.
     */
    public interface Acknowledgement {
        void acknowledge(InformationRequest request, Receipt receipt);
    }

    /** {@link #submit(Tenant, SubmitCommand, Optional, Actor)} with the receipt told by {@code ack}. */
    public Submitted submit(Tenant tenant, SubmitCommand cmd, Optional<String> key, Actor actor,
            Acknowledgement ack) {
        boolean idRequired = tenant.definition().parameters().informationRequest().idCopyRequiredForFullCopy()
                && cmd.content().obtainMethod().isCopy();
        if (idRequired && cmd.idCopy() == null) {
            throw InformationErrors.invalid("ID_COPY_REQUIRED",
                    "Salinan informasi memerlukan fotokopi KTP (Perbup Pasal 22(8)).",
                    "A copy of the information needs a copy of the ID card (Perbup Pasal 22(8)).", "idCopy");
        }
        String idCopyType = cmd.idCopy() == null ? null : checkFile(cmd.idCopy(), false,
                MAX_ID_COPY_BYTES, "idCopy");
        String hash = Json.sha256Hex(cmd);
        Instant now = Now.instant();
        TenantInformationClocks clocks = clocks(tenant, now);
        return scope.call(tenant.id(), () -> {
            if (key.isPresent()) {
                Optional<IdempotencyStore.Stored> earlier = idempotency.claim(tenant.id(), key.get(), hash);
                if (earlier.isPresent()) {
                    if (!earlier.get().requestSha256().equals(hash)) {
                        throw new DomainException(DomainException.Kind.CONFLICT, "IDEMPOTENCY_KEY_REUSED",
                                Message.of("Kunci idempotensi ini sudah dipakai untuk permohonan lain.",
                                        "This idempotency key was already used for another request."),
                                "Idempotency-Key");
                    }
                    return new Submitted(Json.read(earlier.get().body(), Receipt.class), true);
                }
            }
            // Inside the one transaction: a sequence's number, which no other submission waits for.
            String number = numbers.next(tenant, RegistrationNumberSeries.REQUEST, clocks.today().getYear());
            String code = AccessCode.generate();
            PersonRef person = vault.store(tenant.id(), cmd.requester());
            InformationRequest r = InformationRequest.receive(tenant.id(), number, cmd.channel(), person.value(),
                    cmd.content(), now, clocks, actor.id());
            requests.insert(r, AccessCode.hash(code));
            if (cmd.idCopy() != null) {
                files.store(tenant.id(), r.id(), RequestFiles.Kind.ID_COPY, safeName(cmd.idCopy().fileName()),
                        idCopyType, cmd.idCopy().content(), now);
            }
            notifications.subscribe(tenant, r);
            Receipt receipt = new Receipt(number, code, r.status().name(), r.receivedOn(), r.countingStartsOn(),
                    r.noticeDue());
            ack.acknowledge(r, receipt);
            key.ifPresent(k -> idempotency.complete(tenant.id(), k, 201, Json.write(receipt)));
            // Last: the audit chain's head row stays locked until commit (ComplaintService.submit).
            audit.record(tenant.id(), actor, "INFORMATION_REQUEST_RECEIVED", "information_request", r.id().toString(),
                    Map.of("registrationNumber", number, "channel", r.channel().name(), "status", r.status().name()));
            return new Submitted(receipt, false);
        });
    }

    @Transactional
    public RequesterView track(Tenant tenant, String number, String code) {
        return scope.call(tenant.id(), () -> {
            InformationRequest r = forRequester(tenant, number, code);
            return new RequesterView(r, requests.events(tenant.id(), r.id(), true),
                    files.list(tenant.id(), r.id(), RequestFiles.Kind.RELEASED),
                    objections.ofRequest(tenant.id(), r.id()));
        });
    }

    /** The written notice as a PDF, for the requester (by number and code) once it is issued. */
    @Transactional
    public byte[] noticePdf(Tenant tenant, String number, String code) {
        return scope.call(tenant.id(), () -> {
            InformationRequest r = forRequester(tenant, number, code);
            if (r.notice().isEmpty()) {
                throw InformationErrors.notFound("notice");
            }
            return letters.notice(tenant, r, requests.events(tenant.id(), r.id(), false),
                    files.list(tenant.id(), r.id(), RequestFiles.Kind.RELEASED), Now.instant());
        });
    }

    /** The extension notice as a letter, for the requester (by number and code) once the deadline is extended. */
    @Transactional
    public byte[] extensionPdf(Tenant tenant, String number, String code) {
        return scope.call(tenant.id(), () -> extensionLetter(tenant, forRequester(tenant, number, code)));
    }

    /**
     * A letter of a request for its officers: {@code kind} "notice" or "extension"; a 404 while the act it records
     * has not happened.
     */
    @Transactional
    public byte[] officerLetter(Tenant tenant, UUID id, Optional<String> unit, String kind) {
        return scope.call(tenant.id(), () -> {
            InformationRequest r = visible(tenant, id, unit);
            return switch (kind) {
                case "notice" -> {
                    if (r.notice().isEmpty()) {
                        throw InformationErrors.notFound("notice");
                    }
                    yield letters.notice(tenant, r, requests.events(tenant.id(), r.id(), false),
                            files.list(tenant.id(), r.id(), RequestFiles.Kind.RELEASED), Now.instant());
                }
                case "extension" -> extensionLetter(tenant, r);
                default -> throw InformationErrors.notFound("letter");
            };
        });
    }

    private byte[] extensionLetter(Tenant tenant, InformationRequest r) {
        if (r.extendedOn().isEmpty()) {
            throw InformationErrors.notFound("extension");
        }
        return letters.extension(tenant, r, requests.events(tenant.id(), r.id(), false), Now.instant());
    }

    /** A released document, for the requester; only once the notice is issued. */
    @Transactional
    public RequestFiles.FileContent releasedFile(Tenant tenant, String number, String code, UUID fileId) {
        return scope.call(tenant.id(), () -> {
            InformationRequest r = forRequester(tenant, number, code);
            if (r.status() != RequestStatus.NOTICE_ISSUED) {
                throw InformationErrors.notFound("file");
            }
            return files.read(tenant.id(), r.id(), fileId, RequestFiles.Kind.RELEASED)
                    .orElseThrow(() -> InformationErrors.notFound("file"));
        });
    }

    /** An officer's step on a request. */
    public interface Step {
        void apply(InformationRequest r, Instant now, TenantInformationClocks clocks);
    }

    /**
     * Applies an officer's step in one transaction, audited; {@code unit}: a PPID Pembantu acts only on requests
     * routed to its unit (any other is a 404).
     */
    @Transactional
    public OfficerView act(Tenant tenant, UUID id, String action, Actor actor, Optional<String> unit, Step step) {
        return scope.call(tenant.id(), () -> {
            InformationRequest r = visible(tenant, id, unit);
            RequestStatus before = r.status();
            Instant now = Now.instant();
            TenantInformationClocks clocks = clocks(tenant, now);
            step.apply(r, now, clocks);
            requests.save(r);
            audit.record(tenant.id(), actor, "INFORMATION_REQUEST_" + action, "information_request", id.toString(),
                    Map.of("status", r.status().name(), "before", before.name()));
            letters.numberAct(tenant, r, action, actor.id(), now);
            switch (action) {
                case "EXTENDED" -> notifications.extended(tenant, r);
                case "NOTICE_ISSUED" -> notifications.noticeIssued(tenant, r);
                case "CONFIRMED" -> notifications.confirmed(tenant, r);
                default -> {
                }
            }
            return officerView(tenant, r);
        });
    }

    /**
     * Records on the request that the reply to the requester's e-mail, with the registration number and the call to
     * confirm today, left for the requester at {@code sentAt} (Perbup Pasal 22(9)): the PPID officer sees when the
     * requester was told. In a transaction of its own, because it is recorded for a message already sent.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordReceiptMailed(Tenant tenant, UUID id, Instant sentAt) {
        scope.run(tenant.id(), () -> {
            InformationRequest r = requests.get(tenant.id(), id);
            r.recordReceiptMailed(sentAt, clocks(tenant, sentAt));
            requests.save(r);
            audit.record(tenant.id(), new Actor("system:mail-sender", "", null), "INFORMATION_RECEIPT_MAILED",
                    "information_request", id.toString(), Map.of("sentAt", sentAt.toString()));
        });
    }

    /** Routes to a PPID Pembantu: the unit must exist, be active and have one (Perbup Pasal 8(5)-(6)). */
    @Transactional
    public OfficerView route(Tenant tenant, UUID id, String unitCode, String note, Actor actor) {
        if (unitCode == null || unitCode.isBlank()) {
            throw InformationErrors.required("unit", "Unit PPID Pembantu", "The PPID Pembantu unit");
        }
        boolean known = units.hasActivePpidPembantu(tenant.id(), unitCode.trim());
        if (!known) {
            throw InformationErrors.invalid("UNKNOWN_UNIT", "Unit " + unitCode + " tidak dikenal atau tidak memiliki "
                    + "PPID Pembantu.", "Unit " + unitCode + " is unknown or has no PPID Pembantu.", "unit");
        }
        return act(tenant, id, "ROUTED", actor, Optional.empty(), (r, now, c) -> r.routeTo(unitCode.trim(), note, now,
                actor.id()));
    }

    /** An officer releases a document with the notice; checked by its magic bytes and size. */
    @Transactional
    public RequestFiles.FileInfo release(Tenant tenant, UUID id, Upload upload, Actor actor,
            Optional<String> unit) {
        String type = checkFile(upload, true, MAX_RELEASED_BYTES, "file");
        return scope.call(tenant.id(), () -> {
            InformationRequest r = visible(tenant, id, unit);
            if (!r.status().open() && r.status() != RequestStatus.NOTICE_ISSUED) {
                throw InformationErrors.notAllowed("release", r.status());
            }
            Instant now = Now.instant();
            RequestFiles.FileInfo f = files.store(tenant.id(), r.id(), RequestFiles.Kind.RELEASED,
                    safeName(upload.fileName()), type, upload.content(), now);
            r.recordFile("DOCUMENT_RELEASED", f.fileName(), now, actor.id(), true);
            requests.save(r);
            audit.record(tenant.id(), actor, "INFORMATION_DOCUMENT_RELEASED", "information_request", id.toString(),
                    Map.of("file", f.id().toString(), "sha256", f.sha256()));
            return f;
        });
    }

    @Transactional
    public OfficerView get(Tenant tenant, UUID id, Optional<String> unit) {
        return scope.call(tenant.id(), () -> officerView(tenant, visible(tenant, id, unit)));
    }

    @Transactional
    public RequestRecords.Page list(Tenant tenant, RequestRecords.Filter f, int page,
            int size) {
        return scope.call(tenant.id(), () -> requests.list(tenant.id(), f, Paging.offset(page, size), size));
    }

    /** Named queries: open requests due within the next working days ("due soon") or past due ("overdue"). */
    @Transactional
    public RequestRecords.Page due(Tenant tenant, boolean overdue, Optional<String> unit, int page,
            int size) {
        return scope.call(tenant.id(), () -> {
            TenantInformationClocks c = clocks(tenant, Now.instant());
            LocalDate yesterday = c.calendarToday().minusDays(1);
            return overdue ? requests.openDue(tenant.id(), null, yesterday, unit.orElse(null), Paging.offset(page, size), size)
                    : requests.openDue(tenant.id(), yesterday, c.dueSoonUntil(), unit.orElse(null), Paging.offset(page, size),
                            size);
        });
    }

    /** The requester's identity, for an officer handling the request; every read is audited. */
    @Transactional
    public PersonalData requesterIdentity(Tenant tenant, UUID id, Actor actor, Optional<String> unit,
            String purpose) {
        return scope.call(tenant.id(), () -> {
            InformationRequest r = visible(tenant, id, unit);
            audit.record(tenant.id(), actor, "PERSONAL_DATA_READ", "information_request", id.toString(),
                    Map.of("purpose", purpose));
            return vault.read(tenant.id(), new PersonRef(r.requester()), new AccessReason(actor.id(), purpose))
                    .orElseThrow(() -> InformationErrors.notFound("requester"));
        });
    }

    /** The ID copy, for an officer; audited as a read of personal data. */
    @Transactional
    public RequestFiles.FileContent idCopy(Tenant tenant, UUID id, Actor actor, Optional<String> unit) {
        return scope.call(tenant.id(), () -> {
            InformationRequest r = visible(tenant, id, unit);
            RequestFiles.FileInfo f = files.list(tenant.id(), r.id(), RequestFiles.Kind.ID_COPY).stream()
                    .findFirst().orElseThrow(() -> InformationErrors.notFound("id_copy"));
            audit.record(tenant.id(), actor, "PERSONAL_DATA_READ", "information_request", id.toString(),
                    Map.of("purpose", "ID copy (Perbup Pasal 22(8))", "file", f.id().toString()));
            return files.read(tenant.id(), r.id(), f.id(), RequestFiles.Kind.ID_COPY).orElseThrow();
        });
    }

    private OfficerView officerView(Tenant tenant, InformationRequest r) {
        List<RequestEvent> events = requests.events(tenant.id(), r.id(), false);
        return new OfficerView(r, events,
                files.list(tenant.id(), r.id(), RequestFiles.Kind.RELEASED),
                !files.list(tenant.id(), r.id(), RequestFiles.Kind.ID_COPY).isEmpty(),
                objections.ofRequest(tenant.id(), r.id()),
                actorNames.of(tenant.id(), events.stream().map(RequestEvent::actor).toList()));
    }

    private InformationRequest visible(Tenant tenant, UUID id, Optional<String> unit) {
        InformationRequest r = requests.get(tenant.id(), id);
        if (unit.isPresent() && !unit.equals(r.orgUnit())) {
            throw InformationErrors.notFound("information_request");
        }
        return r;
    }

    InformationRequest forRequester(Tenant tenant, String number, String code) {
        if (number == null || code == null || code.isBlank()) {
            throw InformationErrors.notFound("information_request");
        }
        return requests.findForRequester(tenant.id(), number.trim().toUpperCase(),
                AccessCode.hash(code)).orElseThrow(() -> InformationErrors.notFound(
                        "information_request"));
    }

    /** Today's receipt date for the tenant. */
    public LocalDate today(Tenant tenant) {
        return clocks(tenant, Now.instant()).today();
    }

    /** The tenant's PPID clocks now, for the views that show deadlines computed by the aggregates. */
    public InformationClocks clocks(Tenant tenant) {
        return clocks(tenant, Now.instant());
    }

    TenantInformationClocks clocks(Tenant tenant, Instant now) {
        return new TenantInformationClocks(tenant, calendars.calendarOf(tenant), now);
    }

    /**
     * Checks an upload's size and its type by its content; answers the media type. An ID copy is a photo or a scan
     * (JPEG, PNG, PDF: {@link FileType}); a released document may also be an office document ({@link DocumentType},
     * name and content agreeing).
     */
    static String checkFile(Upload u, boolean officeDocuments, int maxBytes, String field) {
        if (u.content() == null || u.content().length == 0) {
            throw InformationErrors.required(field, "Berkas", "The file");
        }
        if (u.content().length > maxBytes) {
            throw InformationErrors.invalid("FILE_TOO_LARGE", "Berkas terlalu besar: paling banyak "
                    + maxBytes / (1024 * 1024) + " MiB.", "The file is too large: at most " + maxBytes / (1024 * 1024)
                    + " MiB.", field);
        }
        Optional<FileType> type = FileType.sniff(u.content());
        if (type.isPresent() && !type.get().isIntact(u.content())) {
            throw InformationErrors.invalid("FILE_UNREADABLE", "Berkas rusak atau terpotong; kirim ulang.",
                    "The file is damaged or cut short; send it again.", field);
        }
        return type.map(FileType::mediaType)
                .or(() -> officeDocuments ? DocumentType.recognise(u.fileName(), u.content())
                        .map(DocumentType::mediaType) : Optional.empty())
                .orElseThrow(() -> InformationErrors.invalid("FILE_TYPE_NOT_ALLOWED", "Jenis berkas tidak diterima.",
                        "This file type is not accepted.", field));
    }

    private static String safeName(String name) {
        String n = name == null || name.isBlank() ? "berkas" : name.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        return n.length() > 120 ? n.substring(n.length() - 120) : n;
    }

}
