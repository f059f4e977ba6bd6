package id.balai.complaints.interfaces;

import java.time.Duration;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.platform.domain.Paging;
import id.balai.complaints.application.ModerationService;
import id.balai.complaints.infrastructure.ComplaintRepository;
import id.balai.platform.infrastructure.RateLimiter;
import id.balai.platform.interfaces.RequestInfo;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public record of reports (issue 15): only reports whose public version the central administrator published,
 * with that version's title and text, never the original description, never an identity. The map and list pages
 * draw on these; the JSON is documented in docs/architecture.md.
 */
@Path("/t/{tenant}/public/reports")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public reports", description = "Laporan yang dipublikasikan / Published reports")
public class PublicReportResource {
    private static final int MAX_PAGE_SIZE = 100;

    @Inject
    TenantRegistry registry;

    @Inject
    ModerationService moderation;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    RequestInfo request;

    @Inject
    Config config;

    @GET
    @Operation(summary = "Laporan publik / Published reports, newest first (a page at a time)")
    public PublicReportViews.PublicReportPage list(@PathParam("tenant") String slug,
            @QueryParam("category") String category, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Tenant tenant = registry.require(slug);
        int p = Paging.page(page);
        int s = Paging.size(size, MAX_PAGE_SIZE);
        ComplaintRepository.PublishedPage result = moderation.published(tenant,
                new ComplaintRepository.PublicFilter(null, category == null || category.isBlank() ? null : category,
                        null, null, null), p, s);
        return new PublicReportViews.PublicReportPage(result.items().stream()
                .map(r -> PublicReportViews.PublicReport.of(tenant, r)).toList(), p, s, result.total());
    }

    @GET
    @Path("/{trackingNumber}")
    @Operation(summary = "Satu laporan publik / One published report with its timeline and the public answer")
    public PublicReportViews.PublicReportDetail one(@PathParam("tenant") String slug,
            @PathParam("trackingNumber") String trackingNumber) {
        Tenant tenant = registry.require(slug);
        return PublicReportViews.PublicReportDetail.of(tenant, moderation.publishedReport(tenant, trackingNumber));
    }

    @GET
    @Path("/{trackingNumber}/photos/{position}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "Foto publik / A photo shown by a published report: its blurred version when it has one, "
            + "else the photo as sent if marked public (any other is a 404)")
    public Response photo(@PathParam("tenant") String slug, @PathParam("trackingNumber") String trackingNumber,
            @PathParam("position") int position) {
        Tenant tenant = registry.require(slug);
        RateLimiter.Limit limit = new RateLimiter.Limit("complaint-tracking",
                config.getOptionalValue("BALAI_TRACKING_PER_MINUTE", Integer.class).orElse(60), Duration.ofMinutes(1));
        rateLimiter.require(limit, request.clientAddress());
        ModerationService.PublicPhoto f = moderation.publicPhoto(tenant, trackingNumber, position);
        // Inline (it is shown on public pages) but revalidated each time, so that an unpublished photo, or one
        // replaced by its blurred version, stops being served at once; the file name is not sent (it may name
        // someone).
        return Response.ok(f.content(), f.type().mediaType())
                .header("Content-Disposition", "inline")
                .header("Cache-Control", "no-cache")
                .build();
    }
}
