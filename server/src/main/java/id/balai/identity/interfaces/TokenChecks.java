package id.balai.identity.interfaces;

import java.security.Principal;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.balai.identity.application.IdentityPolicy;
import id.balai.identity.application.SessionRestriction;
import id.balai.identity.application.Sessions;
import id.balai.identity.domain.IdentityErrors;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
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
 * the tenant in the path; and a restricted session (signed in with a one-time password, or an admin without the
 * second factor the regency requires) reaches only the step it must take: 403 {@code PASSWORD_CHANGE_REQUIRED} or
 * {@code SECOND_FACTOR_ENROLMENT_REQUIRED} elsewhere. Another tenant's token gets 404, as if the resource did not exist: a 403 would confirm
 * that it does.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION - 100)
public class TokenChecks implements ContainerRequestFilter {

    @Inject
    Sessions sessions;

    @Inject
    IdentityPolicy settings;

    /** What a restricted session may still call: who am I, sign out, and the one step it must take. */
    static boolean allowedWhileRestricted(String restriction, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.equals("auth/me") || p.equals("auth/logout") || p.equals("auth/password")) {
            return true;
        }
        return SessionRestriction.TOTP_ENROLMENT.equals(restriction) && p.startsWith("auth/second-factor");
    }

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
        String restriction = jwt.getClaim("restricted");
        if (restriction != null && !allowedWhileRestricted(restriction, ctx.getUriInfo().getPath())) {
            DomainException refusal = SessionRestriction.PASSWORD_CHANGE.equals(restriction)
                    ? IdentityErrors.passwordChangeRequired()
                    : new DomainException(DomainException.Kind.FORBIDDEN, "SECOND_FACTOR_ENROLMENT_REQUIRED",
                            Message.of("Kabupaten Anda mewajibkan autentikator untuk admin. Daftarkan autentikator "
                                    + "terlebih dahulu.", "Your regency requires an authenticator for admins. "
                                            + "Enrol one first."));
            ctx.abortWith(ErrorResponses.of(ApiError.of(403, refusal.code(), refusal.userMessage().id(),
                    refusal.userMessage().en())));
            return;
        }
        String pathTenant = ctx.getUriInfo().getPathParameters().getFirst("tenant");
        if (pathTenant != null && !pathTenant.equals(jwt.getClaim("tenant"))) {
            ctx.abortWith(ErrorResponses.of(ApiError.of(404, "TENANT_NOT_FOUND", "Kabupaten/kota tidak ditemukan.",
                    "Regency not found.")));
        }
    }
}
