package id.balai.register.interfaces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.balai.register.application.RegisterEntries;
import id.balai.register.application.RegisterService;
import id.balai.register.domain.ConsequenceTest;
import id.balai.register.domain.RegisterEntry;

/** The register's JSON views. The public ones never carry an exempt entry's documents. */
public final class RegisterViews {
    private RegisterViews() {
    }

    /** The current exemption as the public sees it: the legal ground and the regent's decree. */
    public record ExemptionView(String ground, String legalBasis, String groundId, String groundEn,
            String decreeNumber, LocalDate until) {
        static ExemptionView of(RegisterEntry e) {
            return e.exemption().map(x -> new ExemptionView(x.ground().name(), x.ground().citation(),
                    x.ground().descriptionId(), x.ground().descriptionEn(), x.decreeNumber(), x.until()))
                    .orElse(null);
        }
    }

    /** The Pasal 17(1) columns and the entry's class, state and clocks. */
    public record EntryView(UUID id, String number, String title, String summary, String holdingOfficial,
            String holdingUnit, String personResponsible, LocalDate madeOn, String madePlace, List<String> forms,
            String retentionPeriod, String infoClass, String ownerPpid, String stage, String code,
            boolean published, Instant publishedAt, boolean frontPage, LocalDate lastUpdatedOn,
            LocalDate nextUpdateDue, boolean overdue, ExemptionView exemption) {
        static EntryView of(RegisterEntry e, LocalDate today) {
            RegisterEntry.Description d = e.description();
            return new EntryView(e.id(), e.number(), d.title(), d.summary(), d.holdingOfficial(), d.holdingUnit(),
                    d.personResponsible(), d.madeOn(), d.madePlace(),
                    d.forms().stream().map(Enum::name).sorted().toList(), d.retentionPeriod(), e.infoClass().name(),
                    e.ownerPpid(), e.stage().name(), e.code().orElse(null), e.published(),
                    e.publishedAt().orElse(null), e.frontPage(), e.lastUpdatedOn().orElse(null),
                    e.nextUpdateDue().orElse(null), e.overdue(today), ExemptionView.of(e));
        }
    }

    public record DocumentView(UUID id, String fileName, String mediaType, int sizeBytes, String sha256,
            Instant uploadedAt) {
        static DocumentView of(RegisterEntries.Document d) {
            return new DocumentView(d.id(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(), d.uploadedAt());
        }
    }

    public record EntryPage(List<EntryView> items, int page, int size, long total) {
    }

    public record PublicEntryView(EntryView entry, List<DocumentView> documents) {
        static PublicEntryView of(RegisterService.PublicEntry p, LocalDate today) {
            return new PublicEntryView(EntryView.of(p.entry(), today),
                    p.documents().stream().map(DocumentView::of).toList());
        }
    }

    public record OfficerEntryView(EntryView entry, List<DocumentView> documents,
            List<ConsequenceTestView> consequenceTests) {
        static OfficerEntryView of(RegisterService.OfficerEntry o, LocalDate today) {
            return new OfficerEntryView(EntryView.of(o.entry(), today),
                    o.documents().stream().map(DocumentView::of).toList(),
                    o.consequenceTests().stream().map(ConsequenceTestView::of).toList());
        }
    }

    public record ReviewView(Instant at, String by, String publicInterest, boolean opened) {
    }

    public record ConsequenceTestView(UUID id, UUID entryId, String ground, String legalBasis, String harmTest,
            String political, String economic, String socioCultural, String defenceSecurity, LocalDate meetingOn,
            List<String> members, String proposedBy, Instant proposedAt,
            @Schema(implementation = ConsequenceTest.Status.class) String status, String decreeNumber,
            LocalDate exemptUntil, String decisionNote, String decidedBy, Instant decidedAt,
            List<ReviewView> reviews) {
        static ConsequenceTestView of(ConsequenceTest t) {
            ConsequenceTest.Record r = t.record();
            return new ConsequenceTestView(t.id(), t.entryId(), r.ground().name(), r.ground().citation(),
                    r.harmTest(), r.political(), r.economic(), r.socioCultural(), r.defenceSecurity(),
                    r.meetingOn(), r.members(), t.proposedBy(), t.proposedAt(), t.status().name(),
                    t.decreeNumber().orElse(null), t.exemptUntil().orElse(null), t.decisionNote().orElse(null),
                    t.decidedBy().orElse(null), t.decidedAt().orElse(null),
                    t.reviews().stream().map(v -> new ReviewView(v.at(), v.by(), v.publicInterest(), v.opened()))
                            .toList());
        }
    }

    /** A piece of a snippet: plain text, and whether it matched the query (the client renders it as a mark). */
    public record SnippetPart(String text, boolean match) {
    }

    public record SearchHit(EntryView entry, double rank, List<SnippetPart> snippet) {
    }

    /**
     * A page of search results; {@code capped}: more than {@code total} entries match (the newest
     * {@code total} of them were ranked), so the text should be narrowed.
     */
    public record SearchPage(String query, List<SearchHit> items, int page, int size, long total, boolean capped) {
    }

    /**
     * Splits ts_headline's output at its control-character marks into structured parts, so that no markup
     * crosses the wire: the client escapes text as always and wraps matches in {@code <mark>}.
     */
    static List<SnippetPart> parts(String headline) {
        List<SnippetPart> out = new ArrayList<>();
        if (headline == null) {
            return out;
        }
        StringBuilder b = new StringBuilder();
        boolean inMatch = false;
        for (char c : headline.toCharArray()) {
            if (c == '\u0001' || c == '\u0002') {
                if (!b.isEmpty()) {
                    out.add(new SnippetPart(b.toString(), inMatch));
                    b.setLength(0);
                }
                inMatch = c == '\u0001';
            } else {
                b.append(c);
            }
        }
        if (!b.isEmpty()) {
            out.add(new SnippetPart(b.toString(), inMatch));
        }
        return out;
    }

    public record DeliveryView(String unit, String unitName, LocalDate lastDeliveredOn, LocalDate dueOn,
            @Schema(enumeration = {"OVERDUE", "DONE"}) String status) {
        static DeliveryView of(RegisterService.DeliveryStatus s) {
            return new DeliveryView(s.unit(), s.unitName(), s.lastDeliveredOn(), s.dueOn(),
                    s.overdue() ? "OVERDUE" : "DONE");
        }
    }
}
