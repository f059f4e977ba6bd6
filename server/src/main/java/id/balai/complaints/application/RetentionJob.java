package id.balai.complaints.application;

import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.platform.application.Bootstrap;
import id.balai.platform.infrastructure.ExclusiveRun;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Runs {@link IdentityRetention} for every tenant every six hours. With several server instances only one runs
 * at a time ({@link ExclusiveRun}).
 */
@ApplicationScoped
public class RetentionJob {
    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    /** The advisory lock's key: any number no other job uses. */
    private static final long LOCK_KEY = 0x42414c4149524554L;

    @Inject
    IdentityRetention retention;

    @Inject
    TenantRegistry registry;

    @Inject
    Bootstrap bootstrap;

    @Inject
    ExclusiveRun exclusive;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        schedule = scheduler.scheduleWithFixedDelay(this::runOnce, 10, 6 * 60, TimeUnit.MINUTES);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    void runOnce() {
        if (!bootstrap.ready()) {
            return;
        }
        try {
            exclusive.run(LOCK_KEY, () -> {
                for (Tenant tenant : registry.active()) {
                    int erased;
                    do {
                        erased = retention.eraseExpired(tenant, Instant.now());
                    } while (erased > 0);
                }
            });
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The identity retention run failed; it runs again in six hours", e);
        }
    }
}
