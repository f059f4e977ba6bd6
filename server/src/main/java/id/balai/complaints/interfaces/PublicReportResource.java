package id.balai.complaints.interfaces;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.ComplaintRecords;
import id.balai.complaints.application.ModerationService;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.platform.domain.IsoDates;
import id.balai.platform.domain.Paging;
import id.balai.platform.interfaces.PublicGuards;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.OrgUnitKind;
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
    /** The most points the map takes at once, newest first: beyond it the map says there are more. */
    static final int MAX_POINTS = 2000;

    @Inject
    RequestTenant requestTenant;

    @Inject
    ModerationService moderation;

    @Inject
    PublicGuards guards;

    @GET
    @Operation(summary = "Laporan publik / Published reports, newest first (a page at a time); filters: category, "
            + "agency (a unit a part was dispatched to), status (open, closed), district, village (org unit codes), "
            + "from, to (dates of receipt, YYYY-MM-DD, inclusive, on the regency's calendar)")
    public PublicReportViews.PublicReportPage list(@QueryParam("category") String category, @QueryParam("agency") String agency,
            @QueryParam("status") String status, @QueryParam("district") String district,
            @QueryParam("village") String village, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Tenant tenant = requestTenant.tenant();
        int p = Paging.page(page);
        int s = Paging.size(size, MAX_PAGE_SIZE);
        ComplaintRecords.PublishedPage result = moderation.published(tenant,
                filter(tenant, category, agency, status, district, village, from, to), p, s);
        return new PublicReportViews.PublicReportPage(result.items().stream()
                .map(r -> PublicReportViews.PublicReport.of(tenant, r)).toList(), p, s, result.total());
    }

    @GET
    @Path("/points")
    @Operation(summary = "Titik laporan publik / The points of published reports that show theirs, for the map: "
            + "newest first, at most " + MAX_POINTS + ", with the list's filters")
    public PublicReportViews.PublicPoints points(@QueryParam("category") String category, @QueryParam("agency") String agency,
            @QueryParam("status") String status, @QueryParam("district") String district,
            @QueryParam("village") String village, @QueryParam("from") String from, @QueryParam("to") String to) {
        Tenant tenant = requestTenant.tenant();
        List<ComplaintRecords.PublicPoint> found = moderation.publishedPoints(tenant,
                filter(tenant, category, agency, status, district, village, from, to), MAX_POINTS + 1);
        return new PublicReportViews.PublicPoints(found.stream().limit(MAX_POINTS)
                .map(PublicReportViews.PublicPoint::of).toList(), MAX_POINTS, found.size() > MAX_POINTS);
    }

    @GET
    @Path("/{trackingNumber}")
    @Operation(summary = "Satu laporan publik / One published report with its timeline and the public answer")
    public PublicReportViews.PublicReportDetail one(@PathParam("trackingNumber") String trackingNumber) {
        Tenant tenant = requestTenant.tenant();
        return PublicReportViews.PublicReportDetail.of(tenant, moderation.publishedReport(tenant, trackingNumber));
    }

    @GET
    @Path("/{trackingNumber}/photos/{position}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "Foto publik / A photo shown by a published report: its blurred version when it has one, "
            + "else the photo as sent if marked public (any other is a 404)")
    public Response photo(@PathParam("trackingNumber") String trackingNumber,
            @PathParam("position") int position) {
        Tenant tenant = requestTenant.tenant();
        guards.limit(PublicGuards.Limit.COMPLAINT_TRACKING);
        ModerationService.PublicPhoto f = moderation.publicPhoto(tenant, trackingNumber, position);
        // Inline (it is shown on public pages) but revalidated each time, so that an unpublished photo, or one
        // replaced by its blurred version, stops being served at once; the file name is not sent (it may name
        // someone).
        return Response.ok(f.content(), f.type().mediaType())
                .header("Content-Disposition", "inline")
                .header("Cache-Control", "no-cache")
                .build();
    }

    /** The public list's filters, each checked: a bad value is a 400 naming its parameter, never an empty list. */
    private static ComplaintRecords.PublicFilter filter(Tenant tenant, String category, String agency,
            String status, String district, String village, String from, String to) {
        Boolean open = blank(status) ? null : switch (status.strip()) {
            case "open" -> Boolean.TRUE;
            case "closed" -> Boolean.FALSE;
            default -> throw ComplaintErrors.invalid("INVALID_STATUS", "Status harus open atau closed.",
                    "The status must be open or closed.", "status");
        };
        LocalDate a = blank(from) ? null : IsoDates.parse(from, "from");
        LocalDate b = blank(to) ? null : IsoDates.parse(to, "to");
        if (a != null && b != null && b.isBefore(a)) {
            throw ComplaintErrors.invalid("PERIOD_REVERSED", "Tanggal akhir sebelum tanggal awal.",
                    "The end date is before the start date.", "to");
        }
        return new ComplaintRecords.PublicFilter(null, blank(category) ? null : category.strip(), open, null, null,
                unit(tenant, agency, "agency", EnumSet.allOf(OrgUnitKind.class)),
                unit(tenant, district, "district", EnumSet.of(OrgUnitKind.DISTRICT)),
                unit(tenant, village, "village", EnumSet.of(OrgUnitKind.VILLAGE, OrgUnitKind.WARD)), a, b);
    }

    /** An org unit of the regency of one of these kinds, by code; anything else is 400 UNKNOWN_ORG_UNIT. */
    private static String unit(Tenant tenant, String code, String field, Set<OrgUnitKind> kinds) {
        if (blank(code)) {
            return null;
        }
        String c = code.strip();
        return tenant.definition().flattenedUnits().stream()
                .filter(p -> p.unit().code().equals(c) && kinds.contains(p.unit().kind())).findFirst()
                .map(p -> c).orElseThrow(() -> ComplaintErrors.invalid("UNKNOWN_ORG_UNIT", switch (field) {
                    case "district" -> "Kecamatan tidak dikenal.";
                    case "village" -> "Desa atau kelurahan tidak dikenal.";
                    default -> "Unit organisasi tidak dikenal.";
                }, switch (field) {
                    case "district" -> "Unknown district (kecamatan).";
                    case "village" -> "Unknown village or ward (desa, kelurahan).";
                    default -> "Unknown org unit.";
                }, field));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
