package id.balai.complaints.application;

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
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;

import id.balai.audit.application.AuditLog;
import id.balai.calendar.application.CalendarService;
import id.balai.complaints.domain.Attachment;
import id.balai.complaints.domain.Attachments;
import id.balai.complaints.domain.Clocks;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.ComplaintEvent;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.HearingBack;
import id.balai.complaints.domain.Publication;
import id.balai.identity.application.ActorNames;
import id.balai.notifications.application.CitizenNotifications;
import id.balai.platform.application.Now;
import id.balai.platform.domain.AccessCode;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.Paging;
import id.balai.platform.domain.PhoneNumber;
import id.balai.platform.infrastructure.IdempotencyStore;
import id.balai.platform.infrastructure.ImageMetadata;
import id.balai.platform.infrastructure.Json;
import id.balai.privacy.domain.AccessReason;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalData;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.application.TenantAreas;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.geography.Area;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The SPIKM use cases: receiving a report on any channel (stored exactly once per idempotency key), the
 * reporter's tracking and replies, and every officer step. Each runs in one transaction in the tenant's scope and
 * is audited; the reporter's identity lives in the vault and is read only through {@link #reporterIdentity}.
 */
@ApplicationScoped
public class ComplaintService {

    @Inject
    TenantTransactions scope;

    @Inject
    ComplaintRecords complaints;

    @Inject
    TrackingNumberSeries trackingNumbers;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    PersonalDataVault vault;

    @Inject
    CalendarService calendars;

    @Inject
    AuditLog audit;

    @Inject
    ReporterNotifications reporters;

    @Inject
    CitizenNotifications citizens;

    @Inject
    ComplaintFiles attachments;

    @Inject
    ModerationService moderation;

    @Inject
    Publications publications;

    @Inject
    ReporterTracking tracking;

    @Inject
    TenantAreas areas;

    @Inject
    LaporLinkRecords laporLinks;

    @Inject
    ActorNames actorNames;

    /** What the reporter gets back: keep both to follow the case. */
    /** The reporter's receipt: received on {@code receivedOn}; verification counts from {@code countingStartsOn}. */
    public record Receipt(String trackingNumber, String accessCode,
            @Schema(implementation = ComplaintStatus.class) String status, LocalDate receivedOn,
            LocalDate countingStartsOn, LocalDate verifyDue) {
    }

    /**
     * A submission with the reporter's contact (kept in the vault, never on the case), its checked files, and how the
     * reporter wants to hear back.
     */
    public record SubmitCommand(Complaint.Submission submission, PersonalData reporter,
            List<Attachments.Upload> attachments, HearingBack hearingBack) {
        public SubmitCommand {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
            Attachments.checkCount(attachments.size());
            hearingBack = hearingBack != null ? hearingBack : HearingBack.byDefault(submission.channel(), reporter);
            if (!hearingBack.reachable(reporter)) {
                throw ComplaintErrors.invalid("NOTIFY_CONTACT_MISSING",
                        "Isi alamat e-mail atau nomor telepon untuk saluran kabar yang Anda pilih.",
                        "Give the e-mail address or phone number of the channel you chose for news.", "notifyBy");
            }
        }

        public SubmitCommand(Complaint.Submission submission, PersonalData reporter,
                List<Attachments.Upload> attachments) {
            this(submission, reporter, attachments, null);
        }

        public SubmitCommand(Complaint.Submission submission, PersonalData reporter) {
            this(submission, reporter, List.of(), null);
        }
    }

    /**
     * The answer to a submission, and whether it is a replay of an earlier one.
     *
     * @param complaint the case's id; empty for a replay
     * @param reporter  the reporter in the vault, for a reply through the outbox; empty for a replay or no contact
     */
    public record Submitted(Receipt receipt, boolean replay, Optional<UUID> complaint, Optional<PersonRef> reporter) {
    }

    /** The first of these idempotency keys that a stored submission holds, if any. */
    public Optional<String> storedKey(Tenant tenant, List<String> keys) {
        return scope.call(tenant.id(), () -> keys.stream().filter(k -> idempotency.exists(tenant.id(), k))
                .findFirst());
    }

    /**
     * Receives a report (SPIKM Pasal 5a). With an idempotency key, a repeat of the same request returns the first
     * receipt and stores nothing; the same key with another request is a 409.
     */
    public Submitted submit(Tenant tenant, SubmitCommand cmd, Optional<String> idempotencyKey, Actor actor) {
        List<Attachments.Upload> files = withoutMetadata(cmd.attachments());
        String requestHash = hash(cmd, files);
        Instant now = Now.instant();
        Clocks clocks = clocks(tenant, now);
        // Issue 15 item 4: the kecamatan and desa/kelurahan of the point, on every channel that has one (web,
        // Open311, walk-in; an SMS has none). Looked up before the transaction: the shapes are the regency's own.
        Area area = located(tenant, cmd.submission()).orElse(null);
        return scope.call(tenant.id(), () -> {
            if (idempotencyKey.isPresent()) {
                Optional<IdempotencyStore.Stored> earlier = idempotency.claim(tenant.id(), idempotencyKey.get(),
                        requestHash);
                if (earlier.isPresent()) {
                    if (!earlier.get().requestSha256().equals(requestHash)) {
                        throw new DomainException(DomainException.Kind.CONFLICT, "IDEMPOTENCY_KEY_REUSED",
                                Message.of("Kunci idempotensi ini sudah dipakai untuk laporan lain.",
                                        "This idempotency key was already used for another report."),
                                "Idempotency-Key");
                    }
                    return new Submitted(Json.read(earlier.get().body(), Receipt.class), true, Optional.empty(),
                            Optional.empty());
                }
            }
            // Taken here, inside the one transaction: a sequence's number, which no other submission waits for.
            String tracking = trackingNumbers.next(tenant, "SPIKM", clocks.today().getYear());
            String code = AccessCode.generate();
            UUID reporter = hasContact(cmd.reporter()) ? vault.store(tenant.id(), cmd.reporter()).value() : null;
            Complaint c = Complaint.receive(tenant.id(), tracking, cmd.submission(), reporter, now, clocks,
                    actor.id(), area);
            complaints.insert(c, AccessCode.hash(code));
            attachments.add(tenant.id(), c.id(), files, now, actor.id());
            Receipt receipt = new Receipt(tracking, code, c.status().name(), c.receivedOn(), c.countingStartsOn(),
                    c.verifyDue());
            idempotencyKey.ifPresent(k -> idempotency.complete(tenant.id(), k, 201, Json.write(receipt)));
            reporters.received(tenant, c, cmd.hearingBack(), code);
            // Last: the audit chain's head row stays locked until commit, so the regency's next submission waits
            // only for this and the commit.
            audit.record(tenant.id(), actor, "COMPLAINT_RECEIVED", "complaint", c.id().toString(),
                    Map.of("trackingNumber", tracking, "channel", c.channel().name(), "anonymous", c.anonymous(),
                            "confidential", c.confidential(), "attachments", files.size()));
            return new Submitted(receipt, false, Optional.of(c.id()),
                    Optional.ofNullable(reporter).map(PersonRef::new));
        });
    }

    private Optional<Area> located(Tenant tenant, Complaint.Submission s) {
        return s.latitude() == null || s.longitude() == null ? Optional.empty()
                : areas.locate(tenant, s.latitude(), s.longitude());
    }

    /** The reporter's view of a case: by tracking number and access code; anything wrong is "not found". */
    @Transactional
    public ReporterView track(Tenant tenant, String trackingNumber, String accessCode) {
        return scope.call(tenant.id(), () -> {
            Complaint c = forReporter(tenant, trackingNumber, accessCode);
            return new ReporterView(c, complaints.events(tenant.id(), c.id(), true), mergedTarget(tenant, c),
                    attachments.list(tenant.id(), c.id()),
                    publications.find(tenant.id(), c.id()).filter(Publication::isPublished).isPresent());
        });
    }

    /**
     * The reporter's tracking page, read in one statement outside any transaction: a public read writes nothing,
     * so it joins no transaction manager (issue 19 item 3). Anything wrong is "not found", as in {@link #track}.
     */
    public ReporterTracking.TrackedCase tracked(Tenant tenant, String trackingNumber, String accessCode) {
        if (trackingNumber == null || accessCode == null) {
            throw ComplaintErrors.notFound();
        }
        return tracking.find(tenant.id(), trackingNumber.trim().toUpperCase(), AccessCode.hash(accessCode))
                .orElseThrow(ComplaintErrors::notFound);
    }

    /** The case a duplicate was merged into: its reporter follows that case's answer. */
    private Optional<Complaint> mergedTarget(Tenant tenant, Complaint c) {
        return c.mergedInto().flatMap(target -> complaints.find(tenant.id(), target));
    }

    /**
     * A case asked for by SMS, if the sender's phone is its reporter's (SPIKM Pasal 8): the phone stands in for
     * the access code. A case of another reporter is as unknown as a wrong number, so that nobody can probe
     * tracking numbers by SMS.
     */
    @Transactional
    public Optional<Complaint> statusForSender(Tenant tenant, String trackingNumber, PhoneNumber sender) {
        return scope.call(tenant.id(), () -> complaints.findByTrackingNumber(tenant.id(), trackingNumber)
                .filter(c -> c.reporter().map(PersonRef::new)
                        .filter(r -> vault.findByPhone(tenant.id(), sender.e164()).contains(r)).isPresent()));
    }

    /** A case and its public history, as its reporter sees it. */
    /**
     * A case and its public history, as its reporter sees it; for a merged duplicate, also the case it was merged
     * into, whose answer is the reporter's answer too.
     */
    public record ReporterView(Complaint complaint, List<ComplaintEvent> events, Optional<Complaint> mergedInto,
            List<Attachment> attachments, boolean published) {
    }

    /** One file of the reporter's own case, by tracking number and access code. */
    @Transactional
    public ComplaintFiles.File reporterAttachment(Tenant tenant, String trackingNumber, String accessCode,
            int position) {
        return scope.call(tenant.id(), () -> {
            Complaint c = forReporter(tenant, trackingNumber, accessCode);
            return attachments.read(tenant.id(), c.id(), position).orElseThrow(ComplaintService::noAttachment);
        });
    }

    /**
     * One file of a case for an officer who may see the case (an agency operator: only a case sent to its unit).
     * Files can show people, so every read is audited like an identity read.
     */
    @Transactional
    public ComplaintFiles.File officerAttachment(Tenant tenant, UUID id, int position,
            Optional<String> agencyUnit, Actor actor) {
        return scope.call(tenant.id(), () -> {
            Complaint c = complaints.get(tenant.id(), id);
            if (agencyUnit.isPresent() && !c.involves(agencyUnit.get())) {
                throw ComplaintErrors.notFound();
            }
            ComplaintFiles.File f = attachments.read(tenant.id(), id, position)
                    .orElseThrow(ComplaintService::noAttachment);
            audit.record(tenant.id(), actor, "ATTACHMENT_READ", "complaint", id.toString(),
                    Map.of("position", position, "sha256", f.attachment().sha256()));
            return f;
        });
    }

    private static DomainException noAttachment() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ATTACHMENT_NOT_FOUND",
                Message.of("Lampiran tidak ditemukan.", "Attachment not found."));
    }

    private static List<Attachments.Upload> withoutMetadata(List<Attachments.Upload> uploads) {
        List<Attachments.Upload> clean = new java.util.ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Attachments.Upload u = uploads.get(i);
            byte[] content = ImageMetadata.strip(u.type(), u.content(), "attachments[" + i + "]");
            clean.add(new Attachments.Upload(u.fileName(), u.type(), content, Attachments.sha256(content)));
        }
        return clean;
    }

    /** The reporter answers a clarification question, accepts the answer, rates, or reopens. */
    @Transactional
    public ReporterView reporterAction(Tenant tenant, String trackingNumber, String accessCode,
            Consumer<ReporterActions> action) {
        return scope.call(tenant.id(), () -> {
            Complaint c = forReporter(tenant, trackingNumber, accessCode);
            Instant now = Now.instant();
            action.accept(new ReporterActions(c, now, clocks(tenant, now)));
            complaints.save(c);
            audit.record(tenant.id(), new Actor("reporter", "", null), "COMPLAINT_REPORTER_ACTION", "complaint",
                    c.id().toString(), Map.of("status", c.status().name()));
            return new ReporterView(c, complaints.events(tenant.id(), c.id(), true), mergedTarget(tenant, c),
                    attachments.list(tenant.id(), c.id()),
                    publications.find(tenant.id(), c.id()).filter(Publication::isPublished).isPresent());
        });
    }

    /**
     * The reporter answers the clarification question with text and photos from the tracking page (issue 16): the case
     * goes back to the central administrator's queue with the answer in its history and the photos among its files.
     */
    @Transactional
    public ReporterView clarifyWithFiles(Tenant tenant, String trackingNumber, String accessCode, String text,
            List<Attachments.Upload> uploads) {
        List<Attachments.Upload> files = withoutMetadata(uploads);
        return scope.call(tenant.id(), () -> {
            Complaint c = forReporter(tenant, trackingNumber, accessCode);
            Attachments.checkCount(attachments.list(tenant.id(), c.id()).size() + files.size());
            Instant now = Now.instant();
            c.clarify(files.isEmpty() ? text : text + " (+" + files.size() + " foto/berkas)", now);
            complaints.save(c);
            attachments.add(tenant.id(), c.id(), files, now, "reporter");
            audit.record(tenant.id(), new Actor("reporter", "", null), "COMPLAINT_REPORTER_ACTION", "complaint",
                    c.id().toString(), Map.of("status", c.status().name(), "attachments", files.size()));
            return new ReporterView(c, complaints.events(tenant.id(), c.id(), true), mergedTarget(tenant, c),
                    attachments.list(tenant.id(), c.id()),
                    publications.find(tenant.id(), c.id()).filter(Publication::isPublished).isPresent());
        });
    }

    /**
     * A clarification answered by SMS (issue 16): the case named, or else the one case of this phone's reporter that
     * waits for an answer. Empty when there is no such case of this sender, so that an SMS can learn nothing about
     * anyone else's case.
     */
    @Transactional
    public Optional<Complaint> clarifyBySms(Tenant tenant, Optional<String> trackingNumber, PhoneNumber sender,
            String text, String messageKey) {
        String key = "sms-clarification:" + messageKey;
        String hash = Json.sha256Hex(Map.of("text", text));
        return scope.call(tenant.id(), () -> {
            if (idempotency.exists(tenant.id(), key)) {
                // The gateway delivered this SMS again: it answered its case already.
                return idempotency.claim(tenant.id(), key, hash).flatMap(earlier -> complaints.findByTrackingNumber(
                        tenant.id(), Json.read(earlier.body(), String.class)));
            }
            List<UUID> mine = vault.findByPhone(tenant.id(), sender.e164()).stream().map(PersonRef::value).toList();
            List<Complaint> waiting = complaints.awaitingClarification(tenant.id(), mine).stream()
                    .filter(c -> trackingNumber.map(n -> n.equals(c.trackingNumber())).orElse(true)).toList();
            if (waiting.size() != 1) {
                return Optional.<Complaint>empty();
            }
            Complaint c = waiting.get(0);
            idempotency.claim(tenant.id(), key, hash);
            c.clarify(text, Now.instant());
            complaints.save(c);
            idempotency.complete(tenant.id(), key, 200, Json.write(c.trackingNumber()));
            audit.record(tenant.id(), new Actor("reporter", "sms", null), "COMPLAINT_REPORTER_ACTION", "complaint",
                    c.id().toString(), Map.of("status", c.status().name(), "channel", "SMS"));
            return Optional.of(c);
        });
    }

    /** What a reporter may do to a case. */
    public record ReporterActions(Complaint complaint, Instant now, Clocks clocks) {
        public void clarify(String text) {
            complaint.clarify(text, now);
        }

        public void accept() {
            complaint.close("reporter", now, clocks);
        }

        public void rate(int stars) {
            complaint.rate(stars, now);
        }

        public void reopen(String reason) {
            complaint.reopen(reason, now, clocks);
        }
    }

    /** An officer's step on a case, applied and stored in one transaction. */
    public interface Step {
        void apply(Complaint complaint, Instant now, Clocks clocks);
    }

    @Transactional
    public OfficerView act(Tenant tenant, UUID id, String action, Actor actor, Step step) {
        return act(tenant, id, action, actor, Optional.empty(), step);
    }

    /**
     * The same for an officer who may act only on the cases their agency is part of ({@code agencyUnit}): any other
     * case is not found to them, as if it did not exist.
     */
    @Transactional
    public OfficerView act(Tenant tenant, UUID id, String action, Actor actor, Optional<String> agencyUnit,
            Step step) {
        return scope.call(tenant.id(), () -> {
            Complaint c = complaints.get(tenant.id(), id);
            if (agencyUnit.isPresent() && !c.involves(agencyUnit.get())) {
                throw ComplaintErrors.notFound();
            }
            Instant now = Now.instant();
            step.apply(c, now, clocks(tenant, now));
            List<ComplaintEvent> happened = c.newEvents();
            complaints.save(c);
            audit.record(tenant.id(), actor, "COMPLAINT_" + action, "complaint", id.toString(),
                    Map.of("status", c.status().name()));
            reporters.after(tenant, c, happened);
            // A rejected report is never public: a published version comes off at once (issue 15).
            moderation.withdrawIfNoLongerPublishable(tenant, id, actor);
            return officerView(tenant, complaints.get(tenant.id(), id));
        });
    }

    /** Merges {@code duplicate} into {@code target}: both change in one transaction. */
    @Transactional
    public OfficerView merge(Tenant tenant, UUID duplicate, UUID target, Actor actor) {
        return scope.call(tenant.id(), () -> {
            Complaint dup = complaints.get(tenant.id(), duplicate);
            Complaint into = complaints.get(tenant.id(), target);
            dup.mergeInto(actor.id(), into, Now.instant());
            complaints.save(dup);
            complaints.save(into);
            audit.record(tenant.id(), actor, "COMPLAINT_MERGED", "complaint", duplicate.toString(),
                    Map.of("into", target.toString()));
            // A merged duplicate is never public: a published version comes off at once (issue 15).
            moderation.withdrawIfNoLongerPublishable(tenant, duplicate, actor);
            return officerView(tenant, complaints.get(tenant.id(), duplicate));
        });
    }

    /**
     * A case as officers see it: everything but the reporter's identity.
     *
     * @param lapor  the case's link to SP4N-LAPOR!, when LAPOR! knows it or is to
     * @param news   how the reporter hears back: the channels chosen and whether each still runs (issue 16)
     * @param actors who acted in the history, by the actor each event records (officers by name)
     */
    public record OfficerView(Complaint complaint, List<ComplaintEvent> events, List<UUID> mergedFrom,
            List<Attachment> attachments, Optional<LaporLinkRecords.Link> lapor,
            List<CitizenNotifications.Choice> news, Map<String, ActorNames.Named> actors) {
    }

    @Transactional
    public OfficerView get(Tenant tenant, UUID id) {
        return scope.call(tenant.id(), () -> officerView(tenant, complaints.get(tenant.id(), id)));
    }

    @Transactional
    public ComplaintRecords.Page list(Tenant tenant, ComplaintRecords.Filter filter, int page, int size) {
        return scope.call(tenant.id(), () -> {
            ComplaintRecords.Page p = complaints.list(tenant.id(), filter, Paging.offset(page, size), size);
            return p.withLaporIds(laporLinks.laporIds(tenant.id(), p.items().stream().map(Complaint::id).toList()));
        });
    }

    /**
     * The reporter's identity, for an officer allowed to see it: the central administrator always, an agency
     * operator of a unit involved in the case unless the reporter chose anonim. Every read is audited.
     */
    @Transactional
    public Optional<PersonalData> reporterIdentity(Tenant tenant, UUID id, Actor actor, Optional<String> agencyUnit,
            String purpose) {
        return scope.call(tenant.id(), () -> {
            Complaint c = complaints.get(tenant.id(), id);
            if (agencyUnit.isPresent() && (!c.identityVisibleToAgency() || !c.involves(agencyUnit.get()))) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "IDENTITY_HIDDEN",
                        Message.of("Identitas pelapor tidak dapat ditampilkan untuk Anda.",
                                "The reporter's identity cannot be shown to you."));
            }
            if (c.reporter().isEmpty()) {
                return Optional.<PersonalData>empty();
            }
            audit.record(tenant.id(), actor, "PERSONAL_DATA_READ", "complaint", id.toString(),
                    Map.of("purpose", purpose));
            return vault.read(tenant.id(), new PersonRef(c.reporter().get()), new AccessReason(actor.id(), purpose));
        });
    }

    private OfficerView officerView(Tenant tenant, Complaint c) {
        List<ComplaintEvent> events = complaints.events(tenant.id(), c.id(), false);
        return new OfficerView(c, events,
                complaints.mergedInto(tenant.id(), c.id()), attachments.list(tenant.id(), c.id()),
                laporLinks.find(tenant.id(), c.id()),
                citizens.choices(tenant, CitizenNotifications.Subject.complaint(c.id(), c.trackingNumber())),
                actorNames.of(tenant.id(), events.stream().map(ComplaintEvent::actor).toList()));
    }

    private Complaint forReporter(Tenant tenant, String trackingNumber, String accessCode) {
        if (trackingNumber == null || accessCode == null) {
            throw ComplaintErrors.notFound();
        }
        return complaints.findForReporter(tenant.id(), trackingNumber.trim().toUpperCase(),
                AccessCode.hash(accessCode)).orElseThrow(ComplaintErrors::notFound);
    }

    private Clocks clocks(Tenant tenant, Instant now) {
        return new TenantClocks(tenant, calendars.calendarOf(tenant), now);
    }

    private static boolean hasContact(PersonalData p) {
        return p != null && (p.name() != null || p.phone() != null || p.email() != null);
    }

    /** What makes two submissions the same: the form, the contact and the files (by name and digest). */
    private static String hash(SubmitCommand cmd, List<Attachments.Upload> files) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("submission", cmd.submission());
        fields.put("reporter", cmd.reporter());
        fields.put("hearingBack", cmd.hearingBack().channel().map(Enum::name).orElse("NONE") + "/"
                + cmd.hearingBack().language());
        if (!files.isEmpty()) {
            fields.put("attachments", Attachments.fingerprint(files));
        }
        return Json.sha256Hex(fields);
    }

}
