package id.balai.complaints.interfaces;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.balai.complaints.application.ModerationService;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.Dispatch;
import id.balai.complaints.infrastructure.ComplaintRepository;
import id.balai.privacy.domain.PersonalDataMasker;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;

/**
 * What the public sees of a published report (issue 15): the public version's title and text, never the original
 * description; the category and agencies by name; status and dates; the public photos' addresses; for one report
 * its timeline as steps and dates (never who acted, never notes) and the government's answer, masked.
 */
public final class PublicReportViews {
    private PublicReportViews() {
    }

    public record PublicReport(String trackingNumber, String title, String text, String category,
            String categoryName, List<String> agencies, String status, boolean open, LocalDate receivedOn,
            Instant publishedAt, Instant updatedAt, List<String> photos) {
        static PublicReport of(Tenant tenant, ComplaintRepository.Published p) {
            Complaint c = p.complaint();
            return new PublicReport(c.trackingNumber(), p.publication().content().title(),
                    p.publication().content().text(), c.category(), PublicReportViews.categoryName(tenant, c.category()),
                    PublicReportViews.agencies(tenant, c), c.status().name(), c.status().isOpen(), c.receivedOn(),
                    p.publication().publishedAt(), p.publication().updatedAt(),
                    PublicReportViews.photos(tenant, p));
        }
    }

    public record PublicReportPage(List<PublicReport> items, int page, int size, long total) {
    }

    /** A step of the timeline: when, which handling step, what happened (a code; no actor, no note). */
    public record TimelineStep(Instant at, String step, String action) {
    }

    public record PublicReportDetail(PublicReport report, String answer, Instant answeredAt,
            List<TimelineStep> timeline) {
        static PublicReportDetail of(Tenant tenant, ModerationService.PublicReport r) {
            ComplaintRepository.Published p = new ComplaintRepository.Published(r.complaint(), r.publication());
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
    static List<String> photos(Tenant tenant, ComplaintRepository.Published p) {
        return p.publication().content().shownPhotos().stream()
                .map(pos -> "/api/t/" + tenant.id().value() + "/public/reports/" + p.complaint().trackingNumber()
                        + "/photos/" + pos)
                .toList();
    }

    static String categoryName(Tenant tenant, String code) {
        return tenant.definition().complaintCategories().stream().filter(k -> k.code().equals(code))
                .map(TenantDefinition.ComplaintCategory::name).findFirst().orElse(null);
    }

    static List<String> agencies(Tenant tenant, Complaint c) {
        return c.dispatches().stream().map(Dispatch::orgUnit).distinct()
                .map(u -> tenant.definition().flattenedUnits().stream().filter(x -> x.unit().code().equals(u))
                        .map(x -> x.unit().name()).findFirst().orElse(u))
                .toList();
    }
}
