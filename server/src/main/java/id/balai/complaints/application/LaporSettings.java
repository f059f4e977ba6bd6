package id.balai.complaints.application;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A regency's link to SP4N-LAPOR!: on only when its tenant file has {@code lapor} and the environment variable it
 * names holds a token (the token is never in the repository). Read at every use, so a changed file or a token set
 * later takes effect without a restart.
 */
@ApplicationScoped
public class LaporSettings {
    private static final Logger LOG = Logger.getLogger(LaporSettings.class.getName());
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @Inject
    Config config;

    /** The link's settings and endpoint, when the link is on for {@code tenant}. */
    public Optional<Link> of(Tenant tenant) {
        TenantDefinition.Lapor lapor = tenant.definition().lapor();
        if (lapor == null) {
            return Optional.empty();
        }
        Optional<String> token = config.getOptionalValue(lapor.tokenEnv(), String.class).filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            if (warned.add(tenant.id().value() + "/" + lapor.tokenEnv())) {
                LOG.warning(() -> "The SP4N-LAPOR! link of " + tenant.id().value() + " stays off: "
                        + lapor.tokenEnv() + " holds no token");
            }
            return Optional.empty();
        }
        return Optional.of(new Link(lapor, new NationalComplaintLink.Endpoint(URI.create(lapor.baseUrl()),
                token.get())));
    }

    /**
     * From when a regency's own reports are shared, fixed when the link first runs: the start of that day on the
     * regency's clock, so that a report received between switching the link on and its first round is shared too.
     * Reports received before are not (LAPOR! would otherwise get the regency's whole history at once).
     */
    public static Instant linkedSince(Tenant tenant, Instant now) {
        return now.atZone(tenant.zone()).toLocalDate().atStartOfDay(tenant.zone()).toInstant();
    }

    /** The link of one regency: its tenant-file settings and where it goes. */
    public record Link(TenantDefinition.Lapor settings, NationalComplaintLink.Endpoint endpoint) {
        /**
         * After the n-th failed send: {@code retrySeconds}, then doubled each time; none after {@code maxAttempts}.
         */
        public Optional<Instant> retryAt(int failedAttempts, Instant now) {
            if (failedAttempts >= settings.maxAttempts()) {
                return Optional.empty();
            }
            long factor = 1L << Math.min(20, failedAttempts - 1);
            return Optional.of(now.plus(Duration.ofSeconds(settings.retrySeconds()).multipliedBy(factor)));
        }
    }
}
