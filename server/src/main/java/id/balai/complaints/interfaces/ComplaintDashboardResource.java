package id.balai.complaints.interfaces;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.ComplaintDashboard;
import id.balai.platform.application.Now;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.tenancy.application.RequestTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The complaints dashboard of the signed-in officer (issue 17 item 6), scoped by role: the central administrator's
 * work, an agency operator's unit, or the whole regency for the coordinator, the coordination team and the regent's
 * office. Its counts are the totals of the officer queues ({@code GET …/officer/complaints}).
 */
@Path("/t/{tenant}/officer/dashboard/complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints (officers)", description = "Dasbor / Dashboard")
public class ComplaintDashboardResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    ComplaintDashboard dashboard;

    @Inject
    JsonWebToken jwt;

    @GET
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI"})
    @Operation(summary = "Dasbor pengaduan / What waits for me, what is overdue, what is due this week, 12 weeks")
    public ComplaintDashboard.Dashboard get() {
        var tenant = requestTenant.tenant();
        if (jwt.getGroups().contains("CENTRAL_ADMIN")) {
            return dashboard.of(tenant, ComplaintDashboard.Scope.CENTRAL, null, Now.instant());
        }
        if (jwt.getGroups().contains("AGENCY_OPERATOR")) {
            String unit = jwt.getClaim("orgUnit");
            if (unit == null) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "NO_ORG_UNIT",
                        Message.of("Akun Anda tidak terikat pada unit.", "Your account is not bound to a unit."));
            }
            return dashboard.of(tenant, ComplaintDashboard.Scope.AGENCY, unit, Now.instant());
        }
        return dashboard.of(tenant, ComplaintDashboard.Scope.OVERSIGHT, null, Now.instant());
    }
}
