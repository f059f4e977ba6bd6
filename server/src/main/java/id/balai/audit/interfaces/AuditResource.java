package id.balai.audit.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.audit.application.AuditLog;
import id.balai.audit.domain.ChainVerifier;
import id.balai.tenancy.application.RequestTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tenant's audit chain. */
@Path("/t/{tenant}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Jejak audit / Audit trail")
public class AuditResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    AuditLog audit;

    /** @param firstBreakSeq where the chain first fails to hold, null when it holds */
    public record Verification(boolean valid, long entries, Long firstBreakSeq, String reason) {
    }

    @GET
    @Path("/verify")
    @RolesAllowed("TENANT_ADMIN")
    @Operation(summary = "Periksa rantai audit / Walk the audit chain and report the first break")
    public Verification verify() {
        ChainVerifier.Result r = audit.verify(requestTenant.tenant().id());
        return new Verification(r.valid(), r.entries(), r.firstBreak().map(ChainVerifier.Break::seq).orElse(null),
                r.firstBreak().map(ChainVerifier.Break::reason).orElse(null));
    }
}
