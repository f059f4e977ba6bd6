package id.balai.compliance.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.compliance.application.ComplianceJob;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The platform operator starts a compliance aggregation run now (the job also runs every 10 minutes). */
@Path("/platform/compliance/runs")
@RequestScoped
@RolesAllowed("PLATFORM_OPERATOR")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: compliance", description = "Agregasi kepatuhan / Compliance aggregation")
public class PlatformComplianceResource {

    @Inject
    ComplianceJob job;

    public record RunView(int tenants, boolean full) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Jalankan agregasi / Run the aggregation for every tenant now",
            description = "full=true (default) rebuilds every day of every tenant; full=false is the incremental run. "
                    + "409 COMPLIANCE_RUN_BUSY while another run holds the lock.")
    public RunView run(@QueryParam("full") @DefaultValue("true") boolean full) {
        int tenants = job.runNow(full).orElseThrow(() -> new id.balai.platform.domain.DomainException(
                id.balai.platform.domain.DomainException.Kind.CONFLICT, "COMPLIANCE_RUN_BUSY",
                id.balai.platform.domain.Message.of("Agregasi sedang berjalan; coba lagi sebentar lagi.",
                        "An aggregation run is in progress; try again shortly."), null));
        return new RunView(tenants, full);
    }
}
