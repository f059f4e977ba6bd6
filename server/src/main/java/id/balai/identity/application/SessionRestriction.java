package id.balai.identity.application;

import java.util.Set;

import id.balai.identity.domain.Account;
import id.balai.identity.domain.Role;
import id.balai.tenancy.application.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What alone a new session may do before anything else, carried in its access token (claim {@code restricted}) and
 * enforced for every request (identity.interfaces.TokenChecks):
 * <ul>
 * <li>{@value #PASSWORD_CHANGE}: signed in with a password an administrator set; only replacing it (ASVS 2.5.1).</li>
 * <li>{@value #TOTP_ENROLMENT}: an admin or central admin of a regency whose {@code parameters.security
 * .totpRequiredForAdmins} is on, with no second factor yet; only enrolling one (ASVS 2.8, 4.3.1).</li>
 * </ul>
 */
@ApplicationScoped
public class SessionRestriction {
    public static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";
    public static final String TOTP_ENROLMENT = "TOTP_ENROLMENT";
    private static final Set<Role> ADMINS = Set.of(Role.TENANT_ADMIN, Role.CENTRAL_ADMIN);

    @Inject
    TenantRegistry tenants;

    /** @return the restriction, or null for a session that may do what its roles allow */
    public String of(Account account) {
        if (account.passwordChangeRequired()) {
            return PASSWORD_CHANGE;
        }
        if (account.tenant().isPresent() && !account.secondFactorEnabled()
                && account.roles().stream().anyMatch(ADMINS::contains)
                && tenants.require(account.tenant().get()).definition().parameters().security()
                        .totpRequiredForAdmins()) {
            return TOTP_ENROLMENT;
        }
        return null;
    }
}
