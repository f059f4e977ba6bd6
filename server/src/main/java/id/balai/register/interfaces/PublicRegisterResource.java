package id.balai.register.interfaces;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.platform.domain.Paging;
import id.balai.platform.domain.ReportDocument;
import id.balai.platform.infrastructure.CsvFormat;
import id.balai.platform.infrastructure.PdfFormat;
import id.balai.register.application.RegisterEntries;
import id.balai.register.application.RegisterService;
import id.balai.register.domain.InformationClass;
import id.balai.register.domain.RegisterEntry;
import id.balai.register.domain.RegisterErrors;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
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
 * The public register of information (Perbup Pasal 17(2)), no login: browse by class and unit, an entry with its
 * documents, full-text search in Indonesian, the portal's serta-merta front page, and the whole register as CSV
 * or PDF for the regional library. Exempt entries are listed with their ground and decree; their documents are
 * never served (UU KIP Ps 17; Perbup Pasal 6(2)).
 */
@Path("/t/{tenant}/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Register (public)", description = "Daftar Informasi Publik / Register of public information")
public class PublicRegisterResource {
    static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_EXPORT = 50_000;

    @Inject
    RequestTenant requestTenant;

    @Inject
    RegisterService service;

    @GET
    @Path("/entries")
    @Operation(summary = "Daftar informasi / Browse the published register by class and unit")
    public RegisterViews.EntryPage list(@QueryParam("class") String infoClass,
            @QueryParam("unit") String unit, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Tenant tenant = requestTenant.tenant();
        InformationClass c = infoClass == null ? null : RegisterInput.enumOf(InformationClass.class, infoClass,
                "class");
        String u = unit == null ? null : RegisterInput.unit(tenant, unit, "unit").code();
        int p = Paging.page(page);
        int s = Paging.size(size, MAX_PAGE_SIZE);
        RegisterEntries.Page<RegisterEntry> result = service.publicList(tenant, c, u, p, s);
        LocalDate today = RegisterService.today(tenant);
        return new RegisterViews.EntryPage(result.items().stream().map(e -> RegisterViews.EntryView.of(e, today))
                .toList(), p, s, result.total());
    }

    @GET
    @Path("/entries/{id}")
    @Operation(summary = "Satu informasi / One entry with its documents (an exempt entry: its ground and decree, "
            + "no documents)")
    public RegisterViews.PublicEntryView get(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        return RegisterViews.PublicEntryView.of(service.publicEntry(tenant,
                RegisterInput.uuid(id, RegisterErrors.entryNotFound())), RegisterService.today(tenant));
    }

    @GET
    @Path("/entries/{id}/documents/{documentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Unduh dokumen / Download a document (never of an exempt entry: 403 INFORMATION_EXEMPT)")
    public Response document(@PathParam("id") String id,
            @PathParam("documentId") String documentId) {
        Tenant tenant = requestTenant.tenant();
        RegisterEntries.DocumentContent d = service.publicDocument(tenant,
                RegisterInput.uuid(id, RegisterErrors.entryNotFound()),
                RegisterInput.uuid(documentId, RegisterErrors.documentNotFound()));
        return Response.ok(d.content(), d.document().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + safeName(d.document().fileName()) + "\"")
                // RFC 3230 instance digest: the stored SHA-256, base64-encoded.
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(d.document().sha256())))
                .build();
    }

    @GET
    @Path("/search")
    @Operation(summary = "Cari / Full-text search in Indonesian (izin finds perizinan), ranked, with snippets whose "
            + "matches are marked parts", description = "The newest 1 000 matches are ranked; when more match, "
            + "total is 1000 and capped is true (narrow the words).")
    public RegisterViews.SearchPage search(@QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Tenant tenant = requestTenant.tenant();
        String text = RegisterInput.text(q, "q", 2, 200, "Kata kunci", "The search text");
        int p = Paging.page(page);
        int s = Paging.size(size, MAX_PAGE_SIZE);
        RegisterEntries.Page<RegisterEntries.Hit> hits = service.search(tenant, text, p, s);
        LocalDate today = RegisterService.today(tenant);
        return new RegisterViews.SearchPage(text, hits.items().stream().map(h -> new RegisterViews.SearchHit(
                RegisterViews.EntryView.of(h.entry(), today), h.rank(), RegisterViews.parts(h.headline()))).toList(),
                p, s, hits.total(), hits.capped());
    }

    @GET
    @Path("/front-page")
    @Operation(summary = "Halaman depan / Serta-merta information for the portal's front page (UU KIP Ps 10)")
    public java.util.List<RegisterViews.EntryView> frontPage() {
        Tenant tenant = requestTenant.tenant();
        LocalDate today = RegisterService.today(tenant);
        return service.frontPage(tenant, 20).stream().map(e -> RegisterViews.EntryView.of(e, today)).toList();
    }

    @GET
    @Path("/export")
    @Produces({CsvFormat.MEDIA_TYPE, PdfFormat.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Ekspor / The whole published register as CSV or PDF for the regional library (Pasal 17(2))")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format) {
        Tenant tenant = requestTenant.tenant();
        boolean pdf = switch (format) {
            case "csv" -> false;
            case "pdf" -> true;
            default -> throw RegisterErrors.invalid("INVALID_FORMAT", "Format harus csv atau pdf.",
                    "The format must be csv or pdf.", "format");
        };
        LocalDate today = RegisterService.today(tenant);
        ReportDocument doc = RegisterExport.of(tenant, service.publishedRegister(tenant, MAX_EXPORT),
                today.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (pdf) {
            PdfFormat.write(doc, out);
        } else {
            CsvFormat.write(doc.tables().get(0), out);
        }
        return Response.ok(out.toByteArray(), pdf ? PdfFormat.MEDIA_TYPE : CsvFormat.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"dip-" + tenant.id().value() + "-" + today
                        + (pdf ? ".pdf" : ".csv") + "\"")
                .build();
    }

    /** A file name safe inside a quoted header value. */
    static String safeName(String name) {
        return name.replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
