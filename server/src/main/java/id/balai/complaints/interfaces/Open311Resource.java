package id.balai.complaints.interfaces;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.ComplaintRecords;
import id.balai.complaints.application.ComplaintService;
import id.balai.complaints.application.ModerationService;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.Dispatch;
import id.balai.platform.application.Now;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.interfaces.InputChecks;
import id.balai.platform.interfaces.PublicGuards;
import id.balai.platform.interfaces.RequestInfo;
import id.balai.privacy.domain.PersonalDataMasker;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;

/**
 * Open311 GeoReport v2 (served at {@code /open311/v2/...}): {@code jurisdiction_id} is the tenant's slug, service
 * codes are its complaint categories, a request's id is its tracking number. Only reports whose public version the
 * central administrator published are listed (issue 15), with that version's title and text, never the original
 * description; {@code media_url} is the first photo marked public; {@code address} names the kecamatan and
 * desa/kelurahan the point lies in, and {@code lat}/{@code long} are given only when the administrator chose to show
 * the point (issue 15 item 4). Confidential (rahasia), rejected and merged
 * reports are never listed, identities never shown. A POST is taken as stock clients send it (form fields, no
 * {@code Idempotency-Key}: an identical request from the same client within {@link #REPEAT_WINDOW} returns the first
 * receipt; the header is honoured when sent). Errors come in GeoReport's format ({@link Open311ErrorFilter}); reads
 * and posts are rate-limited per client address.
 */
@Path("/open311/v2")
@RequestScoped
@PermitAll
@Tag(name = "Open311", description = "GeoReport v2")
public class Open311Resource {
    private static final int MAX_REQUESTS = 1000;
    /** How long an identical POST without {@code Idempotency-Key} from the same client returns the first receipt. */
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

    @Inject
    TenantRegistry registry;

    @Inject
    InputChecks checks;

    @Inject
    ComplaintService service;

    @Inject
    ModerationService moderation;

    @Inject
    RequestInfo request;

    @Inject
    PublicGuards guards;

    @Inject
    Config config;

    @Context
    UriInfo uriInfo;

    /**
     * The discovery document (GeoReport v2): where the endpoint is, its formats, and whom to contact. One document for
     * every regency; {@code jurisdiction_id} selects the regency in each call.
     */
    @GET
    @Path("/discovery.{format}")
    @Operation(summary = "Penemuan layanan / Discovery: the endpoint, its specification and formats")
    public Response discovery(@PathParam("format") String format) {
        guards.limit(PublicGuards.Limit.OPEN311_READ);
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", uriInfo.getBaseUri().resolve("../open311/v2").toString());
        endpoint.put("changeset", DISCOVERY_CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json", "text/xml"));
        if (format.equals("xml")) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><discovery><changeset>" + DISCOVERY_CHANGESET
                    + "</changeset><contact>" + CONTACT + "</contact><key_service></key_service><endpoints><endpoint>"
                    + "<specification>http://wiki.open311.org/GeoReport_v2</specification><url>" + endpoint.get("url")
                    + "</url><changeset>" + DISCOVERY_CHANGESET + "</changeset><type>production</type><formats>"
                    + "<format>application/json</format><format>text/xml</format></formats></endpoint></endpoints>"
                    + "</discovery>";
            return Response.ok(xml, MediaType.APPLICATION_XML_TYPE).build();
        }
        if (!format.equals("json")) {
            return GeoReportFormat.render(format, "discovery", "discovery", List.of(), 200);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("changeset", DISCOVERY_CHANGESET);
        doc.put("contact", CONTACT);
        doc.put("key_service", "");
        doc.put("endpoints", List.of(endpoint));
        return Response.ok(doc, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static final String DISCOVERY_CHANGESET = "2026-12-04T00:00:00Z";
    private static final String CONTACT = "Balai: jurisdiction_id is the regency's slug (GET /api/tenants); "
            + "no api_key is needed.";

    @GET
    @Path("/services.{format}")
    @Operation(summary = "Layanan (kategori) / Services: the tenant's complaint categories")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        guards.limit(PublicGuards.Limit.OPEN311_READ);
        Tenant tenant = tenant(jurisdiction);
        List<Map<String, Object>> services = tenant.definition().complaintCategories().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_code", c.code());
            m.put("service_name", c.name());
            m.put("description", c.nameEn() == null ? c.name() : c.name() + " / " + c.nameEn());
            m.put("metadata", false);
            m.put("type", "realtime");
            m.put("keywords", "");
            m.put("group", unitName(tenant, c.routeTo()));
            return m;
        }).toList();
        return GeoReportFormat.render(format, "services", "service", services, 200);
    }

    @GET
    @Path("/requests.{format}")
    @Operation(summary = "Daftar laporan publik / Public requests, newest first (never confidential ones)")
    public Response requests(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("service_request_id") String ids, @QueryParam("service_code") String serviceCode,
            @QueryParam("start_date") String start, @QueryParam("end_date") String end,
            @QueryParam("status") String status) {
        guards.limit(PublicGuards.Limit.OPEN311_READ);
        Tenant tenant = tenant(jurisdiction);
        Boolean open = status == null || status.isBlank() ? null : switch (status) {
            case "open" -> Boolean.TRUE;
            case "closed" -> Boolean.FALSE;
            default -> throw ComplaintErrors.invalid("INVALID_STATUS", "Status harus open atau closed.",
                    "The status must be open or closed.", "status");
        };
        Instant to = end == null ? null : instant(end, "end_date");
        // The spec's default window: the last 90 days.
        Instant from = start == null ? (ids == null ? Instant.now().minusSeconds(90L * 24 * 3600) : null)
                : instant(start, "start_date");
        List<String> tracking = ids == null ? null : Arrays.stream(ids.split(",")).map(String::trim).toList();
        List<ComplaintRecords.Published> found = moderation.published(tenant,
                new ComplaintRecords.PublicFilter(tracking, serviceCode, open, from, to, null, null, null, null,
                        null), 0, MAX_REQUESTS).items();
        return GeoReportFormat.render(format, "service_requests", "request", found.stream().map(c -> request(tenant, c)).toList(),
                200);
    }

    @GET
    @Path("/requests/{id}.{format}")
    @Operation(summary = "Satu laporan publik / One public request by its tracking number")
    public Response request(@PathParam("id") String id, @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        guards.limit(PublicGuards.Limit.OPEN311_READ);
        Tenant tenant = tenant(jurisdiction);
        List<ComplaintRecords.Published> found = moderation.published(tenant,
                ComplaintRecords.PublicFilter.trackingNumbers(List.of(id)), 0, 1).items();
        if (found.isEmpty()) {
            throw ComplaintErrors.notFound();
        }
        return GeoReportFormat.render(format, "service_requests", "request", List.of(request(tenant, found.get(0))), 200);
    }

    @POST
    @Path("/requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Kirim laporan / Post a request (form fields of GeoReport v2). Idempotency-Key is honoured "
            + "when sent; without it an identical request from the same client within 10 minutes returns the first "
            + "receipt")
    public Response post(@PathParam("format") String format, @HeaderParam("Idempotency-Key") String key,
            @FormParam("jurisdiction_id") String jurisdiction, @FormParam("service_code") String serviceCode,
            @FormParam("description") @MultiLine String description, @FormParam("lat") Double lat,
            @FormParam("long") Double lon, @FormParam("address_string") String address,
            @FormParam("email") String email, @FormParam("phone") String phone,
            @FormParam("first_name") String firstName, @FormParam("last_name") String lastName) {
        Tenant tenant = tenant(jurisdiction);
        guards.limit(PublicGuards.Limit.COMPLAINT_SUBMISSION);
        Optional<String> given = PublicGuards.optionalKey(key);
        String text = description == null ? "" : description.strip();
        String title = text.length() > 60 ? text.substring(0, 60) : text;
        String name = (Optional.ofNullable(firstName).orElse("") + " " + Optional.ofNullable(lastName).orElse(""))
                .strip();
        boolean hasContact = (phone != null && !phone.isBlank()) || (email != null && !email.isBlank());
        ComplaintInput input = new ComplaintInput("COMPLAINT", title, text, serviceCode, address, lat, lon,
                !hasContact, false, new ComplaintInput.ReporterInput(name.isEmpty() ? null : name, phone, email),
                false, null, null);
        ComplaintService.SubmitCommand command = input.toCommand(checks, tenant, Channel.WEB);
        String idempotencyKey = given.orElseGet(() -> repeatKey(tenant, request.clientAddress(), jurisdiction,
                serviceCode, description, lat, lon, address, email, phone, firstName, lastName));
        ComplaintService.Submitted s = service.submit(tenant, command, Optional.of(idempotencyKey),
                new Actor("citizen:open311", "", request.requestId()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", s.receipt().trackingNumber());
        m.put("service_notice", "Simpan kode akses untuk melacak laporan / Keep the access code to track the request");
        m.put("account_id", null);
        m.put("access_code", s.receipt().accessCode());
        return GeoReportFormat.render(format, "service_requests", "request", List.of(m), 201);
    }

    /**
     * The idempotency key of a POST that carries none (stock GeoReport clients send none): the digest of the client's
     * address and every field, in a window of {@link #REPEAT_WINDOW}. A repeat in the same window, or in the next
     * one while the first window's key is stored, gets the first receipt; so an identical request within the window
     * (a client's retry after a lost answer, a double tap) is stored once, and one sent a window later is new.
     */
    private String repeatKey(Tenant tenant, String client, Object... fields) {
        StringBuilder canonical = new StringBuilder(client == null ? "" : client);
        for (Object f : fields) {
            canonical.append('\n').append(f == null ? "" : f.toString().strip());
        }
        String digest;
        try {
            digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 40);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long window = Now.instant().getEpochSecond() / REPEAT_WINDOW.toSeconds();
        String current = "open311-" + digest + "-" + window;
        String previous = "open311-" + digest + "-" + (window - 1);
        return service.storedKey(tenant, List.of(previous)).orElse(current);
    }

    private Map<String, Object> request(Tenant tenant, ComplaintRecords.Published p) {
        Complaint c = p.complaint();
        boolean closed = !c.status().isOpen();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", c.trackingNumber());
        m.put("status", closed ? "closed" : "open");
        // The answer was written to the reporter: masked like the report before it is public.
        m.put("status_notes", c.finalAnswer().map(a -> PersonalDataMasker.mask(a, PersonalDataMasker.Known.NONE)
                .text()).orElse(null));
        m.put("service_name", tenant.definition().complaintCategories().stream()
                .filter(k -> k.code().equals(c.category())).map(TenantDefinition.ComplaintCategory::name).findFirst()
                .orElse(null));
        m.put("service_code", c.category());
        m.put("description", p.publication().content().title() + "\n\n" + p.publication().content().text());
        m.put("agency_responsible", String.join(", ", c.dispatches().stream().map(Dispatch::orgUnit).distinct()
                .map(u -> unitName(tenant, u)).toList()));
        m.put("service_notice", null);
        m.put("requested_datetime", c.receivedAt().atOffset(ZoneOffset.UTC).toString());
        m.put("updated_datetime", c.closedAt().or(c::respondedAt).orElse(c.receivedAt()).atOffset(ZoneOffset.UTC)
                .toString());
        m.put("expected_datetime", c.dispatches().stream().map(Dispatch::dueOn).max(LocalDate::compareTo)
                .map(LocalDate::toString).orElse(null));
        // Issue 15 item 4: the area by name, never what the reporter typed (it may be a house address); the point
        // only when the administrator chose to show it.
        m.put("address", PublicReportViews.areaText(tenant, c).orElse(null));
        boolean point = PublicReportViews.showsPoint(p);
        m.put("lat", point ? c.latitude() : null);
        m.put("long", point ? c.longitude() : null);
        m.put("media_url", PublicReportViews.photos(tenant, p).stream().findFirst()
                .map(path -> uriInfo.getBaseUri().toString() + path.substring("/api/".length())).orElse(null));
        return m;
    }

    private Tenant tenant(String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw ComplaintErrors.invalid("JURISDICTION_REQUIRED", "jurisdiction_id (kabupaten/kota) wajib diisi.",
                    "jurisdiction_id (the regency's slug) is required.", "jurisdiction_id");
        }
        return registry.require(jurisdiction.trim());
    }

    private static String unitName(Tenant tenant, String code) {
        return tenant.definition().flattenedUnits().stream().filter(p -> p.unit().code().equals(code))
                .map(p -> p.unit().name()).findFirst().orElse(code);
    }

    private static Instant instant(String value, String field) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ComplaintErrors.invalid("INVALID_DATETIME", "Waktu harus berformat W3C, mis. 2026-03-16T00:00:00Z.",
                    "The time must be W3C format, e.g. 2026-03-16T00:00:00Z.", field);
        }
    }
}
