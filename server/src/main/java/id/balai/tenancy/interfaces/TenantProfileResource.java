package id.balai.tenancy.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.application.TenantViews.OrgUnitLine;
import id.balai.tenancy.application.TenantViews.TenantView;
import id.balai.tenancy.application.TenantViews;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.infrastructure.OrgUnitQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One regency's public profile: name, channels (SPIKM Pasal 8), organisation, categories, legal clocks. */
@Path("/t/{tenant}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
public class TenantProfileResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    OrgUnitQueries orgUnits;

    @GET
    @Operation(summary = "Profil kabupaten/kota / A regency's public profile")
    public TenantView profile() {
        return TenantViews.view(requestTenant.tenant());
    }

    @GET
    @Path("/org-units")
    @Operation(summary = "Unit organisasi aktif / Active org units, parents before children")
    public List<OrgUnitLine> orgUnits() {
        Tenant tenant = requestTenant.tenant();
        return orgUnits.activeUnits(tenant.id()).stream().map(TenantViews::line).toList();
    }
}
