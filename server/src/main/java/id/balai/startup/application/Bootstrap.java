package id.balai.startup.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

import id.balai.calendar.application.CalendarService;
import id.balai.identity.application.InitialAccounts;
import id.balai.identity.application.TokenKeys;
import id.balai.platform.application.PlatformReadiness;
import id.balai.platform.infrastructure.DatabaseMigrations;
import id.balai.platform.infrastructure.DatabaseSettings;
import id.balai.platform.infrastructure.EmbeddedDatabase;
import id.balai.privacy.application.PersonalDataKeys;
import id.balai.tenancy.application.TenantCatalog;
import id.balai.tenancy.application.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Brings the platform up in order: the personal-data keys, the database (embedded unless DB_URL is set), the
 * migrations, the national calendars, the tenant folders, the token signing keys, then the first accounts. If a
 * step fails (an external database that is down, say), readiness says why and the start is retried until it
 * succeeds, without restarting the server.
 */
@ApplicationScoped
public class Bootstrap {
    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());
    private static final long RETRY_SECONDS = 15;

    @Inject
    Config config;

    @Inject
    PersonalDataKeys personalDataCrypto;

    @Inject
    CalendarService calendars;

    @Inject
    TenantCatalog tenants;

    @Inject
    TenantRegistry registry;

    @Inject
    TokenKeys accessTokens;

    @Inject
    InitialAccounts initialAccounts;

    @Inject
    PlatformReadiness readiness;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private EmbeddedDatabase embedded;
    private ScheduledFuture<?> retry;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        attempt();
    }

    private synchronized void attempt() {
        if (readiness.ready()) {
            return;
        }
        try {
            DatabaseSettings settings = DatabaseSettings.from(config);
            personalDataCrypto.load(settings);
            if (settings.embedded() && embedded == null) {
                embedded = EmbeddedDatabase.start(settings);
            }
            DatabaseMigrations.migrate(settings);
            Path tenantsDir = tenantsDirectory();
            calendars.loadNational(tenantsDir);
            TenantCatalog.LoadReport files = tenants.loadFromDirectory(tenantsDir);
            accessTokens.loadKeys();
            initialAccounts.ensureOperator(config.getOptionalValue("BALAI_OPERATOR_INITIAL_PASSWORD", String.class),
                    settings.embedded(), settings.dataDirectory());
            // A tenant from a file gets its first admin here; one onboarded through the API got it in the onboarding
            // transaction and one imported from an archive brought its accounts (checking all 508 took 1.5 s).
            for (String slug : files.loaded()) {
                registry.findActive(slug).ifPresent(t -> initialAccounts.ensureTenantAdmin(t,
                        settings.dataDirectory()));
            }
            readiness.started();
            LOG.info("Balai is ready");
        } catch (RuntimeException e) {
            readiness.failed(e.getMessage());
            LOG.log(Level.SEVERE, "Balai could not start; retrying in " + RETRY_SECONDS + " s", e);
            retry = scheduler.schedule(this::attempt, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private Path tenantsDirectory() {
        Path dir = Path.of(config.getOptionalValue("BALAI_TENANTS_DIR", String.class).orElse("tenants"))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The tenants folder " + dir + " does not exist (set BALAI_TENANTS_DIR)");
        }
        return dir;
    }

    synchronized void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (retry != null) {
            retry.cancel(false);
        }
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
