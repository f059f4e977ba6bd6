package id.balai.information.interfaces;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.balai.identity.application.ActorNames;
import id.balai.information.application.InformationRequestService;
import id.balai.information.application.ObjectionService;
import id.balai.information.application.RequestFiles;
import id.balai.information.domain.Dispute;
import id.balai.information.domain.InformationClocks;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.Objection;
import id.balai.information.domain.ObjectionGround;
import id.balai.information.domain.RequestEvent;
import id.balai.information.domain.RequestStatus;
import id.balai.information.domain.WrittenNotice;

/** What the PPID endpoints answer. No view carries the requester's identity. */
public final class InformationViews {
    private InformationViews() {
    }

    public record Event(Instant at, String action, String note) {
        static Event of(RequestEvent e) {
            return new Event(e.at(), e.action(), e.note());
        }
    }

    /**
     * An event for officers, with who acted: {@code actor} as recorded (an account id, for audit), its kind
     * (OFFICER, CITIZEN, SYSTEM) and, for an officer of the tenant, {@code actorName}. A requester is never named.
     */
    public record OfficerEvent(int seq, Instant at, String action, String actor, String actorKind, String actorName,
            String note, boolean publicEvent) {
        static OfficerEvent of(RequestEvent e, Map<String, ActorNames.Named> actors) {
            ActorNames.Named who = ActorNames.in(actors, e.actor());
            return new OfficerEvent(e.seq(), e.at(), e.action(), e.actor(), who.kind().name(), who.displayName(),
                    e.note(), e.publicEvent());
        }
    }

    public record Redaction(String part, String reason) {
    }

    public record Notice(boolean held, String heldBy, String decision, String exemptionGround, String exemptionReason,
            String informationGiven, List<Redaction> redactions, String medium, String format, BigDecimal cost,
            String paymentMethod, String outcome) {
        static Notice of(WrittenNotice n) {
            return new Notice(Boolean.TRUE.equals(n.held()), n.heldBy(), n.decision() == null ? null
                    : n.decision().name(), n.exemptionGround() == null ? null : n.exemptionGround().name(),
                    n.exemptionReason(), n.informationGiven(),
                    n.redactions().stream().map(r -> new Redaction(r.part(), r.reason())).toList(),
                    n.medium() == null ? null : n.medium().name(), n.format(), n.cost(), n.paymentMethod(),
                    n.outcome());
        }
    }

    public record FileView(String id, String fileName, String mediaType, int sizeBytes, String sha256) {
        static FileView of(RequestFiles.FileInfo f) {
            return new FileView(f.id().toString(), f.fileName(), f.mediaType(), f.sizeBytes(), f.sha256());
        }
    }

    /**
     * An objection in a list or on its request's page: filed on {@code filedOn}, its answer clock counting from
     * {@code countingStartsOn}; {@code disputeFileBy}: the last day to bring a dispute to the Information Commission
     * (UU KIP Ps 37(2)), once the answer is given or its window has lapsed.
     */
    public record ObjectionSummary(String id, String registerNumber, String ground,
            @Schema(implementation = Objection.Status.class) String status, Instant filedAt,
            LocalDate filedOn, LocalDate countingStartsOn, LocalDate answerDue, String decision, String answer,
            String settlement, Instant answeredAt, LocalDate answeredOn, LocalDate disputeFileBy) {
        static ObjectionSummary of(Objection o, InformationClocks clocks) {
            return new ObjectionSummary(o.id().toString(), o.registerNumber(), o.ground().name(), o.status().name(),
                    o.filedAt(), o.filedOn(), o.countingStartsOn(), o.answerDue(),
                    o.decision().map(Enum::name).orElse(null), o.answer().orElse(null), o.settlement().orElse(null),
                    o.answeredAt().orElse(null), o.answeredOn().orElse(null), o.disputeFileBy(clocks).orElse(null));
        }
    }

    /** What the requester sees with the number and code. */
    @Schema(name = "PublicRequestView")
    public record PublicView(String registrationNumber,
            @Schema(implementation = RequestStatus.class) String status, String channel, String informationWanted,
            Instant receivedAt, LocalDate receivedOn, LocalDate countingStartsOn, LocalDate noticeDue, boolean extended,
            String extensionReason, LocalDate noticeIssuedOn, boolean late, String lapsedReason, Notice notice,
            List<FileView> documents, List<String> objectionGroundsAvailable, List<ObjectionSummary> objections,
            List<Event> history) {
        static PublicView of(InformationRequestService.RequesterView v, InformationClocks clocks) {
            InformationRequest r = v.request();
            LocalDate today = clocks.today();
            List<String> grounds = java.util.Arrays.stream(ObjectionGround.values())
                    .filter(g -> g != ObjectionGround.B_PERIODIC_NOT_PROVIDED)
                    .filter(g -> r.status() != id.balai.information.domain.RequestStatus.LAPSED
                            && r.status() != id.balai.information.domain.RequestStatus.AWAITING_CONFIRMATION
                            && r.groundAroseOn(g, today, null).isPresent())
                    .map(Enum::name).toList();
            return new PublicView(r.registrationNumber(), r.status().name(), r.channel().name(),
                    r.content().informationWanted(), r.receivedAt(), r.receivedOn(), r.countingStartsOn(),
                    r.noticeDue(), r.extendedOn().isPresent(),
                    r.extensionReason().orElse(null), r.noticeIssuedOn().orElse(null), r.late(),
                    r.lapsedReason().orElse(null), r.notice().map(Notice::of).orElse(null),
                    r.notice().isPresent() ? v.released().stream().map(FileView::of).toList() : List.of(), grounds,
                    v.objections().stream().map(o -> ObjectionSummary.of(o, clocks)).toList(),
                    v.events().stream().map(Event::of).toList());
        }
    }

    /** What officers see: everything but the identity. */
    @Schema(name = "OfficerRequestView")
    public record OfficerView(String id, String registrationNumber,
            @Schema(implementation = RequestStatus.class) String status, String channel,
            String requesterType, String informationWanted, String purpose, String obtainMethod, String receiveMethod,
            boolean willingToPay, boolean idCopy, Instant receivedAt, LocalDate receivedOn, LocalDate countingStartsOn,
            LocalDate noticeDue, LocalDate extendedOn,
            String extensionReason, String orgUnit, String confirmedVia, LocalDate noticeIssuedOn, boolean late,
            LocalDate overdueSince, String lapsedReason, Notice notice, List<FileView> documents,
            List<ObjectionSummary> objections, List<OfficerEvent> history, int version) {
        static OfficerView of(InformationRequestService.OfficerView v, InformationClocks clocks) {
            InformationRequest r = v.request();
            return new OfficerView(r.id().toString(), r.registrationNumber(), r.status().name(), r.channel().name(),
                    r.content().requesterType().name(), r.content().informationWanted(), r.content().purpose(),
                    r.content().obtainMethod().name(),
                    r.content().receiveMethod() == null ? null : r.content().receiveMethod().name(),
                    r.content().willingToPay(), v.idCopy(), r.receivedAt(), r.receivedOn(), r.countingStartsOn(),
                    r.noticeDue(), r.extendedOn().orElse(null),
                    r.extensionReason().orElse(null), r.orgUnit().orElse(null), r.confirmedVia().orElse(null),
                    r.noticeIssuedOn().orElse(null), r.late(), r.overdueSince().orElse(null),
                    r.lapsedReason().orElse(null), r.notice().map(Notice::of).orElse(null),
                    v.released().stream().map(FileView::of).toList(),
                    v.objections().stream().map(o -> ObjectionSummary.of(o, clocks)).toList(),
                    v.events().stream().map(e -> OfficerEvent.of(e, v.actors())).toList(), r.version());
        }
    }

    @Schema(name = "RequestQueueItem")
    public record QueueItem(String id, String registrationNumber,
            @Schema(implementation = RequestStatus.class) String status, String channel, LocalDate receivedOn,
            LocalDate noticeDue, String orgUnit, boolean late) {
        static QueueItem of(InformationRequest r) {
            return new QueueItem(r.id().toString(), r.registrationNumber(), r.status().name(), r.channel().name(),
                    r.receivedOn(), r.noticeDue(), r.orgUnit().orElse(null), r.late());
        }
    }

    @Schema(name = "RequestQueuePage")
    public record QueuePage(List<QueueItem> items, int page, int size, long total) {
    }

    /** One objection for officers; {@code disputeFileBy} as in {@link ObjectionSummary}. */
    public record ObjectionView(String id, String registerNumber, String requestNumber, String ground,
            LocalDate groundAroseOn, Instant filedAt, LocalDate filedOn, LocalDate countingStartsOn, String reasons,
            LocalDate answerDue,
            @Schema(implementation = Objection.Status.class) String status, String decision, String answer,
            Instant answeredAt,
            LocalDate answeredOn, String settlement, LocalDate overdueSince, LocalDate disputeFileBy,
            List<DisputeSummary> disputes, List<OfficerEvent> history, LocalDate carriedOutOn,
            String implementationNote) {
        static ObjectionView of(ObjectionService.ObjectionView v, InformationClocks clocks) {
            Objection o = v.objection();
            return new ObjectionView(o.id().toString(), o.registerNumber(), v.requestNumber(), o.ground().name(),
                    o.groundAroseOn(), o.filedAt(), o.filedOn(), o.countingStartsOn(), o.reasons(), o.answerDue(),
                    o.status().name(), o.decision().map(Enum::name).orElse(null), o.answer().orElse(null),
                    o.answeredAt().orElse(null), o.answeredOn().orElse(null),
                    o.settlement().orElse(null), o.overdueSince().orElse(null),
                    o.disputeFileBy(clocks).orElse(null),
                    v.disputes().stream().map(DisputeSummary::of).toList(),
                    v.events().stream().map(e -> OfficerEvent.of(e, v.actors())).toList(),
                    v.implementation().map(i -> i.carriedOutOn()).orElse(null),
                    v.implementation().map(i -> i.note()).orElse(null));
        }
    }

    /** An objection as its requester sees it right after filing. */
    public record PublicObjection(String registerNumber, String ground, LocalDate groundAroseOn, LocalDate filedOn,
            LocalDate countingStartsOn, LocalDate answerDue,
            @Schema(implementation = Objection.Status.class) String status) {
        static PublicObjection of(ObjectionService.ObjectionView v) {
            Objection o = v.objection();
            return new PublicObjection(o.registerNumber(), o.ground().name(), o.groundAroseOn(), o.filedOn(),
                    o.countingStartsOn(), o.answerDue(), o.status().name());
        }
    }

    public record DisputeSummary(String id, String registerNumber, String stage, String outcome) {
        static DisputeSummary of(Dispute d) {
            return new DisputeSummary(d.id().toString(), d.registerNumber(), d.stage().name(),
                    d.outcome().map(Enum::name).orElse(null));
        }
    }

    public record StageView(String stage, LocalDate on, String note) {
    }

    public record TaskView(int seq, String kind, String description, String orgUnit, LocalDate dueOn,
            LocalDate doneOn, String result) {
    }

    /**
     * The Information Commission's clocks for a dispute (UU KIP Ps 38): it begins mediation or adjudication by
     * {@code startBy} (overdue: passed with neither recorded) and settles by {@code settleBy} (overdue: passed with
     * no decision recorded).
     */
    public record CommissionClocksView(LocalDate startBy, LocalDate startedOn, boolean startOverdue,
            LocalDate settleBy, boolean settleOverdue) {
        static CommissionClocksView of(Dispute.CommissionClocks c) {
            return new CommissionClocksView(c.startBy(), c.startedOn().orElse(null), c.startOverdue(), c.settleBy(),
                    c.settleOverdue());
        }
    }

    public record DisputeView(String id, String registerNumber, String objectionId, String commissionCaseNumber,
            LocalDate filedOn, String stage, List<StageView> stages, String outcome, LocalDate decidedOn,
            String decisionSummary, Boolean complied, LocalDate complianceOn, String complianceNote, boolean closed,
            List<TaskView> tasks, CommissionClocksView commission, LocalDate appealBy, LocalDate cassationBy,
            boolean courtPending, LocalDate finalOn) {
        static DisputeView of(Dispute d, InformationClocks clocks) {
            return new DisputeView(d.id().toString(), d.registerNumber(), d.objectionId().toString(),
                    d.commissionCaseNumber(), d.filedOn(), d.stage().name(),
                    d.stages().stream().map(s -> new StageView(s.stage().name(), s.on(), s.note())).toList(),
                    d.outcome().map(Enum::name).orElse(null), d.decidedOn().orElse(null),
                    d.decisionSummary().orElse(null), d.complied().orElse(null), d.complianceOn().orElse(null),
                    d.complianceNote().orElse(null), d.closed(clocks),
                    d.tasks().stream().map(t -> new TaskView(t.seq(), t.kind().name(), t.description(), t.orgUnit(),
                            t.dueOn(), t.doneOn(), t.result())).toList(),
                    CommissionClocksView.of(d.commissionClocks(clocks)), d.appealBy(clocks).orElse(null),
                    d.cassationBy().orElse(null), d.pending(), d.finalOn(clocks).orElse(null));
        }
    }
}
