package id.balai.complaints.interfaces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.balai.complaints.application.ComplaintRecords;
import id.balai.complaints.application.ModerationService;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.Dispatch;
import id.balai.privacy.domain.PersonalDataMasker;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.geography.Area;

/**
 * What the public sees of a published report (issue 15): the public version's title and text, never the original
 * description; the category and agencies by name; status and dates; the public photos' addresses; the area by name
 * and the point only when the administrator chose to show it (issue 15 item 4); for one report its timeline as steps
 * and dates (never who acted, never notes) and the government's answer, masked.
 */
public final class PublicReportViews {
    private PublicReportViews() {
    }

    /**
     * A published report. {@code latitude} and {@code longitude} are null unless the report has a point and its public
     * version shows it; {@code district} and {@code village} name (in Indonesian) the kecamatan and desa/kelurahan the
     * point lies in, or are null.
     */
    public record PublicReport(String trackingNumber, String title, String text, String category,
            String categoryName, List<String> agencies,
            @Schema(implementation = ComplaintStatus.class) String status, boolean open, LocalDate receivedOn,
            Instant publishedAt, Instant updatedAt, List<String> photos, Double latitude, Double longitude,
            String district, String village) {
        static PublicReport of(Tenant tenant, ComplaintRecords.Published p) {
            Complaint c = p.complaint();
            boolean point = showsPoint(p);
            return new PublicReport(c.trackingNumber(), p.publication().content().title(),
                    p.publication().content().text(), c.category(), PublicReportViews.categoryName(tenant, c.category()),
                    PublicReportViews.agencies(tenant, c), c.status().name(), c.status().isOpen(), c.receivedOn(),
                    p.publication().publishedAt(), p.publication().updatedAt(),
                    PublicReportViews.photos(tenant, p), point ? c.latitude() : null, point ? c.longitude() : null,
                    c.area().map(a -> unitName(tenant, a.district())).orElse(null),
                    c.area().flatMap(Area::villageCode).map(v -> unitName(tenant, v)).orElse(null));
        }
    }

    /** A marker of the public map: a published report that shows its point. */
    public record PublicPoint(String trackingNumber, String title, double latitude, double longitude, boolean open,
            String category) {
        static PublicPoint of(ComplaintRecords.PublicPoint p) {
            return new PublicPoint(p.trackingNumber(), p.title(), p.latitude(), p.longitude(), p.open(),
                    p.category());
        }
    }

    /** The map's markers, newest first; {@code capped} when there were more than the map takes. */
    public record PublicPoints(List<PublicPoint> items, int limit, boolean capped) {
    }

    public record PublicReportPage(List<PublicReport> items, int page, int size, long total) {
    }

    /** A step of the timeline: when, which handling step, what happened (a code; no actor, no note). */
    public record TimelineStep(Instant at, String step, String action) {
    }

    public record PublicReportDetail(PublicReport report, String answer, Instant answeredAt,
            List<TimelineStep> timeline) {
        static PublicReportDetail of(Tenant tenant, ModerationService.PublicReport r) {
            ComplaintRecords.Published p = new ComplaintRecords.Published(r.complaint(), r.publication());
            // The answer was written to the reporter: it is masked like the report before it is public.
            String answer = r.complaint().finalAnswer()
                    .map(a -> PersonalDataMasker.mask(a, PersonalDataMasker.Known.NONE).text()).orElse(null);
            return new PublicReportDetail(PublicReport.of(tenant, p), answer,
                    r.complaint().respondedAt().orElse(null), r.history().stream()
                            .filter(e -> !e.action().startsWith("PUBLICATION_"))
                            .map(e -> new TimelineStep(e.at(), e.step().name(), e.action())).toList());
        }
    }

    /** The address of a public photo (the public photo endpoint serves only photos marked public). */
    static List<String> photos(Tenant tenant, ComplaintRecords.Published p) {
        return p.publication().content().shownPhotos().stream()
                .map(pos -> "/api/t/" + tenant.id().value() + "/public/reports/" + p.complaint().trackingNumber()
                        + "/photos/" + pos)
                .toList();
    }

    /** Whether the public may see the report's point: it has one, and the administrator chose to show it. */
    static boolean showsPoint(ComplaintRecords.Published p) {
        return p.publication().content().publicLocation() && p.complaint().latitude() != null
                && p.complaint().longitude() != null;
    }

    /** "Desa Ussu, Kecamatan Malili": the area of the report's point by name, if it has one. */
    static Optional<String> areaText(Tenant tenant, Complaint c) {
        return c.area().map(a -> a.villageCode().map(v -> unitName(tenant, v) + ", ").orElse("")
                + unitName(tenant, a.district()));
    }

    /** A unit's name (Indonesian) as the definition has it; its code if it left the definition. */
    static String unitName(Tenant tenant, String code) {
        return tenant.definition().flattenedUnits().stream().filter(x -> x.unit().code().equals(code))
                .map(x -> x.unit().name()).findFirst().orElse(code);
    }

    static String categoryName(Tenant tenant, String code) {
        return tenant.definition().complaintCategories().stream().filter(k -> k.code().equals(code))
                .map(TenantDefinition.ComplaintCategory::name).findFirst().orElse(null);
    }

    static List<String> agencies(Tenant tenant, Complaint c) {
        return c.dispatches().stream().map(Dispatch::orgUnit).distinct().map(u -> unitName(tenant, u)).toList();
    }
}
