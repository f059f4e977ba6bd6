package id.balai.notifications.application;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

import id.balai.notifications.domain.WhatsAppAccount;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A regency's WhatsApp number with its secrets: the tenant file's {@code channels.whatsApp} and the values of the
 * environment variables it names. The channel is on only when both are there; a file that names a variable the
 * environment does not set leaves it off (and says so in the log), never half on.
 */
@ApplicationScoped
public class WhatsAppAccounts {
    private static final Logger LOG = Logger.getLogger(WhatsAppAccounts.class.getName());

    @Inject
    Config config;

    /** Tenants already reported as missing their secrets: the senders ask every few seconds, the log says it once. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /** The tenant's account, if its file configures one and the environment holds its secrets. */
    public Optional<WhatsAppAccount> of(Tenant tenant) {
        TenantDefinition.Channels channels = tenant.definition().channels();
        if (channels == null || channels.whatsApp() == null) {
            return Optional.empty();
        }
        TenantDefinition.WhatsApp w = channels.whatsApp();
        Optional<String> token = secret(w.accessTokenEnv());
        Optional<String> appSecret = secret(w.appSecretEnv());
        Optional<String> verifyToken = secret(w.verifyTokenEnv());
        if (token.isEmpty() || appSecret.isEmpty() || verifyToken.isEmpty()) {
            if (reported.add(tenant.id().value())) {
                LOG.warning(() -> "WhatsApp of " + tenant.id().value() + " is off: the environment does not set "
                        + w.accessTokenEnv() + ", " + w.appSecretEnv() + " and " + w.verifyTokenEnv());
            }
            return Optional.empty();
        }
        Optional<WhatsAppAccount.Template> template = Optional.ofNullable(w.notificationTemplate())
                .map(t -> new WhatsAppAccount.Template(t.name(), t.language()));
        return Optional.of(new WhatsAppAccount(w.phoneNumberId(), URI.create(w.graphApiUrl()), token.get(),
                appSecret.get(), verifyToken.get(), template));
    }

    /** Whether WhatsApp messages can reach this tenant's citizens. */
    public boolean configured(Tenant tenant) {
        return of(tenant).isPresent();
    }

    private Optional<String> secret(String variable) {
        return variable == null ? Optional.empty()
                : config.getOptionalValue(variable, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
