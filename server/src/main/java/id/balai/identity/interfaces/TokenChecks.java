package id.balai.identity.interfaces;

import java.security.Principal;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.balai.identity.infrastructure.IdentitySettings;
import id.balai.identity.infrastructure.SessionStore;
import id.balai.platform.interfaces.ApiError;
import id.balai.platform.interfaces.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * What a valid signature does not prove, checked for every request that carries a token, before any role check:
 * the session behind one of Balai's own tokens is still open (logout and password changes revoke it), and the
 * token's tenant is
 * the tenant in the path. Another tenant's token gets 404, as if the resource did not exist: a 403 would confirm
 * that it does.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION - 100)
public class TokenChecks implements ContainerRequestFilter {

    @Inject
    SessionStore sessions;

    @Inject
    IdentitySettings settings;

    @Override
    public void filter(ContainerRequestContext ctx) {
        Principal principal = ctx.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof JsonWebToken jwt)) {
            return;
        }
        // Balai's own tokens belong to a session that logout can end; a regency's own OpenID Connect provider
        // (another issuer, docs/security.md) manages its sessions itself.
        String sid = jwt.getClaim("sid");
        boolean ownToken = settings.issuer().equals(jwt.getIssuer());
        if (ownToken && (sid == null || !sessions.isOpen(UUID.fromString(sid)))) {
            ctx.abortWith(ErrorResponses.of(ApiError.of(401, "SESSION_ENDED",
                    "Sesi sudah berakhir. Silakan masuk kembali.", "The session has ended. Please sign in again.")));
            return;
        }
        String pathTenant = ctx.getUriInfo().getPathParameters().getFirst("tenant");
        if (pathTenant != null && !pathTenant.equals(jwt.getClaim("tenant"))) {
            ctx.abortWith(ErrorResponses.of(ApiError.of(404, "TENANT_NOT_FOUND", "Kabupaten/kota tidak ditemukan.",
                    "Regency not found.")));
        }
    }
}
