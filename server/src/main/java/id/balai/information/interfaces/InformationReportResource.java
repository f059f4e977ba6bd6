package id.balai.information.interfaces;

import java.io.ByteArrayOutputStream;
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

import id.balai.information.application.InformationReports;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.LlidDelivery;
import id.balai.information.domain.UnitReportSubmission;
import id.balai.platform.domain.ReportDocument;
import id.balai.platform.infrastructure.CsvFormat;
import id.balai.platform.infrastructure.PdfFormat;
import id.balai.platform.interfaces.Caller;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The PPID's reports: the annual LLID (Perbup Luwu Timur Pasal 18-19) from the records, with its editable text and
 * its publication (due by 31 March, flagged when late), and the PPID Pembantu report (Pasal 28) per unit and period;
 * as JSON, PDF or CSV. A PPID Pembantu reads its own unit's report only.
 */
@Path("/t/{tenant}/officer/information-reports")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, PdfFormat.MEDIA_TYPE, CsvFormat.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Information reports", description = "LLID dan laporan PPID Pembantu / LLID and PPID Pembantu reports")
public class InformationReportResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    InformationReports reports;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("/llid/cover-letter")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({"PPID_MAIN", "ATASAN_PPID", "BUPATI"})
    @Operation(summary = "Surat pengantar LLID / The LLID's cover letter to the Bupati, signed (Perbup Pasal 18(2)); "
            + "409 LLID_NOT_PUBLISHED before its publication")
    public Response llidCoverLetter(@QueryParam("year") Integer year) {
        Tenant tenant = requestTenant.tenant();
        int y = Inputs.year(year);
        return Response.ok(reports.llidCoverLetter(tenant, y), "application/pdf").header("Content-Disposition",
                "attachment; filename=\"surat-pengantar-llid-" + tenant.id().value() + "-" + y + ".pdf\"").build();
    }

    @GET
    @Path("/llid")
    @RolesAllowed({"PPID_MAIN", "ATASAN_PPID", "BUPATI", "DISPUTE_FACILITATION"})
    @Operation(summary = "LLID / The annual information-service report for a fiscal year (Perbup Pasal 18(3)): "
            + "format json, pdf or csv", description = "JSON lists the first 500 requests (perRequestTotal counts "
            + "them all), the PDF every request up to 2 000 (beyond, it names the CSV); the CSV lists every one.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformationReports.Llid.class)))
    public Response llid(@QueryParam("year") Integer year,
            @QueryParam("format") @DefaultValue("json") String format) {
        Tenant tenant = requestTenant.tenant();
        String f = format(format);
        InformationReports.Llid l = reports.llid(tenant, Inputs.year(year), f.equals("csv") ? 0 : listed(f));
        if (f.equals("json")) {
            return Response.ok(l, MediaType.APPLICATION_JSON).build();
        }
        String name = "llid-" + tenant.id().value() + "-" + l.fiscalYear();
        return f.equals("pdf") ? file(InformationReports.document(l, InformationReports.PDF_REQUEST_ROWS), f, name)
                : streamedCsv(tenant, InformationReports.document(l), l.perRequestTotal(), l.from(), l.to(), null,
                        name);
    }

    @PUT
    @Path("/llid/sections")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Ubah bagian teks LLID / Save the LLID's text sections: policy, facilities, staff, budget, "
            + "obstacles, recommendations")
    public InformationReports.Llid sections(@QueryParam("year") Integer year,
            InformationReports.Sections body) {
        Tenant tenant = requestTenant.tenant();
        if (body == null) {
            throw InformationErrors.required(null, "Isi bagian LLID", "The LLID sections");
        }
        InformationReports.Sections s = new InformationReports.Sections(
                Inputs.optionalText(body.policy(), "policy", 20000),
                Inputs.optionalText(body.facilities(), "facilities", 20000),
                Inputs.optionalText(body.staff(), "staff", 20000), Inputs.optionalText(body.budget(), "budget", 20000),
                Inputs.optionalText(body.obstacles(), "obstacles", 20000),
                Inputs.optionalText(body.recommendations(), "recommendations", 20000));
        return reports.saveSections(tenant, Inputs.year(year), s, caller.actor());
    }

    @POST
    @Path("/llid/publication")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Terbitkan LLID / Record the LLID's publication today (after the fiscal year; late after the "
            + "due date)")
    public InformationReports.Llid publish(@QueryParam("year") Integer year) {
        return reports.publish(requestTenant.tenant(), Inputs.year(year), caller.actor());
    }

    /** @param recipient ATASAN_PPID, BUPATI, KEMENDAGRI or KIP; via LETTER, EMAIL, HAND or APPLICATION */
    public record DeliveryInput(String recipient, String deliveredOn, String via, String reference) {
    }

    @POST
    @Path("/llid/deliveries")
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Catat penyampaian LLID / Record the LLID's delivery to the Atasan PPID, the Bupati, "
            + "Kemendagri or the KIP (Perbup Pasal 18(2), 19)")
    public InformationReports.Llid deliver(@QueryParam("year") Integer year,
            DeliveryInput in) {
        if (in == null) {
            throw InformationErrors.required(null, "Isi penyampaian", "The delivery");
        }
        return reports.recordDelivery(requestTenant.tenant(), Inputs.year(year),
                Inputs.enumOf(LlidDelivery.Recipient.class, in.recipient(), "recipient"),
                Inputs.date(in.deliveredOn(), "deliveredOn"), Inputs.enumOf(LlidDelivery.Via.class, in.via(), "via"),
                Inputs.optionalText(in.reference(), "reference", 200), caller.actor());
    }

    @GET
    @Path("/ppid-pembantu")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID", "BUPATI"})
    @Operation(summary = "Laporan PPID Pembantu / A unit's report to the regent through the PPID Utama and the Sekda "
            + "(Perbup Pasal 28): requests, time taken, granted and refused with reasons; format json, pdf or csv")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformationReports.UnitReport.class)))
    public Response unitReport(@QueryParam("unit") String unit,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") @DefaultValue("json") String format) {
        Tenant tenant = requestTenant.tenant();
        String f = format(format);
        String scoped = unit(unit);
        LocalDate a = Inputs.date(from, "from");
        LocalDate b = Inputs.date(to, "to");
        InformationReports.UnitReport u = reports.unitReport(tenant, scoped, a, b, f.equals("csv") ? 0 : listed(f));
        if (f.equals("json")) {
            return Response.ok(u, MediaType.APPLICATION_JSON).build();
        }
        String name = "laporan-ppid-pembantu-" + scoped + "-" + a + "-" + b;
        return f.equals("pdf") ? file(InformationReports.document(tenant.definition().name(), u,
                InformationReports.PDF_REQUEST_ROWS), f, name)
                : streamedCsv(tenant, InformationReports.document(tenant.definition().name(), u), u.perRequestTotal(),
                        a, b, scoped, name);
    }

    /** @param unit ignored for a PPID Pembantu (its own unit) */
    public record SubmissionInput(String unit, String from, String to) {
    }

    @GET
    @Path("/ppid-pembantu/submissions")
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID", "BUPATI"})
    @Operation(summary = "Penyampaian laporan PPID Pembantu / The units' reports submitted to the PPID Utama, forwarded "
            + "to the Sekda and received (Perbup Pasal 28); a PPID Pembantu sees its own")
    public List<UnitReportSubmission> submissions() {
        java.util.Set<String> g = jwt.getGroups();
        boolean wide = g.contains("PPID_MAIN") || g.contains("ATASAN_PPID") || g.contains("BUPATI");
        return reports.unitReportSubmissions(requestTenant.tenant(), wide ? null : unit(null));
    }

    @POST
    @Path("/ppid-pembantu/submissions")
    @RolesAllowed("PPID_ASSISTANT")
    @Operation(summary = "Sampaikan laporan / A PPID Pembantu submits its report for an ended period to the PPID Utama "
            + "(Perbup Pasal 28); 409 ALREADY_SUBMITTED, 400 PERIOD_NOT_OVER")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitReportSubmission.class)))
    public Response submit(SubmissionInput in) {
        if (in == null) {
            throw InformationErrors.required(null, "Periode laporan", "The report's period");
        }
        UnitReportSubmission s = reports.submitUnitReport(requestTenant.tenant(), unit(null),
                Inputs.date(in.from(), "from"), Inputs.date(in.to(), "to"), caller.actor());
        return Response.status(201).entity(s).build();
    }

    @POST
    @Path("/ppid-pembantu/submissions/{id}/forwarding")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("PPID_MAIN")
    @Operation(summary = "Teruskan kepada Sekda / The PPID Utama forwards a unit's report to the Sekda (Pasal 28)")
    public UnitReportSubmission forward(@PathParam("id") String id) {
        return reports.moveUnitReport(requestTenant.tenant(), Inputs.uuid(id, "submission"), "FORWARDED",
                caller.actor());
    }

    @POST
    @Path("/ppid-pembantu/submissions/{id}/receipt")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("ATASAN_PPID")
    @Operation(summary = "Terima laporan / The Sekda (Atasan PPID) records the receipt of a unit's report (Pasal 28)")
    public UnitReportSubmission receive(@PathParam("id") String id) {
        return reports.moveUnitReport(requestTenant.tenant(), Inputs.uuid(id, "submission"), "RECEIVED",
                caller.actor());
    }

    /** A PPID Pembantu's own unit, whatever it asked for; others name the unit. */
    private String unit(String requested) {
        java.util.Set<String> g = jwt.getGroups();
        boolean wide = g.contains("PPID_MAIN") || g.contains("ATASAN_PPID") || g.contains("BUPATI");
        if (wide) {
            if (requested == null || requested.isBlank()) {
                throw InformationErrors.required("unit", "Unit", "The unit");
            }
            return requested.trim();
        }
        String own = jwt.getClaim("orgUnit");
        if (own == null || (requested != null && !requested.isBlank() && !requested.trim().equals(own))) {
            throw InformationErrors.notFound("unit");
        }
        return own;
    }

    private static String format(String f) {
        String v = f == null ? "" : f.trim().toLowerCase(Locale.ROOT);
        if (!v.equals("json") && !v.equals("pdf") && !v.equals("csv")) {
            throw InformationErrors.invalid("UNKNOWN_FORMAT", "Format tidak dikenal: pilih json, pdf, csv.",
                    "Unknown format: choose json, pdf, csv.", "format");
        }
        return v;
    }

    /** How many requests a format lists one by one: the page the first 500, the PDF 2 000 at most, the CSV all. */
    private static int listed(String format) {
        return switch (format) {
            case "json" -> InformationReports.JSON_REQUEST_ROWS;
            case "pdf" -> InformationReports.PDF_REQUEST_ROWS;
            default -> InformationReports.ALL_REQUESTS;
        };
    }

    /**
     * A CSV that lists every request of the period: the summary (already computed) first, then the requests as they
     * are read from the database, written to the response as they come (a year of 100 000 requests is never held
     * whole). The requests are read after this method returns, in a read-only transaction of their own.
     */
    private Response streamedCsv(Tenant tenant, ReportDocument summary, long requests, LocalDate from, LocalDate to,
            String unit, String name) {
        int width = InformationReports.flatWidth(summary, requests > 0);
        StreamingOutput body = out -> {
            CsvFormat.Rows csv = CsvFormat.open(InformationReports.flatColumns(width), out);
            InformationReports.flatRows(summary, width).forEach(csv::row);
            if (requests > 0) {
                reports.eachRequestTime(tenant, from, to, unit,
                        t -> csv.row(InformationReports.flatRequestRow(t, width)));
            }
            csv.flush();
        };
        return Response.ok(body, CsvFormat.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    private static Response file(ReportDocument doc, String f, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Consumer<ByteArrayOutputStream> writer = f.equals("pdf") ? o -> PdfFormat.write(doc, o)
                : o -> CsvFormat.write(InformationReports.flat(doc), o);
        writer.accept(out);
        return Response.ok(out.toByteArray(), f.equals("pdf") ? PdfFormat.MEDIA_TYPE : CsvFormat.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + f + "\"").build();
    }
}
