package id.balai.complaints.interfaces;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.IdentityRetention;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Runs the tenant's identity retention now, instead of waiting for the six-hourly job. */
@Path("/t/{tenant}/retention/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Privacy", description = "Perlindungan data pribadi / Personal data protection")
public class RetentionResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    IdentityRetention retention;

    public record Run(int erased) {
    }

    @POST
    @RolesAllowed("TENANT_ADMIN")
    @Operation(summary = "Hapus identitas yang melewati masa simpan / Erase the identities past the retention period")
    public Run run() {
        Tenant tenant = requestTenant.tenant();
        int total = 0;
        int erased;
        do {
            erased = retention.eraseExpired(tenant, Instant.now());
            total += erased;
        } while (erased > 0);
        return new Run(total);
    }
}
