package id.balai.complaints.interfaces;

import java.io.StringWriter;
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

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.audit.domain.Actor;
import id.balai.complaints.application.ComplaintService;
import id.balai.complaints.application.ModerationService;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.Dispatch;
import id.balai.complaints.infrastructure.ComplaintRepository;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.interfaces.RequestInfo;
import id.balai.privacy.domain.PersonalDataMasker;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
 * reports are never listed, identities never shown. Posting needs an {@code Idempotency-Key} header like
 * every public submission (a deviation from the spec, which has none). Both formats are rendered from one ordered
 * field map per element, because the spec's XML and JSON carry the same flat fields in the same order.
 */
@Path("/open311/v2")
@RequestScoped
@PermitAll
@Tag(name = "Open311", description = "GeoReport v2")
public class Open311Resource {
    private static final int MAX_REQUESTS = 1000;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    TenantRegistry registry;

    @Inject
    ComplaintService service;

    @Inject
    ModerationService moderation;

    @Inject
    RequestInfo request;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/services.{format}")
    @Operation(summary = "Layanan (kategori) / Services: the tenant's complaint categories")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
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
        return render(format, "services", "service", services, 200);
    }

    @GET
    @Path("/requests.{format}")
    @Operation(summary = "Daftar laporan publik / Public requests, newest first (never confidential ones)")
    public Response requests(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("service_request_id") String ids, @QueryParam("service_code") String serviceCode,
            @QueryParam("start_date") String start, @QueryParam("end_date") String end,
            @QueryParam("status") String status) {
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
        List<ComplaintRepository.Published> found = moderation.published(tenant,
                new ComplaintRepository.PublicFilter(tracking, serviceCode, open, from, to, null, null, null, null,
                        null), 0, MAX_REQUESTS).items();
        return render(format, "service_requests", "request", found.stream().map(c -> request(tenant, c)).toList(),
                200);
    }

    @GET
    @Path("/requests/{id}.{format}")
    @Operation(summary = "Satu laporan publik / One public request by its tracking number")
    public Response request(@PathParam("id") String id, @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        Tenant tenant = tenant(jurisdiction);
        List<ComplaintRepository.Published> found = moderation.published(tenant,
                ComplaintRepository.PublicFilter.trackingNumbers(List.of(id)), 0, 1).items();
        if (found.isEmpty()) {
            throw ComplaintErrors.notFound();
        }
        return render(format, "service_requests", "request", List.of(request(tenant, found.get(0))), 200);
    }

    @POST
    @Path("/requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Kirim laporan / Post a request (form fields of GeoReport v2; Idempotency-Key required)")
    public Response post(@PathParam("format") String format, @HeaderParam("Idempotency-Key") String key,
            @FormParam("jurisdiction_id") String jurisdiction, @FormParam("service_code") String serviceCode,
            @FormParam("description") @MultiLine String description, @FormParam("lat") Double lat,
            @FormParam("long") Double lon, @FormParam("address_string") String address,
            @FormParam("email") String email, @FormParam("phone") String phone,
            @FormParam("first_name") String firstName, @FormParam("last_name") String lastName) {
        Tenant tenant = tenant(jurisdiction);
        if (key == null || key.length() < 8 || key.length() > 100) {
            throw ComplaintErrors.invalid("IDEMPOTENCY_KEY_REQUIRED", "Header Idempotency-Key wajib diisi.",
                    "The Idempotency-Key header is required.", "Idempotency-Key");
        }
        String text = description == null ? "" : description.strip();
        String title = text.length() > 60 ? text.substring(0, 60) : text;
        String name = (Optional.ofNullable(firstName).orElse("") + " " + Optional.ofNullable(lastName).orElse(""))
                .strip();
        boolean hasContact = (phone != null && !phone.isBlank()) || (email != null && !email.isBlank());
        ComplaintInput input = new ComplaintInput("COMPLAINT", title, text, serviceCode, address, lat, lon,
                !hasContact, false, new ComplaintInput.ReporterInput(name.isEmpty() ? null : name, phone, email),
                false);
        ComplaintService.Submitted s = service.submit(tenant, input.toCommand(tenant, Channel.WEB),
                Optional.of(key), new Actor("citizen:open311", "", request.requestId()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", s.receipt().trackingNumber());
        m.put("service_notice", "Simpan kode akses untuk melacak laporan / Keep the access code to track the request");
        m.put("account_id", null);
        m.put("access_code", s.receipt().accessCode());
        return render(format, "service_requests", "request", List.of(m), 201);
    }

    private Map<String, Object> request(Tenant tenant, ComplaintRepository.Published p) {
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

    private static Response render(String format, String root, String element, List<Map<String, Object>> items,
            int status) {
        return switch (format) {
            case "json" -> Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(JSONB.toJson(items)).build();
            case "xml" -> Response.status(status).type(MediaType.APPLICATION_XML_TYPE)
                    .entity(xml(root, element, items)).build();
            default -> throw ComplaintErrors.invalid("UNSUPPORTED_FORMAT", "Format harus json atau xml.",
                    "The format must be json or xml.", "format");
        };
    }

    private static String xml(String root, String element, List<Map<String, Object>> items) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement(root);
            for (Map<String, Object> item : items) {
                w.writeStartElement(element);
                for (Map.Entry<String, Object> f : item.entrySet()) {
                    w.writeStartElement(f.getKey());
                    if (f.getValue() != null) {
                        w.writeCharacters(f.getValue().toString());
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write Open311 XML", e);
        }
    }
}
