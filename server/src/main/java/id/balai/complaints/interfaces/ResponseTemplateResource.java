package id.balai.complaints.interfaces;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.ResponseTemplates;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.ResponseTemplate;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.interfaces.Caller;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Response templates (issue 17 item 5). The regency administrator (TENANT_ADMIN) keeps regency-wide templates and
 * may keep an agency's; an agency operator keeps its own agency's. The central administrator and agency operators
 * fill one from a case to start an answer, a response or a clarification request.
 */
@Path("/t/{tenant}/officer/response-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Response templates", description = "Templat jawaban / Response templates")
public class ResponseTemplateResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    ResponseTemplates templates;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken jwt;

    /**
     * @param orgUnit the agency (regency administrator only; absent: regency-wide; an operator's is always its own)
     * @param purpose ANSWER, RESPONSE or CLARIFICATION
     */
    public record TemplateInput(String orgUnit, String purpose, String name, @MultiLine String body) {
    }

    public record TemplateView(UUID id, String orgUnit,
            @Schema(enumeration = {"ANSWER", "RESPONSE", "CLARIFICATION"}) String purpose, String name, String body,
            Instant updatedAt,
            String updatedBy) {
        static TemplateView of(ResponseTemplate t) {
            return new TemplateView(t.id(), t.orgUnit().orElse(null), t.purpose().name(), t.name(), t.body(),
                    t.updatedAt(), t.updatedBy());
        }
    }

    /** A template's text filled from a case, and the placeholders a template may use. */
    public record Filled(String text, List<String> placeholders) {
    }

    @GET
    @RolesAllowed({"TENANT_ADMIN", "CENTRAL_ADMIN", "AGENCY_OPERATOR"})
    @Operation(summary = "Daftar templat / Templates: regency-wide and, for an agency operator, its agency's")
    public List<TemplateView> list() {
        Tenant tenant = requestTenant.tenant();
        return templates.list(tenant, agencyUnit()).stream().map(TemplateView::of).toList();
    }

    @POST
    @RolesAllowed({"TENANT_ADMIN", "AGENCY_OPERATOR"})
    @Operation(summary = "Buat templat / Create a template (placeholders: {nomor}, {judul}, {kategori}, {unit}, "
            + "{tanggal}, {diterima}, {tenggat})")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateView.class)))
    public Response create(TemplateInput in) {
        Tenant tenant = requestTenant.tenant();
        ResponseTemplates.Draft d = draft(tenant, in);
        return Response.status(201).entity(TemplateView.of(templates.create(tenant, d, caller.actor()))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"TENANT_ADMIN", "AGENCY_OPERATOR"})
    @Operation(summary = "Ubah templat / Change a template's purpose, name and text")
    public TemplateView update(@PathParam("id") String id, TemplateInput in) {
        Tenant tenant = requestTenant.tenant();
        return TemplateView.of(templates.update(tenant, uuid(id), draft(tenant, in), agencyUnit(), caller.actor()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"TENANT_ADMIN", "AGENCY_OPERATOR"})
    @Operation(summary = "Hapus templat / Delete a template")
    public Response delete(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        templates.delete(tenant, uuid(id), agencyUnit(), caller.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/filled")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR"})
    @Operation(summary = "Isi templat dari laporan / The template's text filled from a case (agency operators: "
            + "their cases and templates only)")
    public Filled filled(@PathParam("id") String id,
            @QueryParam("complaint") String complaint) {
        Tenant tenant = requestTenant.tenant();
        if (complaint == null) {
            throw ComplaintErrors.notFound();
        }
        return new Filled(templates.fill(tenant, uuid(id), uuid(complaint), agencyUnit()),
                ResponseTemplate.PLACEHOLDERS);
    }

    private ResponseTemplates.Draft draft(Tenant tenant, TemplateInput in) {
        if (in == null) {
            throw ComplaintErrors.invalid("BODY_REQUIRED", "Isi permintaan wajib ada.", "A body is required.", null);
        }
        ResponseTemplate.Purpose purpose;
        try {
            purpose = ResponseTemplate.Purpose.valueOf(in.purpose() == null ? "" : in.purpose().trim());
        } catch (IllegalArgumentException e) {
            throw ComplaintErrors.invalid("INVALID_VALUE", "Keperluan templat tidak dikenal.",
                    "Unknown template purpose.", "purpose");
        }
        String name = ComplaintInput.text(in.name(), "name", 2, 120, "Nama templat", "The template's name");
        String body = ComplaintInput.text(in.body(), "body", 5, 5000, "Isi templat", "The template's text");
        Optional<String> unit = agencyUnit();
        Optional<String> owner = unit.isPresent() ? unit : Optional.ofNullable(in.orgUnit()).filter(u -> !u.isBlank());
        owner.ifPresent(u -> {
            if (tenant.definition().flattenedUnits().stream().noneMatch(p -> p.unit().code().equals(u))) {
                throw ComplaintErrors.invalid("UNKNOWN_ORG_UNIT", "Unit organisasi tidak dikenal.",
                        "Unknown org unit.", "orgUnit");
            }
        });
        return new ResponseTemplates.Draft(owner, purpose, name, body);
    }

    /** The agency an operator acts for; empty for the regency and central administrators. */
    private Optional<String> agencyUnit() {
        if (jwt.getGroups().contains("AGENCY_OPERATOR") && !jwt.getGroups().contains("CENTRAL_ADMIN")
                && !jwt.getGroups().contains("TENANT_ADMIN")) {
            String unit = jwt.getClaim("orgUnit");
            if (unit == null) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "NO_ORG_UNIT",
                        Message.of("Akun Anda tidak terikat pada unit.", "Your account is not bound to a unit."));
            }
            return Optional.of(unit);
        }
        return Optional.empty();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "TEMPLATE_NOT_FOUND",
                    Message.of("Templat tidak ditemukan.", "Template not found."));
        }
    }
}
