package id.balai.information.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.balai.audit.domain.Actor;
import id.balai.audit.infrastructure.AuditTrail;
import id.balai.information.domain.Dispute;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.Objection;
import id.balai.information.domain.ObjectionGround;
import id.balai.information.domain.RequestEvent;
import id.balai.information.infrastructure.DisputeRepository;
import id.balai.information.infrastructure.InformationRequestRepository;
import id.balai.information.infrastructure.ObjectionRepository;
import id.balai.information.infrastructure.RegistrationNumbers;
import id.balai.platform.domain.Paging;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.infrastructure.TenantScope;
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
    TenantScope scope;

    @Inject
    InformationRequestService requestService;

    @Inject
    InformationRequestRepository requests;

    @Inject
    ObjectionRepository objections;

    @Inject
    DisputeRepository disputes;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    AuditTrail audit;

    @Inject
    RequesterNotifications notifications;

    public record ObjectionView(Objection objection, String requestNumber, List<RequestEvent> events,
            List<Dispute> disputes) {
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
        Instant now = Instant.now();
        TenantInformationClocks clocks = requestService.clocks(tenant, now);
        // The number is taken only once the filing is lawful: a refused filing leaves no gap in the register.
        Objection probe = Objection.file(r, "-", ground, stated, reasons, now, clocks, actor.id());
        String number = numbers.next(tenant, RegistrationNumbers.OBJECTION, clocks.today().getYear());
        Objection o = Objection.file(r, number, probe.ground(), stated, reasons, now, clocks, actor.id());
        objections.insert(o);
        audit.record(tenant.id(), actor, "OBJECTION_FILED", "information_objection", o.id().toString(),
                Map.of("registerNumber", number, "ground", ground.name(), "request", r.registrationNumber()));
        notifications.tell(tenant, r, "keberatan", "Keberatan Anda tercatat dengan nomor " + number
                + "; tanggapan atasan PPID paling lambat " + o.answerDue() + ".");
        return view(tenant, o);
    }

    public interface ObjectionStep {
        void apply(Objection o, Instant now, TenantInformationClocks clocks);
    }

    @Transactional
    public ObjectionView act(Tenant tenant, UUID id, String action, Actor actor, ObjectionStep step) {
        return scope.call(tenant.id(), () -> {
            Objection o = objections.get(tenant.id(), id);
            Instant now = Instant.now();
            step.apply(o, now, requestService.clocks(tenant, now));
            objections.save(o);
            audit.record(tenant.id(), actor, "OBJECTION_" + action, "information_objection", id.toString(),
                    Map.of("status", o.status().name()));
            InformationRequest r = requests.get(tenant.id(), o.requestId());
            notifications.tell(tenant, r, "keberatan " + o.registerNumber(), "Keberatan " + o.registerNumber()
                    + ": " + o.status() + o.decision().map(d -> " (" + d + ")").orElse(""));
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

    /** Named query: objections unanswered past their due date. */
    @Transactional
    public List<Objection> overdue(Tenant tenant, int page, int size) {
        return scope.call(tenant.id(), () -> objections.openDue(tenant.id(),
                requestService.clocks(tenant, Instant.now()).calendarToday().minusDays(1), Paging.offset(page, size), size));
    }

    /** Records a dispute filed at the Information Commission (UU KIP Ps 37(2): within 14 working days). */
    @Transactional
    public Dispute fileDispute(Tenant tenant, UUID objectionId, String commissionCaseNumber, LocalDate filedOn,
            Actor actor) {
        return scope.call(tenant.id(), () -> {
            Objection o = objections.get(tenant.id(), objectionId);
            TenantInformationClocks clocks = requestService.clocks(tenant, Instant.now());
            Dispute.file(o, "-", commissionCaseNumber, filedOn, clocks);
            Dispute d = Dispute.file(o, numbers.next(tenant, RegistrationNumbers.DISPUTE, filedOn.getYear()),
                    commissionCaseNumber, filedOn, clocks);
            disputes.insert(d);
            audit.record(tenant.id(), actor, "DISPUTE_FILED", "information_dispute", d.id().toString(),
                    Map.of("registerNumber", d.registerNumber(), "objection", o.registerNumber()));
            return d;
        });
    }

    public interface DisputeStep {
        void apply(Dispute d);
    }

    @Transactional
    public Dispute actOnDispute(Tenant tenant, UUID id, String action, Actor actor, DisputeStep step) {
        return scope.call(tenant.id(), () -> {
            Dispute d = disputes.get(tenant.id(), id);
            step.apply(d);
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
        return new ObjectionView(o, requests.get(tenant.id(), o.requestId()).registrationNumber(),
                requests.events(tenant.id(), o.id(), false), disputes.ofObjection(tenant.id(), o.id()));
    }
}
