package id.balai.information.interfaces;

import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.information.application.RequestDashboard;
import id.balai.platform.application.Now;
import id.balai.tenancy.application.RequestTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The PPID's dashboard (issue 17 item 6); its counts are the totals of the information-request queues. */
@Path("/t/{tenant}/officer/dashboard/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Information requests (officers)", description = "Dasbor PPID / The PPID's dashboard")
public class RequestDashboardResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    RequestDashboard dashboard;

    @Inject
    JsonWebToken jwt;

    @GET
    @RolesAllowed({"PPID_MAIN", "PPID_ASSISTANT", "ATASAN_PPID", "DISPUTE_FACILITATION", "BUPATI"})
    @Operation(summary = "Dasbor permohonan / Requests waiting, overdue, due soon and this week; 12 weeks")
    public RequestDashboard.Dashboard get() {
        return dashboard.of(requestTenant.tenant(), unitScope(), Now.instant());
    }

    /** As in the queue: a PPID Pembantu without a wider role sees its own unit's requests only. */
    private Optional<String> unitScope() {
        Set<String> g = jwt.getGroups();
        if (g.contains("PPID_ASSISTANT") && !g.contains("PPID_MAIN") && !g.contains("ATASAN_PPID")
                && !g.contains("DISPUTE_FACILITATION") && !g.contains("BUPATI")) {
            return Optional.ofNullable((String) jwt.getClaim("orgUnit")).or(() -> Optional.of("-"));
        }
        return Optional.empty();
    }
}
