package id.balai.information.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.identity.application.ActorNames;
import id.balai.information.domain.Dispute;
import id.balai.information.domain.InformationClocks;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.Objection;
import id.balai.information.domain.ObjectionGround;
import id.balai.information.domain.RequestEvent;
import id.balai.platform.application.Now;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.Paging;
import id.balai.platform.infrastructure.IdempotencyStore;
import id.balai.platform.infrastructure.Json;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Objections (Perbup Pasal 24-25; Perki 1/2021) and disputes (Pasal 26; UU KIP Ps 37-38): filing with the window
 * checked, the Atasan PPID's answer or a deliberated settlement, the dispute's stages, decision, compliance and the
 * PPID Utama's facilitation tasks. One transaction per step, audited.
 */
@ApplicationScoped
public class ObjectionService {

    @Inject
    TenantTransactions scope;

    @Inject
    InformationRequestService requestService;

    @Inject
    RequestRecords requests;

    @Inject
    ObjectionRecords objections;

    @Inject
    DisputeRecords disputes;

    @Inject
    RegistrationNumberSeries numbers;

    @Inject
    AuditLog audit;

    @Inject
    RequesterNotifications notifications;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    ActorNames actorNames;

    @Inject
    InformationLetters letters;

    /** @param actors who acted in the history, by the actor each event records (officers by name) */
    public record ObjectionView(Objection objection, String requestNumber, List<RequestEvent> events,
            List<Dispute> disputes, Map<String, ActorNames.Named> actors,
            java.util.Optional<ObjectionRecords.Implementation> implementation) {
    }

    /** The requester files an objection with the registration number and access code. */
    @Transactional
    public ObjectionView fileByRequester(Tenant tenant, String number, String code, ObjectionGround ground,
            LocalDate statedAroseOn, String reasons) {
        return scope.call(tenant.id(), () -> {
            InformationRequest r = requestService.forRequester(tenant, number, code);
            return file(tenant, r, ground, statedAroseOn, reasons, new Actor("requester", "", null));
        });
    }

    /** An officer records an objection handed in on paper or in person. */
    @Transactional
    public ObjectionView fileByOfficer(Tenant tenant, UUID requestId, ObjectionGround ground, LocalDate statedAroseOn,
            String reasons, Actor actor) {
        return scope.call(tenant.id(), () -> file(tenant, requests.get(tenant.id(), requestId), ground,
                statedAroseOn, reasons, actor));
    }

    private ObjectionView file(Tenant tenant, InformationRequest r, ObjectionGround ground, LocalDate stated,
            String reasons, Actor actor) {
        Instant now = Now.instant();
        TenantInformationClocks clocks = requestService.clocks(tenant, now);
        // The number is taken only once the filing is lawful: a refused filing leaves no gap in the register.
        Objection probe = Objection.file(r, "-", ground, stated, reasons, now, clocks, actor.id());
        String number = numbers.next(tenant, RegistrationNumberSeries.OBJECTION, clocks.today().getYear());
        Objection o = Objection.file(r, number, probe.ground(), stated, reasons, now, clocks, actor.id());
        objections.insert(o);
        audit.record(tenant.id(), actor, "OBJECTION_FILED", "information_objection", o.id().toString(),
                Map.of("registerNumber", number, "ground", ground.name(), "request", r.registrationNumber()));
        notifications.objectionFiled(tenant, r, o);
        return view(tenant, o);
    }

    public interface ObjectionStep {
        void apply(Objection o, Instant now, TenantInformationClocks clocks);
    }

    @Transactional
    public ObjectionView act(Tenant tenant, UUID id, String action, Actor actor, ObjectionStep step) {
        return scope.call(tenant.id(), () -> {
            Objection o = objections.get(tenant.id(), id);
            Instant now = Now.instant();
            TenantInformationClocks clocks = requestService.clocks(tenant, now);
            step.apply(o, now, clocks);
            objections.save(o);
            if (action.equals("ANSWERED")) {
                letters.numberAnswer(tenant, o, actor.id(), now);
            }
            audit.record(tenant.id(), actor, "OBJECTION_" + action, "information_objection", id.toString(),
                    Map.of("status", o.status().name()));
            InformationRequest r = requests.get(tenant.id(), o.requestId());
            notifications.objectionOutcome(tenant, r, o, clocks);
            return view(tenant, o);
        });
    }

    /** The tenant's PPID clocks now, for the deadlines the views show. */
    public InformationClocks clocks(Tenant tenant) {
        return requestService.clocks(tenant);
    }

    /** The Atasan PPID's answer as a letter; a 404 while the objection is not answered. */
    @Transactional
    public byte[] answerLetter(Tenant tenant, UUID id) {
        return scope.call(tenant.id(), () -> {
            Objection o = objections.get(tenant.id(), id);
            if (o.answeredOn().isEmpty() || o.decision().isEmpty()) {
                throw InformationErrors.notFound("answer");
            }
            return letters.objectionAnswer(tenant, o, requests.get(tenant.id(), o.requestId()).registrationNumber(),
                    requests.events(tenant.id(), o.id(), false), Now.instant());
        });
    }

    /**
     * Records how an upheld answer was carried out (Perbup Pasal 18(3)d.2), once, by the PPID Utama: only an answer
     * that upholds the objection binds the PPID; its date between the answer and today.
     */
    @Transactional
    public ObjectionView recordImplementation(Tenant tenant, UUID id, java.time.LocalDate on, String note,
            Actor actor) {
        return scope.call(tenant.id(), () -> {
            Objection o = objections.get(tenant.id(), id);
            if (o.decision().filter(d -> d == Objection.Decision.UPHELD).isEmpty()) {
                throw InformationErrors.conflict("ANSWER_NOT_UPHELD", "Hanya tanggapan yang menerima keberatan yang "
                        + "wajib dilaksanakan.", "Only an answer that upholds the objection is carried out.");
            }
            java.time.LocalDate today = java.time.LocalDate.ofInstant(Now.instant(), tenant.zone());
            if (on == null || on.isBefore(o.answeredOn().orElseThrow()) || on.isAfter(today)) {
                throw InformationErrors.invalid("DATE_OUT_OF_RANGE", "Tanggal pelaksanaan harus antara tanggal "
                        + "tanggapan dan hari ini.", "The date must lie between the answer and today.", "on");
            }
            String n = note == null ? "" : note.strip();
            if (n.length() < 5 || n.length() > 2000) {
                throw InformationErrors.invalid("INVALID_NOTE", "Uraian pelaksanaan 5 sampai 2000 karakter.",
                        "The description takes 5 to 2000 characters.", "note");
            }
            if (!objections.insertImplementation(tenant.id(), id, new ObjectionRecords.Implementation(on, n),
                    actor.id(), Now.instant())) {
                throw InformationErrors.conflict("ALREADY_CARRIED_OUT", "Pelaksanaan tanggapan ini sudah dicatat.",
                        "How this answer was carried out is already recorded.");
            }
            audit.record(tenant.id(), actor, "OBJECTION_ANSWER_CARRIED_OUT", "information_objection", id.toString(),
                    Map.of("on", on.toString()));
            return view(tenant, o);
        });
    }

    @Transactional
    public ObjectionView get(Tenant tenant, UUID id) {
        return scope.call(tenant.id(), () -> view(tenant, objections.get(tenant.id(), id)));
    }

    /** The objections in one status (FILED: waiting for the Atasan PPID's answer), earliest answer date first. */
    @Transactional
    public List<Objection> byStatus(Tenant tenant, String status, int page, int size) {
        return scope.call(tenant.id(), () -> objections.byStatus(tenant.id(), status, Paging.offset(page, size), size));
    }

    /** The queue searched by number (the objection's or its request's), in one status or, when null, any. */
    @Transactional
    public List<Objection> search(Tenant tenant, String status, String number, int page, int size) {
        return scope.call(tenant.id(), () -> objections.search(tenant.id(), status, number, Paging.offset(page, size),
                size));
    }

    /** How many objections {@code q} finds per status, and how many unanswered ones are overdue today. */
    @Transactional
    public id.balai.information.domain.ObjectionCounts counts(Tenant tenant, String q) {
        return scope.call(tenant.id(), () -> objections.counts(tenant.id(), q,
                requestService.clocks(tenant, Now.instant()).calendarToday()));
    }

    /** Named query: objections unanswered past their due date. */
    @Transactional
    public List<Objection> overdue(Tenant tenant, int page, int size) {
        return scope.call(tenant.id(), () -> objections.openDue(tenant.id(),
                requestService.clocks(tenant, Now.instant()).calendarToday().minusDays(1), Paging.offset(page, size), size));
    }

    /** A dispute as recorded; {@code replay}: the same Idempotency-Key came again and nothing new was stored. */
    public record FiledDispute(Dispute dispute, boolean replay) {
    }

    /** What an Idempotency-Key of a dispute filing remembers: the dispute it created. */
    public record DisputeReceipt(UUID disputeId) {
    }

    /** What the filing's Idempotency-Key is checked against: the same key must come with the same filing. */
    public record DisputeFiling(UUID objectionId, String commissionCaseNumber, LocalDate filedOn) {
    }

    /**
     * Records a dispute filed at the Information Commission (UU KIP Ps 37(2): within 14 working days), once per
     * Commission case and at most one undecided dispute per objection (409 otherwise). With an Idempotency-Key, a
     * repeat of the same filing answers the dispute the first one created and stores nothing; the key with another
     * filing is 409 IDEMPOTENCY_KEY_REUSED.
     */
    @Transactional
    public FiledDispute fileDispute(Tenant tenant, UUID objectionId, String commissionCaseNumber, LocalDate filedOn,
            Optional<String> key, Actor actor) {
        String hash = Json.sha256Hex(new DisputeFiling(objectionId, commissionCaseNumber, filedOn));
        return scope.call(tenant.id(), () -> {
            if (key.isPresent()) {
                Optional<IdempotencyStore.Stored> earlier = idempotency.claim(tenant.id(), key.get(), hash);
                if (earlier.isPresent()) {
                    if (!earlier.get().requestSha256().equals(hash)) {
                        throw new DomainException(DomainException.Kind.CONFLICT, "IDEMPOTENCY_KEY_REUSED",
                                Message.of("Kunci idempotensi ini sudah dipakai untuk pencatatan lain.",
                                        "This idempotency key was already used for another filing."),
                                "Idempotency-Key");
                    }
                    UUID first = Json.read(earlier.get().body(), DisputeReceipt.class).disputeId();
                    return new FiledDispute(disputes.get(tenant.id(), first), true);
                }
            }
            // Filings on one objection wait for each other here, so two can never both find it free.
            objections.lock(tenant.id(), objectionId);
            Objection o = objections.get(tenant.id(), objectionId);
            TenantInformationClocks clocks = requestService.clocks(tenant, Now.instant());
            List<Dispute> recorded = disputes.recorded(tenant.id(), objectionId,
                    Dispute.caseNumber(commissionCaseNumber));
            // The number is taken only once the filing is lawful: a refused filing leaves no gap in the register.
            Dispute.file(o, "-", commissionCaseNumber, filedOn, clocks, recorded);
            Dispute d = Dispute.file(o, numbers.next(tenant, RegistrationNumberSeries.DISPUTE, filedOn.getYear()),
                    commissionCaseNumber, filedOn, clocks, recorded);
            disputes.insert(d);
            key.ifPresent(k -> idempotency.complete(tenant.id(), k, 201, Json.write(new DisputeReceipt(d.id()))));
            audit.record(tenant.id(), actor, "DISPUTE_FILED", "information_dispute", d.id().toString(),
                    Map.of("registerNumber", d.registerNumber(), "objection", o.registerNumber()));
            return new FiledDispute(d, false);
        });
    }

    public interface DisputeStep {
        void apply(Dispute d, InformationClocks clocks);
    }

    @Transactional
    public Dispute actOnDispute(Tenant tenant, UUID id, String action, Actor actor, DisputeStep step) {
        return scope.call(tenant.id(), () -> {
            Dispute d = disputes.get(tenant.id(), id);
            step.apply(d, requestService.clocks(tenant, Now.instant()));
            disputes.save(d);
            audit.record(tenant.id(), actor, "DISPUTE_" + action, "information_dispute", id.toString(),
                    Map.of("stage", d.stage().name()));
            return d;
        });
    }

    @Transactional
    public Dispute dispute(Tenant tenant, UUID id) {
        return scope.call(tenant.id(), () -> disputes.get(tenant.id(), id));
    }

    private ObjectionView view(Tenant tenant, Objection o) {
        List<RequestEvent> events = requests.events(tenant.id(), o.id(), false);
        return new ObjectionView(o, requests.get(tenant.id(), o.requestId()).registrationNumber(), events,
                disputes.ofObjection(tenant.id(), o.id()),
                actorNames.of(tenant.id(), events.stream().map(RequestEvent::actor).toList()),
                objections.implementation(tenant.id(), o.id()));
    }
}
