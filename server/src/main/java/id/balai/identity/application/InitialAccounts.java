package id.balai.identity.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import id.balai.audit.application.AuditLog;
import id.balai.identity.domain.Account;
import id.balai.identity.domain.PasswordHasher;
import id.balai.identity.domain.PasswordRules;
import id.balai.identity.domain.Role;
import id.balai.platform.domain.Actor;
import id.balai.platform.infrastructure.SecretFiles;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The accounts that let somebody in on a new installation: a platform operator, and a tenant admin for every
 * tenant that has no officer yet. Generated passwords are shown once, in the log and appended to
 * {@code BALAI_DATA_DIR/initial-credentials.txt} (readable by the owner only); with an external database the
 * operator's initial password comes from {@code BALAI_OPERATOR_INITIAL_PASSWORD} instead.
 */
@ApplicationScoped
public class InitialAccounts {
    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());
    public static final String CREDENTIALS_FILE = "initial-credentials.txt";
    private static final Actor BOOTSTRAP = new Actor("system:bootstrap", "", null);

    @Inject
    AccountRecords accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    /**
     * @param operatorPassword the configured initial password; empty means "generate one" (embedded default only)
     */
    @Transactional
    public void ensureOperator(Optional<String> operatorPassword, boolean mayGenerate, Path dataDir) {
        if (accounts.countPlatformAccounts(Role.PLATFORM_OPERATOR) > 0) {
            return;
        }
        String password;
        if (operatorPassword.isPresent()) {
            password = operatorPassword.get();
            PasswordRules.check(password, "BALAI_OPERATOR_INITIAL_PASSWORD");
        } else if (mayGenerate) {
            password = OfficerAdministration.newPassword();
        } else {
            LOG.severe("No platform operator exists and BALAI_OPERATOR_INITIAL_PASSWORD is not set: none was created");
            return;
        }
        Account operator = new Account(UUID.randomUUID(), null, "operator", "Operator Platform",
                hasher.hash(password.toCharArray()), EnumSet.of(Role.PLATFORM_OPERATOR), null, null, true, 0, null);
        accounts.insert(operator);
        audit.recordPlatform(BOOTSTRAP, "OFFICER_CREATED", "account", operator.id().toString(),
                Map.of("username", "operator", "roles", "PLATFORM_OPERATOR"));
        if (operatorPassword.isEmpty()) {
            announce(dataDir, "-", "operator", password);
        }
    }

    /** Creates the tenant's first admin ({@code admin}) if the tenant has no officer at all. */
    @Transactional
    public void ensureTenantAdmin(Tenant tenant, Path dataDir) {
        if (accounts.countOfficers(tenant.id()) > 0) {
            return;
        }
        // The installer's own first account, written to the credentials file beside the operator's (not handed over).
        String password = newTenantAdmin(tenant, BOOTSTRAP, false);
        announce(dataDir, tenant.id().value(), "admin", password);
    }

    /**
     * Creates an onboarded tenant's first admin, {@code admin} with the TENANT_ADMIN role, in the caller's
     * transaction. The operator hands its password over: a one-time password, which signs in only to choose a new one
     * (ASVS 2.5.1), as an officer's set by an admin does.
     *
     * @return the one-time password, to be handed over once and never stored in clear
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String createTenantAdmin(Tenant tenant, Actor actor) {
        return newTenantAdmin(tenant, actor, true);
    }

    private String newTenantAdmin(Tenant tenant, Actor actor, boolean oneTime) {
        String password = OfficerAdministration.newPassword();
        Account admin = new Account(UUID.randomUUID(), tenant.id(), "admin", "Admin " + tenant.definition().name(),
                hasher.hash(password.toCharArray()), EnumSet.of(Role.TENANT_ADMIN), null, null, true, 0, null);
        if (oneTime) {
            admin.assignOneTimePassword(admin.passwordHash());
        }
        accounts.insert(admin);
        audit.record(tenant.id(), actor, "OFFICER_CREATED", "account", admin.id().toString(),
                Map.of("username", "admin", "roles", "TENANT_ADMIN"));
        return password;
    }

    private static void announce(Path dataDir, String tenant, String username, String password) {
        Path file = dataDir.resolve(CREDENTIALS_FILE);
        String line = tenant + " " + username + " " + password + " " + Instant.now() + "\n";
        try {
            SecretFiles.append(file, line);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        LOG.warning(() -> "Initial account created: tenant " + tenant + ", user " + username + ", password "
                + password + " (also in " + file + "; change it after the first sign-in)");
    }
}
