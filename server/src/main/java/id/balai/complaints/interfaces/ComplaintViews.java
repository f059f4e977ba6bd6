package id.balai.complaints.interfaces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.balai.complaints.application.ComplaintRecords;
import id.balai.complaints.application.ComplaintService;
import id.balai.complaints.application.ReporterTracking;
import id.balai.complaints.domain.Attachment;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintEvent;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.Dispatch;
import id.balai.complaints.domain.DispatchStatus;
import id.balai.complaints.domain.DispatchSuggestion;
import id.balai.identity.application.ActorNames;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.geography.Area;

/**
 * What the API shows of a case. None of these carries the reporter's identity: officers allowed to see it ask
 * for it separately, and that read is audited.
 */
public final class ComplaintViews {
    private ComplaintViews() {
    }

    public record EventView(int seq, Instant at, String step, String action, String orgUnit, String note) {
        static EventView of(ComplaintEvent e) {
            return new EventView(e.seq(), e.at(), e.step().name(), e.action(), e.orgUnit(), e.note());
        }
    }

    /**
     * An officer's event view also says who acted: {@code actor} as recorded (an account id, for audit), its kind
     * (OFFICER, CITIZEN, SYSTEM) and, for an officer of the tenant, {@code actorName}, the account's display name.
     * A citizen is never named here.
     */
    public record OfficerEventView(int seq, Instant at, String step, String action, String actor, String actorKind,
            String actorName, String orgUnit, String note, boolean publicEvent) {
        static OfficerEventView of(ComplaintEvent e, Map<String, ActorNames.Named> actors) {
            ActorNames.Named who = ActorNames.in(actors, e.actor());
            return new OfficerEventView(e.seq(), e.at(), e.step().name(), e.action(), e.actor(), who.kind().name(),
                    who.displayName(), e.orgUnit(), e.note(), e.publicEvent());
        }
    }

    public record PublicDispatchView(String orgUnit,
            @Schema(implementation = DispatchStatus.class) String status, LocalDate dueOn) {
    }

    /** A file of the case; its content is fetched by its position. */
    public record AttachmentView(int position, String fileName, String mediaType, long sizeBytes, String sha256,
            Instant uploadedAt) {
        static List<AttachmentView> of(List<Attachment> attachments) {
            return attachments.stream().map(a -> new AttachmentView(a.position(), a.fileName(),
                    a.type().mediaType(), a.sizeBytes(), a.sha256(), a.uploadedAt())).toList();
        }
    }

    /** The reporter's tracking page. */
    public record PublicView(String trackingNumber, String type, String channel, String title, String description,
            String category,
            @Schema(implementation = ComplaintStatus.class) String status, Instant receivedAt, LocalDate receivedOn,
            LocalDate countingStartsOn,
            LocalDate verifyDue, List<PublicDispatchView> agencies, String answer, Integer rating, LocalDate autoCloseDue, LocalDate reopenUntil, String mergedInto,
            @Schema(implementation = ComplaintStatus.class) String mergedIntoStatus, List<AttachmentView> attachments,
            List<EventView> history,
            boolean publicDeclined, boolean published) {
        /** The page as read in one statement ({@link ComplaintService#tracked}): the same fields, the same words. */
        static PublicView of(ReporterTracking.TrackedCase c) {
            return new PublicView(c.trackingNumber(), c.type(), c.channel(), c.title(), c.description(), c.category(),
                    c.status(), c.receivedAt(), c.receivedOn(), c.countingStartsOn(), c.verifyDue(),
                    c.agencies().stream().map(p -> new PublicDispatchView(p.orgUnit(), p.status(), p.dueOn()))
                            .toList(),
                    c.answer(), c.rating(), c.autoCloseDue(), c.reopenUntil(), c.mergedInto(), c.mergedIntoStatus(),
                    c.attachments().stream().map(f -> new AttachmentView(f.position(), f.fileName(), f.mediaType(),
                            f.sizeBytes(), f.sha256(), f.uploadedAt())).toList(),
                    c.history().stream().map(e -> new EventView(e.seq(), e.at(), e.step(), e.action(), e.orgUnit(),
                            e.note())).toList(),
                    c.publicDeclined(), c.published());
        }

        static PublicView of(ComplaintService.ReporterView v) {
            Complaint c = v.complaint();
            // A merged duplicate's reporter gets the answer of the case that carries on (SPIKM Pasal 5c).
            String answer = c.finalAnswer().or(() -> v.mergedInto().flatMap(Complaint::finalAnswer)).orElse(null);
            return new PublicView(c.trackingNumber(), c.type().name(), c.channel().name(), c.title(),
                    c.description(), c.category(), c.status().name(), c.receivedAt(), c.receivedOn(),
                    c.countingStartsOn(), c.verifyDue(),
                    c.dispatches().stream().map(d -> new PublicDispatchView(d.orgUnit(), d.status().name(),
                            d.dueOn())).toList(),
                    answer, c.rating().orElse(null), c.autoCloseDue().orElse(null), c.reopenUntil().orElse(null),
                    v.mergedInto().map(Complaint::trackingNumber).orElse(null),
                    v.mergedInto().map(t -> t.status().name()).orElse(null), AttachmentView.of(v.attachments()),
                    v.events().stream().map(EventView::of).toList(), c.publicDeclined(), v.published());
        }
    }

    public record DispatchView(String orgUnit,
            @Schema(implementation = DispatchStatus.class) String status, Instant sentAt, LocalDate dueOn,
            String assignee,
            String answer, Instant answeredAt, String returnReason) {
        static DispatchView of(Dispatch d) {
            return new DispatchView(d.orgUnit(), d.status().name(), d.sentAt(), d.dueOn(), d.assignee(), d.answer(),
                    d.answeredAt(), d.returnReason());
        }
    }

    /** An org unit by code and (Indonesian) name. */
    public record UnitView(String code, String name) {
        static UnitView of(Tenant tenant, String code) {
            return new UnitView(code, PublicReportViews.unitName(tenant, code));
        }
    }

    /**
     * Where the report's point lies (issue 15 item 4).
     *
     * @param village the desa or kelurahan, or null when none is drawn there
     */
    public record AreaView(UnitView district, UnitView village) {
        static AreaView of(Tenant tenant, Area a) {
            return new AreaView(UnitView.of(tenant, a.district()),
                    a.villageCode().map(v -> UnitView.of(tenant, v)).orElse(null));
        }
    }

    /** A unit offered for dispatch and on what basis: CATEGORY (its route) or AREA (where the point lies). */
    public record SuggestionView(String basis, String orgUnit, String name) {
        static SuggestionView of(Tenant tenant, DispatchSuggestion s) {
            return new SuggestionView(s.basis().name(), s.orgUnit(), PublicReportViews.unitName(tenant, s.orgUnit()));
        }
    }

    /**
     * A case in an officer's workspace. {@code hasReporterContact} says whether an identity exists at all;
     * {@code area} where its point lies (null without one); {@code dispatchSuggestions} the units offered for
     * dispatch, each with its basis.
     */
    public record OfficerView(UUID id, String trackingNumber, String type, String channel, String title,
            String description, String category, String locationText, Double latitude, Double longitude,
            AreaView area, boolean anonymous, boolean confidential, boolean publicDeclined,
            boolean hasReporterContact,
            @Schema(implementation = ComplaintStatus.class) String status, Instant receivedAt,
            LocalDate receivedOn, LocalDate countingStartsOn, LocalDate verifyDue, List<DispatchView> dispatches,
            List<SuggestionView> dispatchSuggestions, String finalAnswer,
            Integer rating, UUID mergedInto, List<UUID> mergedFrom, String rejection, int version,
            List<AttachmentView> attachments, List<OfficerEventView> history, LaporView lapor, List<NewsView> news,
            WorkingView working) {
        static OfficerView of(Tenant tenant, ComplaintService.OfficerView v) {
            Complaint c = v.complaint();
            return new OfficerView(c.id(), c.trackingNumber(), c.type().name(), c.channel().name(), c.title(),
                    c.description(), c.category(), c.locationText(), c.latitude(), c.longitude(),
                    c.area().map(a -> AreaView.of(tenant, a)).orElse(null), c.anonymous(),
                    c.confidential(), c.publicDeclined(), c.reporter().isPresent(), c.status().name(), c.receivedAt(),
                    c.receivedOn(), c.countingStartsOn(), c.verifyDue(),
                    c.dispatches().stream().map(DispatchView::of).toList(),
                    DispatchSuggestion.of(c, tenant.definition()).stream().map(s -> SuggestionView.of(tenant, s))
                            .toList(),
                    c.finalAnswer().orElse(null), c.rating().orElse(null), c.mergedInto().orElse(null),
                    v.mergedFrom(), c.rejection().map(Enum::name).orElse(null), c.version(),
                    AttachmentView.of(v.attachments()),
                    v.events().stream().map(e -> OfficerEventView.of(e, v.actors())).toList(),
                    v.lapor().map(l -> LaporView.of(tenant, l)).orElse(null),
                    v.news().stream().map(n -> new NewsView(n.channel().name(), n.active())).toList(),
                    WorkingView.of(c));
        }
    }

    /**
     * What officers corrected (issue 17 item 2): the working title (the reporter's own while uncorrected, which
     * {@code title} always is), the tags and the priority.
     */
    public record WorkingView(String title, boolean titleCorrected, List<String> tags, String priority) {
        static WorkingView of(Complaint c) {
            return new WorkingView(c.workingTitle(), c.titleCorrected(), c.tags(), c.priority().name());
        }
    }

    /**
     * A likely duplicate (issue 17 item 4): the other report, its score (0..1), its text similarity, the distance
     * of the two points in metres (null unless both have one) and the reasons (TEXT, NEARBY).
     */
    public record DuplicateView(UUID id, String trackingNumber, String title,
            @Schema(implementation = ComplaintStatus.class) String status, LocalDate receivedOn,
            double score, double similarity, Long metres, List<String> reasons) {
        static DuplicateView of(id.balai.complaints.application.VerificationDesk.DuplicateSuggestion s) {
            var k = s.candidate();
            var v = s.verdict();
            return new DuplicateView(k.id(), k.trackingNumber(), k.title(), k.status().name(), k.receivedOn(),
                    Math.round(v.score() * 100) / 100.0, Math.round(v.similarity() * 100) / 100.0,
                    v.metres() == null ? null : Math.round(v.metres()), v.reasons().stream().map(Enum::name).toList());
        }
    }

    /** How the reporter hears back (issue 16): a channel (EMAIL, SMS, WHATSAPP) and whether it still runs. */
    public record NewsView(String channel, boolean active) {
    }

    /**
     * The case at SP4N-LAPOR!: its tracking id there (null until LAPOR! accepted a shared report), where it came
     * from (LAPOR: dispatched by LAPOR!; BALAI: shared), LAPOR!'s agency and the unit it maps to, and whether the
     * last send failed or was given up.
     */
    public record LaporView(String trackingId, String origin, String agency, UnitView suggestedUnit, int sentSeq,
            String lastError, Instant givenUpAt) {
        static LaporView of(Tenant tenant, id.balai.complaints.application.LaporLinkRecords.Link l) {
            return new LaporView(l.laporId(), l.origin(), l.laporAgency(),
                    l.suggestedUnit() == null ? null : UnitView.of(tenant, l.suggestedUnit()), l.sentSeq(),
                    l.lastError(), l.givenUpAt());
        }
    }

    /** A line of a queue. */
    /** A line of a queue; {@code laporTrackingId} is the case's SP4N-LAPOR! id, when it has one. */
    public record QueueItem(UUID id, String trackingNumber, String type, String channel, String title,
            String category,
            @Schema(implementation = ComplaintStatus.class) String status, LocalDate receivedOn, LocalDate verifyDue,
            List<PublicDispatchView> agencies, String laporTrackingId) {
        static QueueItem of(Complaint c, ComplaintRecords.Page page) {
            return new QueueItem(c.id(), c.trackingNumber(), c.type().name(), c.channel().name(), c.title(),
                    c.category(), c.status().name(), c.receivedOn(), c.verifyDue(), c.dispatches().stream()
                            .map(d -> new PublicDispatchView(d.orgUnit(), d.status().name(), d.dueOn())).toList(),
                    page.laporIds().get(c.id()));
        }
    }

    public record QueuePage(List<QueueItem> items, int page, int size, long total) {
    }
}
