package id.balai.reporting.interfaces;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.information.application.InformationReports;
import id.balai.information.domain.InformationErrors;
import id.balai.platform.application.Now;
import id.balai.platform.domain.IsoDates;
import id.balai.platform.infrastructure.CsvFormat;
import id.balai.platform.infrastructure.PdfFormat;
import id.balai.platform.interfaces.PublicGuards;
import id.balai.reporting.application.StatisticsService;
import id.balai.reporting.domain.Period;
import id.balai.reporting.domain.PublicStatistics;
import id.balai.reporting.domain.ReportErrors;
import id.balai.tenancy.application.RequestTenant;
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
 * A regency's public statistics as a page's data and as open data (issue 15 item 5), and its published LLIDs
 * (Perbup Luwu Timur Pasal 19). No token: only aggregates, never a person, a tracking number or a text.
 */
@Path("/t/{tenant}/public")
@RequestScoped
@PermitAll
@Produces({MediaType.APPLICATION_JSON, CsvFormat.MEDIA_TYPE, PdfFormat.MEDIA_TYPE})
@Tag(name = "Public statistics", description = "Statistik layanan / Service statistics")
public class PublicStatisticsResource {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Inject
    RequestTenant requestTenant;

    @Inject
    StatisticsService statistics;

    @Inject
    InformationReports information;

    @Inject
    PublicGuards guards;

    /**
     * Every answer here is computed from the whole period's cases: a client may ask {@code BALAI_STATISTICS_PER_MINUTE}
     * times a minute (30 by default; a person reading the page asks once per period chosen), then gets 429
     * {@code RATE_LIMITED} with {@code Retry-After}, so that a scraper cannot keep the database busy.
     */
    private void limit() {
        guards.limit(PublicGuards.Limit.PUBLIC_STATISTICS);
    }

    @GET
    @Path("/statistics")
    @Operation(summary = "Statistik layanan / Complaint and PPID statistics for a period (default: this year up to "
            + "today, at most 366 days): counts by category, agency, status and month, working days to answer per "
            + "agency, satisfaction, PPID outcomes; format json or csv (section, key, value; UTF-8 with BOM)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublicStatistics.class)))
    public Response statistics(@QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("format") @DefaultValue("json") String format) {
        Tenant tenant = requestTenant.tenant();
        limit();
        String f = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("csv")) {
            throw ReportErrors.invalid("UNKNOWN_FORMAT", "Format tidak dikenal: pilih json, csv.",
                    "Unknown format: choose json, csv.", "format");
        }
        LocalDate today = LocalDate.ofInstant(Now.instant(), tenant.zone());
        LocalDate a = from == null || from.isBlank() ? today.withDayOfYear(1) : IsoDates.parse(from, "from");
        LocalDate b = to == null || to.isBlank() ? today : IsoDates.parse(to, "to");
        PublicStatistics s = statistics.statistics(tenant, new Period(a, b));
        if (f.equals("json")) {
            return Response.ok(s, MediaType.APPLICATION_JSON).build();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        CsvFormat.write(s.flat(), out);
        return Response.ok(out.toByteArray(), CsvFormat.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"statistik-" + tenant.id().value() + "-" + a + "-" + b + ".csv\"").build();
    }

    @GET
    @Path("/llid/{year}")
    @Produces(PdfFormat.MEDIA_TYPE)
    @Operation(summary = "LLID terbit / A published LLID as PDF (Perbup Pasal 19); 404 until the PPID publishes it")
    public Response llid(@PathParam("year") int year) {
        Tenant tenant = requestTenant.tenant();
        limit();
        var doc = information.publishedLlid(tenant, year).orElseThrow(() -> InformationErrors.notFound("LLID"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFormat.write(doc, out);
        return Response.ok(out.toByteArray(), PdfFormat.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"llid-" + tenant.id().value() + "-" + year + ".pdf\"").build();
    }
}
