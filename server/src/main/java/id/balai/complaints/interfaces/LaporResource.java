package id.balai.complaints.interfaces;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.LaporInbound;
import id.balai.complaints.application.LaporLinkRecords;
import id.balai.complaints.application.LaporLinks;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The regency's link to SP4N-LAPOR! (Perpres 95/2018) as officers see it: whether it is on, how the last pull went,
 * which cases LAPOR! has not taken; and a pull on demand. The token is never shown.
 */
@Path("/t/{tenant}/officer/lapor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SP4N-LAPOR!", description = "Tautan ke SP4N-LAPOR! / The link to the national complaint application")
public class LaporResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    LaporLinks links;

    @Inject
    LaporInbound inbound;

    public record FailingView(UUID complaintId, String trackingId, String origin, int attempts, String lastError,
            Instant givenUpAt) {
        static FailingView of(LaporLinkRecords.Link l) {
            return new FailingView(l.complaintId(), l.laporId(), l.origin(), l.attempts(), l.lastError(),
                    l.givenUpAt());
        }
    }

    public record StatusView(boolean on, Instant linkedSince, Instant lastPullAt, String lastPullError,
            List<FailingView> failing) {
    }

    @GET
    @RolesAllowed({"CENTRAL_ADMIN", "OPS_COORDINATOR"})
    @Operation(summary = "Status tautan SP4N-LAPOR! / The link's state: on or off, last pull, cases LAPOR! has not "
            + "taken")
    public StatusView status() {
        LaporLinks.Status s = links.status(requestTenant.tenant());
        return new StatusView(s.on(), s.state().map(LaporLinkRecords.State::linkedSince).orElse(null),
                s.state().map(LaporLinkRecords.State::lastPullAt).orElse(null),
                s.state().map(LaporLinkRecords.State::lastPullError).orElse(null),
                s.failing().stream().map(FailingView::of).toList());
    }

    @POST
    @Path("/pulls")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("CENTRAL_ADMIN")
    @Operation(summary = "Tarik laporan sekarang / Pull the reports LAPOR! dispatched, now (it also runs every "
            + "lapor.pullSeconds)")
    public LaporInbound.Pull pull() {
        Tenant tenant = requestTenant.tenant();
        return inbound.pullNow(tenant);
    }
}
