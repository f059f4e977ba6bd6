package id.balai.tenancy.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.application.TenantViews.TenantSummary;
import id.balai.tenancy.application.TenantViews.TenantView;
import id.balai.tenancy.application.TenantViews;
import id.balai.tenancy.domain.TenantNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The regencies this deployment serves, for the landing page. */
@Path("/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants", description = "Kabupaten/kota yang dilayani / Regencies served")
public class TenantResource {

    @Inject
    TenantRegistry registry;

    @GET
    @Operation(summary = "Daftar kabupaten/kota aktif / Active regencies")
    public List<TenantSummary> list() {
        return registry.active().stream().map(TenantViews::summary).toList();
    }

    @GET
    @Path("/current")
    @Operation(summary = "Kabupaten/kota dari nama host / The regency that declared the request's host name")
    public TenantView current(@HeaderParam("Host") String host) {
        return registry.findByHost(host).map(TenantViews::view).orElseThrow(TenantNotFoundException::new);
    }
}
