package id.balai.onboarding.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.identity.interfaces.Caller;
import id.balai.onboarding.application.TenantMoves;
import id.balai.onboarding.application.TenantOnboarding;
import id.balai.onboarding.infrastructure.TenantArchive;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantStatus;
import id.balai.tenancy.interfaces.TenantViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The platform operator's tenants: onboard a regency from a definition (the tenant file's schema, YAML or JSON)
 * while the servers run, list every tenant, suspend and reactivate one.
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

    /** A tenant as the operator sees it. */
    public record OperatorTenantView(String slug, String name, String shortCode, String province, String timeZone,
            String status, String portal) {
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
            TenantArchive.Manifest m = moves.importArchive(zip, caller.actor());
            return Response.status(201).entity(new Imported(m.tenant(), m.rows())).build();
        } finally {
            java.nio.file.Files.deleteIfExists(zip);
        }
    }

    public record Imported(String tenant, java.util.Map<String, Long> rows) {
    }
}
