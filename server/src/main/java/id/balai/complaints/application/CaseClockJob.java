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

/** Runs {@link CaseClock} for every tenant every 15 minutes, on one server instance at a time. */
@ApplicationScoped
public class CaseClockJob {
    private static final Logger LOG = Logger.getLogger(CaseClockJob.class.getName());
    private static final long LOCK_KEY = 0x42414c4143434c4bL;

    @Inject
    CaseClock clock;

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
        schedule = scheduler.scheduleWithFixedDelay(this::runOnce, 2, 15, TimeUnit.MINUTES);
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
                    try {
                        clock.runFor(tenant, Instant.now());
                    } catch (RuntimeException e) {
                        // One tenant's trouble (a year without holiday data, say) must not stop the others.
                        LOG.log(Level.SEVERE, "The complaint clock failed for tenant " + tenant.id(), e);
                    }
                }
            });
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "The complaint clock could not run; it tries again in 15 minutes", e);
        }
    }
}
