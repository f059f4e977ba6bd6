package id.balai.reporting.interfaces;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.platform.application.Now;
import id.balai.platform.domain.IsoDates;
import id.balai.platform.domain.Paging;
import id.balai.platform.domain.ReportDocument;
import id.balai.platform.infrastructure.CsvFormat;
import id.balai.platform.infrastructure.PdfFormat;
import id.balai.platform.infrastructure.XlsxFormat;
import id.balai.platform.interfaces.ApiError;
import id.balai.platform.interfaces.ErrorResponses;
import id.balai.reporting.application.DigestDelivery;
import id.balai.reporting.application.DigestMailer;
import id.balai.reporting.application.ReportDocuments;
import id.balai.reporting.application.ReportLetters;
import id.balai.reporting.application.ReportService;
import id.balai.reporting.domain.Digest;
import id.balai.reporting.domain.Journal;
import id.balai.reporting.domain.JournalEntry;
import id.balai.reporting.domain.Period;
import id.balai.reporting.domain.PeriodicReport;
import id.balai.reporting.domain.ReportErrors;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * SPIKM's oversight: an agency's journal (Pasal 7h), the daily digest (Pasal 3(2)) and the periodic reports
 * (Pasal 5e, 7n), as JSON or as a file ({@code format}). An agency operator reads only its own unit's journal.
 */
@Path("/t/{tenant}/reports")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, CsvFormat.MEDIA_TYPE, XlsxFormat.MEDIA_TYPE, PdfFormat.MEDIA_TYPE})
@Tag(name = "Reports", description = "Jurnal, rekap harian dan laporan berkala / Journal, daily digest and reports "
        + "(SPIKM)")
public class ReportResource {
    private static final int MAX_PAGE_SIZE = 100;
    private static final List<String> OVERSIGHT = List.of("CENTRAL_ADMIN", "OPS_COORDINATOR", "COORDINATION_TEAM",
            "BUPATI");

    @Inject
    RequestTenant requestTenant;

    @Inject
    ReportService reports;

    @Inject
    DigestDelivery delivery;

    @Inject
    ReportLetters reportLetters;

    @Inject
    JsonWebToken jwt;

    /** A page of a journal. */
    public record JournalPage(String unit, String unitName, LocalDate from, LocalDate to, List<JournalEntry> items,
            int page, int size, long total) {
    }

    @GET
    @Path("/journal")
    @RolesAllowed({"AGENCY_OPERATOR", "AGENCY_HEAD", "CENTRAL_ADMIN", "OPS_COORDINATOR", "COORDINATION_TEAM",
        "BUPATI"})
    @Operation(summary = "Jurnal SKPD / An agency's journal for a period (SPIKM Pasal 7h): format json (paged), csv "
            + "or xlsx (the whole period, at most 366 days); an agency operator, and the agency head it is reported "
            + "to, see their own unit only")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JournalPage.class)))
    public Response journal(@QueryParam("unit") String unit,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") @DefaultValue("json") String format,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Tenant tenant = requestTenant.tenant();
        Format f = Format.of(format, Format.JSON, Format.CSV, Format.XLSX);
        String scoped = journalUnit(unit);
        Period period = new Period(date(from, "from"), date(to, "to"));
        Instant now = Now.instant();
        if (f == Format.JSON) {
            int p = Paging.page(page);
            int s = Paging.size(size, MAX_PAGE_SIZE);
            Journal j = reports.journal(tenant, scoped, period, Paging.offset(p, s), s, now);
            return Response.ok(new JournalPage(j.unit(), j.unitName(), period.from(), period.to(), j.entries(), p, s,
                    j.total()), MediaType.APPLICATION_JSON).build();
        }
        Journal j = reports.journal(tenant, scoped, period, now);
        ReportDocument doc = ReportDocuments.journal(tenant.definition().name(), j);
        String name = "jurnal-" + j.unit() + "-" + period.from() + "-" + period.to();
        return f == Format.CSV ? file(out -> CsvFormat.write(doc.tables().get(0), out), f, name)
                : file(out -> XlsxFormat.write(doc, out), f, name);
    }

    @GET
    @Path("/digest")
    @RolesAllowed({"CENTRAL_ADMIN", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI"})
    @Operation(summary = "Rekap harian / The day's digest per agency for the regent through the Sekda (SPIKM Pasal "
            + "3(2)): received, dispatched, answered, overdue; format json or pdf")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Digest.class)))
    public Response digest(@QueryParam("date") String date,
            @QueryParam("format") @DefaultValue("json") String format) {
        Tenant tenant = requestTenant.tenant();
        Format f = Format.of(format, Format.JSON, Format.PDF);
        LocalDate day = date(date, "date");
        Digest d = reports.digest(tenant, day);
        if (f == Format.JSON) {
            return Response.ok(d, MediaType.APPLICATION_JSON).build();
        }
        ReportDocument doc = ReportDocuments.digest(tenant.definition().name(), d);
        return file(out -> PdfFormat.write(doc, out), f, "rekap-harian-" + tenant.id().value() + "-" + day);
    }

    @POST
    @Path("/digest/deliveries")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Kirim rekap harian sekarang / Send a day's digest now to the tenant's recipients (a resend, "
            + "or before the scheduled time)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DigestDelivery.Sent.class)))
    public Response deliver(@QueryParam("date") String date) {
        Tenant tenant = requestTenant.tenant();
        LocalDate day = date(date, "date");
        try {
            return Response.ok(delivery.sendNow(tenant, day, Now.instant()), MediaType.APPLICATION_JSON).build();
        } catch (DigestMailer.NotSent e) {
            return ErrorResponses.of(ApiError.of(503, "DIGEST_NOT_SENT",
                    "Rekap harian tidak terkirim: server e-mail tidak dapat dihubungi atau menolak. Coba lagi nanti.",
                    "The digest was not sent: the mail server could not be reached or refused it. Try again later."));
        }
    }

    @GET
    @Path("/periodic")
    @RolesAllowed({"CENTRAL_ADMIN", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI"})
    @Operation(summary = "Laporan berkala / The periodic report for a period (SPIKM Pasal 5e, 7n): counts by type, "
            + "channel, category, agency and status, hours to answer (median, p90, p95); format json, csv, xlsx or pdf")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PeriodicReport.class)))
    public Response periodic(@QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("format") @DefaultValue("json") String format) {
        Tenant tenant = requestTenant.tenant();
        Format f = Format.of(format, Format.JSON, Format.CSV, Format.XLSX, Format.PDF);
        Period period = new Period(date(from, "from"), date(to, "to"));
        PeriodicReport p = reports.periodic(tenant, period);
        String name = "laporan-berkala-" + tenant.id().value() + "-" + period.from() + "-" + period.to();
        ReportDocument doc = ReportDocuments.periodic(tenant.definition().name(), p);
        return switch (f) {
            case JSON -> Response.ok(p, MediaType.APPLICATION_JSON).build();
            case CSV -> file(out -> CsvFormat.write(ReportDocuments.periodicFlat(p), out), f, name);
            case XLSX -> file(out -> XlsxFormat.write(doc, out), f, name);
            case PDF -> file(out -> PdfFormat.write(doc, out), f, name);
        };
    }

    @GET
    @Path("/digest/letter")
    @Produces(PdfFormat.MEDIA_TYPE)
    @RolesAllowed({"CENTRAL_ADMIN", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI"})
    @Operation(summary = "Surat laporan harian / A past day's digest as a signed official letter to the Bupati "
            + "through the Sekda (SPIKM Pasal 3(2)); the Koordinator Operasional signs it at the first download "
            + "(409 LETTER_NOT_SIGNED_YET for others before), 400 DAY_NOT_OVER for today or later")
    public Response digestLetter(@QueryParam("date") String date) {
        Tenant tenant = requestTenant.tenant();
        LocalDate day = date(date, "date");
        byte[] pdf = reportLetters.digest(tenant, day, jwt.getSubject(), jwt.getGroups().contains("OPS_COORDINATOR"),
                Now.instant());
        return file(out -> write(out, pdf), Format.PDF, "surat-laporan-harian-" + tenant.id().value() + "-" + day);
    }

    @GET
    @Path("/periodic/letter")
    @Produces(PdfFormat.MEDIA_TYPE)
    @RolesAllowed({"CENTRAL_ADMIN", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI"})
    @Operation(summary = "Surat laporan berkala / The periodic report of a past period as a signed official letter to "
            + "the Bupati and the Tim Koordinasi's chair (SPIKM Pasal 5e, 7n); signed by the Koordinator Operasional "
            + "at the first download, 400 PERIOD_NOT_OVER for a period not over")
    public Response periodicLetter(@QueryParam("from") String from,
            @QueryParam("to") String to) {
        Tenant tenant = requestTenant.tenant();
        Period period = new Period(date(from, "from"), date(to, "to"));
        byte[] pdf = reportLetters.periodic(tenant, period, jwt.getSubject(),
                jwt.getGroups().contains("OPS_COORDINATOR"), Now.instant());
        return file(out -> write(out, pdf), Format.PDF, "surat-laporan-berkala-" + tenant.id().value() + "-"
                + period.from() + "-" + period.to());
    }

    private static void write(java.io.OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The unit whose journal is read: an agency operator's own, whatever it asked for; another unit is a 404. */
    private String journalUnit(String requested) {
        boolean oversight = jwt.getGroups().stream().anyMatch(OVERSIGHT::contains);
        if (oversight) {
            if (requested == null || requested.isBlank()) {
                throw ReportErrors.invalid("FIELD_REQUIRED", "Pilih unit.", "Choose a unit.", "unit");
            }
            return requested.trim();
        }
        String own = jwt.getClaim("orgUnit");
        if (own == null || (requested != null && !requested.isBlank() && !requested.trim().equals(own))) {
            throw ReportErrors.unitNotFound();
        }
        return own;
    }

    /** The file is built before it is sent, so that a failure is an error answer rather than a truncated file. */
    private static Response file(Consumer<java.io.OutputStream> writer, Format f, String baseName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return Response.ok(out.toByteArray(), f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + f.extension + "\"")
                .build();
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ReportErrors.invalid("FIELD_REQUIRED", "Tanggal wajib diisi (TTTT-BB-HH).",
                    "The date is required (YYYY-MM-DD).", field);
        }
        return IsoDates.parse(value, field);
    }

    enum Format {
        JSON(MediaType.APPLICATION_JSON, "json"), CSV(CsvFormat.MEDIA_TYPE, "csv"),
        XLSX(XlsxFormat.MEDIA_TYPE, "xlsx"), PDF(PdfFormat.MEDIA_TYPE, "pdf");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        static Format of(String value, Format... allowed) {
            for (Format f : allowed) {
                if (f.extension.equals(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw ReportErrors.invalid("UNKNOWN_FORMAT", "Format tidak dikenal: pilih " + names(allowed) + ".",
                    "Unknown format: choose " + names(allowed) + ".", "format");
        }

        private static String names(Format... allowed) {
            return String.join(", ", java.util.Arrays.stream(allowed).map(f -> f.extension).toList());
        }
    }
}
