package id.balai.compliance.interfaces;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.compliance.application.ProvincialCompliance;
import id.balai.compliance.domain.Band;
import id.balai.compliance.domain.Indicator;
import id.balai.compliance.domain.TenantIndicators;
import id.balai.compliance.domain.Weights;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.IsoDates;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.ReportDocument;
import id.balai.platform.infrastructure.CsvFormat;
import id.balai.platform.infrastructure.PdfFormat;
import id.balai.platform.infrastructure.XlsxFormat;
import id.balai.platform.interfaces.Caller;
import id.balai.tenancy.domain.TenantStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The provincial admin's compliance view (docs/compliance.md), scoped to the province code in the caller's token:
 * aggregates of the province's tenants only, never a case or a person. Every answer carries the disclaimer that
 * this is computed from Balai's records and is not the Information Commission's official e-Monev score.
 */
@Path("/province/compliance")
@RequestScoped
@RolesAllowed("PROVINCIAL_ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Province: compliance", description = "Kepatuhan kabupaten/kota se-provinsi / Compliance across the province")
public class ProvincialComplianceResource {
    private static final int MAX_YEARS = 10;

    @Inject
    JsonWebToken jwt;

    @Inject
    Caller caller;

    @Inject
    ProvincialCompliance compliance;

    public record BandView(String code, String id, String en, double floor) {
        static BandView of(Band b) {
            return b == null ? null : new BandView(b.name(), b.labelId(), b.labelEn(), b.floor());
        }
    }

    /** scores: indicator name to its 0-100 value (absent: no data). */
    public record RowView(String slug, String name,
            @Schema(implementation = TenantStatus.class) String status, TenantIndicators indicators,
            Map<String, Double> scores, Double score, BandView band) {
        static RowView of(ProvincialCompliance.Row r) {
            Map<String, Double> scores = new LinkedHashMap<>();
            for (Map.Entry<Indicator, Double> e : r.scores().entrySet()) {
                scores.put(e.getKey().name(), e.getValue());
            }
            return new RowView(r.slug(), r.name(), r.status(), r.indicators(), scores, r.score(),
                    BandView.of(r.band()));
        }
    }

    public record TableView(Message disclaimer, String province, LocalDate from, LocalDate to,
            Map<String, Double> weights, List<BandView> bands, List<RowView> tenants) {
    }

    public record DrillView(Message disclaimer, String province, LocalDate from, LocalDate to,
            Map<String, Double> weights, RowView tenant, Map<String, TenantIndicators> months) {
    }

    public record TrendPoint(int year, Double score, BandView band) {
    }

    public record TrendRow(String slug, String name, List<TrendPoint> years) {
    }

    public record TrendView(Message disclaimer, String province, Map<String, Double> weights, List<TrendRow> tenants) {
    }

    public record WeightsView(Message disclaimer, String province, Map<String, Double> weights) {
    }

    public record WeightsInput(Map<String, Object> weights) {
    }

    @GET
    @Operation(summary = "Tabel kepatuhan / The province's tenants with every indicator, composite score and band",
            description = "from/to (ISO dates, default: 1 January of this year to today). Aggregates only; "
                    + "format json (default), csv, xlsx or pdf.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TableView.class)))
    public Response table(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") @DefaultValue("json") String format) {
        String province = province();
        LocalDate today = compliance.today(province);
        LocalDate[] p = period(from, to, today);
        ProvincialCompliance.Table t = compliance.table(province, p[0], p[1], today);
        TableView view = new TableView(ProvincialCompliance.DISCLAIMER, province, p[0], p[1], t.weights().asMap(),
                Arrays.stream(Band.values()).map(BandView::of).toList(),
                t.rows().stream().map(RowView::of).toList());
        return switch (format) {
            case "json" -> Response.ok(view, MediaType.APPLICATION_JSON).build();
            case "csv", "xlsx", "pdf" -> file(format, document(view), "kepatuhan-" + province + "-" + p[0] + "-" + p[1]);
            default -> throw invalid("INVALID_FORMAT", "Format tidak dikenal: pilih json, csv, xlsx atau pdf.",
                    "Unknown format: choose json, csv, xlsx or pdf.", "format");
        };
    }

    @GET
    @Path("/tenants/{slug}")
    @Operation(summary = "Rincian satu kabupaten/kota / One tenant's aggregates, per month of the period",
            description = "404 TENANT_NOT_FOUND for a tenant of another province. Counts only, never a case.")
    public DrillView tenant(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String province = province();
        LocalDate today = compliance.today(province);
        LocalDate[] p = period(from, to, today);
        ProvincialCompliance.Drill d = compliance.tenant(province, slug, p[0], p[1], today);
        return new DrillView(ProvincialCompliance.DISCLAIMER, province, p[0], p[1],
                compliance.weights(province).asMap(), RowView.of(d.row()), d.months());
    }

    @GET
    @Path("/trend")
    @Operation(summary = "Tren / Composite score and band per calendar year",
            description = "years: how many calendar years back from this one (1-10, default 3), or a list "
                    + "such as 2025,2026.")
    public TrendView trend(@QueryParam("years") @DefaultValue("3") String years) {
        String province = province();
        LocalDate today = compliance.today(province);
        List<Integer> list = years(years, today.getYear());
        Map<String, TrendRow> rows = new LinkedHashMap<>();
        Weights w = compliance.weights(province);
        for (int y : list) {
            LocalDate to = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
            for (ProvincialCompliance.Row r : compliance.table(province, LocalDate.of(y, 1, 1), to, today).rows()) {
                rows.computeIfAbsent(r.slug(), k -> new TrendRow(r.slug(), r.name(), new ArrayList<>())).years()
                        .add(new TrendPoint(y, r.score(), BandView.of(r.band())));
            }
        }
        return new TrendView(ProvincialCompliance.DISCLAIMER, province, w.asMap(), List.copyOf(rows.values()));
    }

    @GET
    @Path("/weights")
    @Operation(summary = "Bobot / The composite score's weights of this province")
    public WeightsView weights() {
        String province = province();
        return new WeightsView(ProvincialCompliance.DISCLAIMER, province, compliance.weights(province).asMap());
    }

    @PUT
    @Path("/weights")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ubah bobot / Change this province's weights",
            description = "{\"weights\": {\"NOTICE_ON_TIME\": 30, ...}}: each 0-100, an indicator left out keeps its "
                    + "default; 400 UNKNOWN_INDICATOR, INVALID_WEIGHT, WEIGHTS_ALL_ZERO with the field.")
    public WeightsView saveWeights(WeightsInput body) {
        String province = province();
        Weights w = Weights.parse(body == null ? null : body.weights());
        return new WeightsView(ProvincialCompliance.DISCLAIMER, province,
                compliance.saveWeights(province, w, caller.actor()).asMap());
    }

    private String province() {
        String p = jwt.getClaim("province");
        if (p == null || p.isBlank()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "NO_PROVINCE",
                    Message.of("Akun ini tidak terikat pada provinsi.", "This account has no province."), null);
        }
        return p;
    }

    static LocalDate[] period(String from, String to, LocalDate today) {
        LocalDate f = from == null || from.isBlank() ? today.withDayOfYear(1) : IsoDates.parse(from, "from");
        LocalDate t = to == null || to.isBlank() ? today : IsoDates.parse(to, "to");
        if (t.isBefore(f)) {
            throw invalid("INVALID_PERIOD", "Tanggal akhir sebelum tanggal awal.", "The end is before the start.", "to");
        }
        if (f.plusYears(MAX_YEARS).isBefore(t)) {
            throw invalid("PERIOD_TOO_LONG", "Periode paling lama 10 tahun.", "A period of at most 10 years.", "to");
        }
        return new LocalDate[] {f, t};
    }

    static List<Integer> years(String years, int thisYear) {
        try {
            List<Integer> out;
            if (years.contains(",")) {
                out = Arrays.stream(years.split(",")).map(String::trim).map(Integer::parseInt).sorted().distinct()
                        .toList();
            } else {
                int n = Integer.parseInt(years.trim());
                if (n >= 1 && n <= MAX_YEARS) {
                    out = new ArrayList<>();
                    for (int y = thisYear - n + 1; y <= thisYear; y++) {
                        out.add(y);
                    }
                } else {
                    out = n >= 2000 && n <= thisYear ? List.of(n) : List.of();
                }
            }
            if (out.isEmpty() || out.size() > MAX_YEARS || out.get(0) < 2000 || out.get(out.size() - 1) > thisYear) {
                throw new NumberFormatException();
            }
            return out;
        } catch (NumberFormatException e) {
            throw invalid("INVALID_YEARS", "Tahun: jumlah 1-10 atau daftar tahun seperti 2025,2026.",
                    "Years: a count from 1 to 10 or a list such as 2025,2026.", "years");
        }
    }

    /** The table laid out for a file: one row per tenant, the disclaimer and the weights on top. */
    static ReportDocument document(TableView v) {
        List<String> columns = List.of("Kabupaten/kota / Regency", "Permohonan / Requests",
                "Pemberitahuan <= 10 HK (%) / Noticed within 10 WD", "<= 17 HK (%) / Within 17 WD",
                "Median HK / Median WD", "P90 HK / P90 WD", "Keberatan per 100 / Objections per 100",
                "Keberatan dijawab 30 HK (%) / Objections answered in 30 WD", "Sengketa / Disputes",
                "Kelengkapan DIP (%) / Register completeness", "LLID tepat waktu / LLID on time",
                "Cakupan PPID Pembantu (%) / Coverage", "Verifikasi tepat waktu (%) / Verified on time",
                "Tindak lanjut tepat waktu (%) / Follow-up on time", "Selesai (%) / Closed", "Rating",
                "Skor / Score", "Kategori / Band");
        List<List<Object>> rows = new ArrayList<>();
        for (RowView r : v.tenants()) {
            TenantIndicators i = r.indicators();
            rows.add(Arrays.asList(r.name(), i.requests(), cell(i.noticedWithinNoticePct()),
                    cell(i.noticedWithinExtensionPct()), cell(i.medianWorkingDaysToNotice()),
                    cell(i.p90WorkingDaysToNotice()), cell(i.objectionsPer100Requests()),
                    cell(i.objectionsAnsweredOnTimePct()), i.disputes(), cell(i.registerCompletenessPct()),
                    i.llidOnTime() == null ? "-" : i.llidOnTime() ? "Ya / Yes" : "Tidak / No",
                    cell(i.pembantuCoveragePct()), cell(i.complaintsVerifiedOnTimePct()), cell(i.followUpOnTimePct()),
                    cell(i.complaintsClosedPct()), cell(i.ratingMean()), cell(r.score()),
                    r.band() == null ? "-" : r.band().id()));
        }
        List<String> lines = new ArrayList<>();
        lines.add(v.disclaimer().id());
        lines.add(v.disclaimer().en());
        lines.add("Provinsi / Province " + v.province() + ", " + v.from() + " - " + v.to());
        lines.add("Bobot / Weights: " + v.weights());
        return new ReportDocument("Kepatuhan keterbukaan informasi / Information compliance", lines,
                List.of(new ReportDocument.Table("Kabupaten/kota / Regencies", columns, rows)));
    }

    private static Object cell(Object o) {
        return o == null ? "-" : o;
    }

    private static Response file(String format, ReportDocument doc, String baseName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String media;
        switch (format) {
            case "csv" -> {
                // The CSV carries the disclaimer as its first lines' content: one table, the notice in a column.
                List<String> cols = new ArrayList<>(doc.tables().get(0).columns());
                cols.add("Catatan / Note");
                List<List<Object>> rows = new ArrayList<>();
                for (List<Object> r : doc.tables().get(0).rows()) {
                    List<Object> x = new ArrayList<>(r);
                    x.add(doc.lines().get(0) + " " + doc.lines().get(1));
                    rows.add(x);
                }
                CsvFormat.write(new ReportDocument.Table(doc.tables().get(0).heading(), cols, rows), out);
                media = CsvFormat.MEDIA_TYPE;
            }
            case "xlsx" -> {
                XlsxFormat.write(doc, out);
                media = XlsxFormat.MEDIA_TYPE;
            }
            default -> {
                PdfFormat.write(doc, out);
                media = PdfFormat.MEDIA_TYPE;
            }
        }
        return Response.ok(out.toByteArray(), media)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format + "\"").build();
    }

    private static DomainException invalid(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.INVALID, code, Message.of(id, en), field);
    }
}
