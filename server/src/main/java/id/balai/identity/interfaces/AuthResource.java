package id.balai.identity.interfaces;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.identity.application.Authentication;
import id.balai.identity.application.SecondFactors;
import id.balai.identity.application.Sessions;
import id.balai.identity.domain.Account;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.interfaces.Caller;
import id.balai.platform.interfaces.RequestInfo;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;

/**
 * Sign-in (with the TOTP second factor when the account has one), token refresh, sign-out, password change, the
 * caller's own sessions and second factor, for officers and platform accounts.
 */
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

    @Inject
    Sessions sessionStore;

    @Inject
    SecondFactors secondFactors;

    /** Read through the security context: sign-in itself has no token to inject. */
    @Context
    SecurityContext security;

    /**
     * @param tenant       the regency's slug; empty for platform accounts (operator, provincial admin)
     * @param code         the authenticator's 6-digit code, for an account with a second factor
     * @param recoveryCode one recovery code instead of {@code code}
     */
    public record LoginRequest(String tenant, String username, String password, String code, String recoveryCode) {
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

    /** @param restricted what alone the session may do first: PASSWORD_CHANGE, TOTP_ENROLMENT; null for none */
    public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
            UserView user, String restricted) {
        static TokenResponse of(Authentication.Tokens t) {
            return new TokenResponse(t.accessToken(), "Bearer",
                    Math.max(0, Duration.between(Instant.now(), t.accessExpiresAt()).getSeconds()), t.refreshToken(),
                    UserView.of(t.account()), t.restriction());
        }
    }

    public record MeView(String id, String username, String displayName, String tenant, String orgUnit,
            String province, List<String> roles, String restricted) {
    }

    /** One of the caller's open sessions; {@code current} is the one this request comes from. */
    public record SessionView(String id, Instant startedAt, Instant lastUsedAt, Instant expiresAt, boolean current) {
    }

    public record SecondFactorStatus(boolean enabled, long recoveryCodesLeft) {
    }

    public record EnrolmentView(String secret, String otpauthUri) {
    }

    public record CodeBody(String code) {
    }

    public record PasswordBody(String password) {
    }

    public record RecoveryCodesView(List<String> recoveryCodes) {
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Masuk / Sign in",
            description = "Answers 401 INVALID_CREDENTIALS for any wrong tenant, username or password; 401 "
                    + "SECOND_FACTOR_REQUIRED when the password is right and the account needs its authenticator code "
                    + "(send it as code, or a recoveryCode), SECOND_FACTOR_INVALID for a wrong one; 429 RATE_LIMITED "
                    + "(per client address), LOGIN_DELAYED (a wait after wrong passwords, doubling each time) or "
                    + "ACCOUNT_LOCKED (after repeated failures), with Retry-After. restricted in the answer says what "
                    + "alone the session may do first.")
    public TokenResponse login(LoginRequest body) {
        if (body == null || blank(body.username()) || body.password() == null) {
            throw missing("username");
        }
        return TokenResponse.of(authentication.login(body.tenant(), body.username().trim(),
                body.password().toCharArray(), new Authentication.SecondFactorInput(body.code(), body.recoveryCode()),
                request.clientAddress(), request.requestId()));
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
            "AGENCY_HEAD", "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Keluar / Sign out: ends the session, its access and refresh tokens stop working")
    public Response logout() {
        authentication.logout(caller.tenant(), caller.accountId(), caller.sessionId(), caller.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "AGENCY_HEAD", "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Pengguna yang masuk / The signed-in user")
    public MeView me() {
        JsonWebToken jwt = (JsonWebToken) security.getUserPrincipal();
        return new MeView(jwt.getSubject(), jwt.getClaim("upn"), jwt.getClaim("name"), jwt.getClaim("tenant"),
                jwt.getClaim("orgUnit"), jwt.getClaim("province"), jwt.getGroups().stream().sorted().toList(),
                jwt.getClaim("restricted"));
    }

    @GET
    @Path("/sessions")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "AGENCY_HEAD", "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Sesi saya / The caller's open sessions, the most recently used first")
    public List<SessionView> sessions() {
        UUID current = caller.sessionId();
        return sessionStore.openSessions(caller.tenant(), caller.accountId()).stream()
                .map(s -> new SessionView(s.id().toString(), s.startedAt(), s.lastRefreshedAt(), s.expiresAt(),
                        s.id().equals(current)))
                .toList();
    }

    @DELETE
    @Path("/sessions/{id}")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "AGENCY_HEAD", "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Akhiri sesi / End one of the caller's own sessions (404 for any other)")
    @Transactional
    public Response endSession(@PathParam("id") String id) {
        UUID sid;
        try {
            sid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw sessionNotFound();
        }
        if (!sessionStore.revokeOwn(caller.tenant(), caller.accountId(), sid, "ENDED_BY_OWNER")) {
            throw sessionNotFound();
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/second-factor")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "AGENCY_HEAD", "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Status autentikator / Whether the caller has a TOTP second factor")
    public SecondFactorStatus secondFactor() {
        SecondFactors.Status s = secondFactors.status(caller.tenant(), caller.accountId());
        return new SecondFactorStatus(s.enabled(), s.recoveryCodesLeft());
    }

    @POST
    @Path("/second-factor/enrolment")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "AGENCY_HEAD", "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Mulai daftar autentikator / Start enrolling a TOTP authenticator",
            description = "The secret, shown this once as text and as an otpauth:// address; it takes effect when "
                    + "a first code confirms it.")
    public EnrolmentView enrol() {
        SecondFactors.Enrolment e = secondFactors.begin(caller.tenant(), caller.accountId(), caller.actor());
        return new EnrolmentView(e.secret(), e.otpauthUri());
    }

    @POST
    @Path("/second-factor/confirmation")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "AGENCY_HEAD", "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Konfirmasi autentikator / Confirm the authenticator with its first code",
            description = "Answers the recovery codes, shown this once; ends the caller's other sessions.")
    public RecoveryCodesView confirmSecondFactor(CodeBody body) {
        return new RecoveryCodesView(secondFactors.confirm(caller.tenant(), caller.accountId(), caller.sessionId(),
                body == null ? null : body.code(), caller.actor()));
    }

    @POST
    @Path("/second-factor/removal")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "AGENCY_HEAD", "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
    @Operation(summary = "Hapus autentikator / Remove the second factor (needs the password)")
    public Response removeSecondFactor(PasswordBody body) {
        if (body == null || body.password() == null) {
            throw missing("password");
        }
        secondFactors.remove(caller.tenant(), caller.accountId(), caller.sessionId(), body.password().toCharArray(),
                caller.actor());
        return Response.noContent().build();
    }

    @POST
    @Path("/password")
    @RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
            "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
            "AGENCY_HEAD", "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
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

    private static DomainException sessionNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "SESSION_NOT_FOUND",
                Message.of("Sesi tidak ditemukan.", "Session not found."));
    }

    private static DomainException missing(String field) {
        return new DomainException(DomainException.Kind.INVALID, "FIELD_REQUIRED",
                Message.of("Kolom ini wajib diisi.", "This field is required."), field);
    }
}
