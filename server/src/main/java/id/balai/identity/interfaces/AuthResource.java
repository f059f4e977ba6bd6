package id.balai.identity.interfaces;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.identity.application.Authentication;
import id.balai.identity.domain.Account;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.interfaces.RequestInfo;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;

/** Sign-in, token refresh, sign-out and password change for officers and platform accounts. */
@Path("/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Masuk dan keluar / Sign in and out")
public class AuthResource {
    // Liberty's REST authorisation does not know "**" (any signed-in user): the methods for every signed-in
    // account list every role (identity.domain.Role) instead.

    @Inject
    Authentication authentication;

    @Inject
    RequestInfo request;

    @Inject
    Caller caller;

    /** Read through the security context: sign-in itself has no token to inject. */
    @Context
    SecurityContext security;

    /** @param tenant the regency's slug; empty for platform accounts (operator, provincial admin) */
    public record LoginRequest(String tenant, String username, String password) {
    }

    public record RefreshRequest(String refreshToken) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record UserView(String id, String username, String displayName, String tenant, String orgUnit,
            String province, List<String> roles) {
        static UserView of(Account a) {
            return new UserView(a.id().toString(), a.username(), a.displayName(),
                    a.tenant().map(Object::toString).orElse(null), a.orgUnit().orElse(null),
                    a.provinceCode().orElse(null), a.roles().stream().map(Enum::name).sorted().toList());
        }
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
            UserView user) {
        static TokenResponse of(Authentication.Tokens t) {
            return new TokenResponse(t.accessToken(), "Bearer",
                    Math.max(0, Duration.between(Instant.now(), t.accessExpiresAt()).getSeconds()), t.refreshToken(),
                    UserView.of(t.account()));
        }
    }

    public record MeView(String id, String username, String displayName, String tenant, String orgUnit,
            String province, List<String> roles) {
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Masuk / Sign in",
            description = "Answers 401 INVALID_CREDENTIALS for any wrong tenant, username or password; 429 "
                    + "RATE_LIMITED (per client address) or ACCOUNT_LOCKED (after repeated failures), with Retry-After.")
    public TokenResponse login(LoginRequest body) {
        if (body == null || blank(body.username()) || body.password() == null) {
            throw missing("username");
        }
        return TokenResponse.of(authentication.login(body.tenant(), body.username().trim(),
                body.password().toCharArray(), request.clientAddress(), request.requestId()));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(summary = "Perbarui token / Exchange a refresh token for new tokens (the old one stops working)")
    public TokenResponse refresh(RefreshRequest body) {
        return TokenResponse.of(authentication.refresh(body == null ? null : body.refreshToken(),
                request.clientAddress()));
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Keluar / Sign out: ends the session, its access and refresh tokens stop working")
    public Response logout() {
        authentication.logout(caller.tenant(), caller.accountId(), caller.sessionId(), caller.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Pengguna yang masuk / The signed-in user")
    public MeView me() {
        JsonWebToken jwt = (JsonWebToken) security.getUserPrincipal();
        return new MeView(jwt.getSubject(), jwt.getClaim("upn"), jwt.getClaim("name"), jwt.getClaim("tenant"),
                jwt.getClaim("orgUnit"), jwt.getClaim("province"), jwt.getGroups().stream().sorted().toList());
    }

    @POST
    @Path("/password")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Ganti kata sandi / Change the password (ends every session of the account)")
    public Response changePassword(PasswordChange body) {
        if (body == null || body.currentPassword() == null) {
            throw missing("currentPassword");
        }
        authentication.changePassword(caller.tenant(), caller.accountId(), body.currentPassword().toCharArray(),
                body.newPassword(), caller.actor());
        return Response.noContent().build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static DomainException missing(String field) {
        return new DomainException(DomainException.Kind.INVALID, "FIELD_REQUIRED",
                Message.of("Kolom ini wajib diisi.", "This field is required."), field);
    }
}
