package id.balai.onboarding.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.onboarding.application.DefinitionChanges;
import id.balai.onboarding.application.TenantArchives;
import id.balai.onboarding.application.TenantMoves;
import id.balai.onboarding.application.TenantOnboarding;
import id.balai.onboarding.application.TenantRecords;
import id.balai.platform.infrastructure.Json;
import id.balai.platform.interfaces.Caller;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.application.TenantViews;
import id.balai.tenancy.domain.DefinitionVersions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantStatus;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.core.Response;

/**
 * The platform operator's tenants: onboard a regency from a definition (the tenant file's schema, YAML or JSON)
 * while the servers run, list every tenant, suspend and reactivate one, read, replace and list the versions of a
 * running regency's definition, export and import a regency's data.
 */
@Path("/platform/tenants")
@RequestScoped
@RolesAllowed("PLATFORM_OPERATOR")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: tenants", description = "Orientasi dan penangguhan kabupaten/kota / Onboarding and suspension")
public class PlatformTenantResource {

    @Inject
    TenantOnboarding onboarding;

    @Inject
    TenantRegistry registry;

    @Inject
    Caller caller;

    @Inject
    TenantMoves moves;

    @Inject
    DefinitionChanges changes;

    /** A tenant as the operator sees it. */
    public record OperatorTenantView(String slug, String name, String shortCode, String province, String timeZone,
            @Schema(implementation = TenantStatus.class) String status, String portal) {
        static OperatorTenantView of(Tenant t) {
            var d = t.definition();
            return new OperatorTenantView(d.slug(), d.name(), d.shortCode(), d.province().code(),
                    d.timeZone().name(), t.status().name(), "/" + d.slug() + "/");
        }
    }

    /** The first admin's credentials, shown once. */
    public record FirstAdmin(String username, String oneTimePassword) {
    }

    public record OnboardedView(OperatorTenantView tenant, FirstAdmin admin, TenantViews.TenantView profile) {
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/yaml", "application/x-yaml", "text/yaml",
            MediaType.TEXT_PLAIN})
    @Operation(summary = "Orientasi kabupaten/kota / Onboard a regency from a definition (YAML or JSON)",
            description = "Validated like a tenant file: every problem listed in 'problems' with its path (422 "
                    + "TENANT_DEFINITION_INVALID), clashes with other tenants (slug, short code, hosts, SMS number) "
                    + "409 TENANT_CLASHES; nothing is created unless all holds. The portal, API and calendar are "
                    + "live at once on this instance and within seconds on every other. The first admin's password "
                    + "is in this answer only.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OnboardedView.class)))
    public Response onboard(String definition) {
        TenantOnboarding.Onboarded o = onboarding.onboard(definition, caller.actor());
        return Response.status(201).entity(new OnboardedView(OperatorTenantView.of(o.tenant()),
                new FirstAdmin(o.adminUsername(), o.adminPassword()), TenantViews.view(o.tenant()))).build();
    }

    @GET
    @Operation(summary = "Semua kabupaten/kota / Every tenant, suspended ones too")
    public List<OperatorTenantView> list() {
        return registry.all().stream().map(OperatorTenantView::of).toList();
    }

    @POST
    @Path("/{slug}/suspension")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Tangguhkan / Suspend: the portal shows a notice, the API answers TENANT_SUSPENDED, the "
            + "data stays")
    public OperatorTenantView suspend(@PathParam("slug") String slug) {
        return OperatorTenantView.of(onboarding.setStatus(slug, TenantStatus.SUSPENDED, caller.actor()));
    }

    @DELETE
    @Path("/{slug}/suspension")
    @Operation(summary = "Aktifkan kembali / Reactivate a suspended tenant")
    public OperatorTenantView reactivate(@PathParam("slug") String slug) {
        return OperatorTenantView.of(onboarding.setStatus(slug, TenantStatus.ACTIVE, caller.actor()));
    }

    @GET
    @Path("/{slug}/archive")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "Ekspor data kabupaten/kota / Export one tenant's complete data as a zip archive",
            description = "Every table's rows of the tenant (sign-in sessions excepted) in one consistent snapshot, "
                    + "with a manifest of row counts; personal data stays encrypted (the target needs the same "
                    + "BALAI_PII_KEYS). Import it into another deployment with POST /api/platform/tenants/archives.")
    public Response export(@PathParam("slug") String slug) {
        moves.recordExport(slug, caller.actor());
        jakarta.ws.rs.core.StreamingOutput body = out -> moves.export(slug, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"balai-" + slug + "-"
                        + java.time.LocalDate.now() + ".zip\"")
                .build();
    }

    @POST
    @Path("/archives")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Impor arsip kabupaten/kota / Import a tenant's archive into this deployment",
            description = "multipart/form-data with the part 'archive' (the zip). In one transaction: all of it or "
                    + "nothing. Refused when the tenant exists here (409 TENANT_EXISTS) or the schema version "
                    + "differs (422 ARCHIVE_SCHEMA_MISMATCH).")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Imported.class)))
    public Response importArchive(List<jakarta.ws.rs.core.EntityPart> parts) throws java.io.IOException {
        jakarta.ws.rs.core.EntityPart archive = parts == null ? null : parts.stream()
                .filter(p -> "archive".equals(p.getName())).findFirst().orElse(null);
        if (archive == null) {
            throw new id.balai.platform.domain.DomainException(id.balai.platform.domain.DomainException.Kind.INVALID,
                    "ARCHIVE_REQUIRED", id.balai.platform.domain.Message.of("Bagian 'archive' (berkas zip) wajib ada.",
                            "The part 'archive' (the zip file) is required."), "archive");
        }
        java.nio.file.Path zip = java.nio.file.Files.createTempFile("balai-import-", ".zip");
        try {
            try (java.io.InputStream in = archive.getContent()) {
                java.nio.file.Files.copy(in, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            TenantArchives.Manifest m = moves.importArchive(zip, caller.actor());
            return Response.status(201).entity(new Imported(m.tenant(), m.rows())).build();
        } finally {
            java.nio.file.Files.deleteIfExists(zip);
        }
    }

    public record Imported(String tenant, java.util.Map<String, Long> rows) {
    }

    private static final MediaType YAML = MediaType.valueOf("application/yaml");

    /** A change of a definition as stored: its version, digest and what changed. */
    public record DefinitionChanged(String slug, int version, String sha256, List<String> changes) {
    }

    @GET
    @Path("/{slug}/definition")
    @Produces({MediaType.APPLICATION_JSON, "application/yaml", "application/x-yaml", "text/yaml"})
    @Operation(summary = "Definisi yang berlaku / The definition in force, as YAML or JSON (by Accept)",
            description = "What the regency runs on now, live changes included, in the tenant file's form: save it "
                    + "as tenants/<slug>/tenant.yaml (Accept: application/yaml) to make a file of it.")
    public Response definition(@PathParam("slug") String slug, @Context Request request) {
        return document(changes.current(slug), request);
    }

    @PUT
    @Path("/{slug}/definition")
    @Consumes({MediaType.APPLICATION_JSON, "application/yaml", "application/x-yaml", "text/yaml",
            MediaType.TEXT_PLAIN})
    @Operation(summary = "Ganti definisi / Replace a running regency's definition (YAML or JSON)",
            description = "Checked as every definition is (every problem by path, 422 TENANT_DEFINITION_INVALID; "
                    + "only clashes with another regency: 409 TENANT_CLASHES); the slug cannot change; a unit that "
                    + "holds open cases cannot be left out (409 ORG_UNIT_HAS_OPEN_CASES). Kept as the next version, "
                    + "audited, live at once here and within seconds on every instance.")
    public DefinitionChanged replace(@PathParam("slug") String slug, String definition) {
        TenantRecords.Changed c = changes.replace(slug, definition, caller.actor());
        return new DefinitionChanged(c.slug(), c.version(), c.sha256(), c.changes());
    }

    @GET
    @Path("/{slug}/definition/versions")
    @Operation(summary = "Versi definisi / Every version of the definition, newest first: who, when, how, digest, "
            + "what changed")
    public List<DefinitionVersions.Version> versions(@PathParam("slug") String slug) {
        return changes.versions(slug);
    }

    @GET
    @Path("/{slug}/definition/versions/{version}")
    @Produces({MediaType.APPLICATION_JSON, "application/yaml", "application/x-yaml", "text/yaml"})
    @Operation(summary = "Satu versi definisi / One kept version of the definition, as YAML or JSON")
    public Response version(@PathParam("slug") String slug, @PathParam("version") int version,
            @Context Request request) {
        return document(changes.version(slug, version), request);
    }

    private static Response document(com.fasterxml.jackson.databind.JsonNode doc, Request request) {
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, YAML,
                MediaType.valueOf("application/x-yaml"), MediaType.valueOf("text/yaml")).build());
        try {
            if (chosen != null && !chosen.getMediaType().equals(MediaType.APPLICATION_JSON_TYPE)) {
                return Response.ok(Json.YAML.writeValueAsString(doc), chosen.getMediaType().withCharset("UTF-8"))
                        .build();
            }
            return Response.ok(Json.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc),
                    MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A definition must serialise", e);
        }
    }
}
