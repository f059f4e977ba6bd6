package id.balai.platform.application;

import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.platform.infrastructure.ExclusiveRun;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A job that runs every {@code period} minutes once the platform is ready, on one server instance at a time
 * ({@link ExclusiveRun}); a failed run is logged and the next one comes at its time.
 */
public abstract class PeriodicJob {
    private static final Logger LOG = Logger.getLogger(PeriodicJob.class.getName());

    @Inject
    Bootstrap bootstrap;

    @Inject
    ExclusiveRun exclusive;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    /** The advisory-lock key: distinct for every job. */
    protected abstract long lockKey();

    protected abstract long initialDelayMinutes();

    protected abstract long periodMinutes();

    /** One run's work. */
    protected abstract void work();

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        schedule = scheduler.scheduleWithFixedDelay(this::runOnce, initialDelayMinutes(), periodMinutes(),
                TimeUnit.MINUTES);
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
            exclusive.run(lockKey(), this::work);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, getClass().getSimpleName() + " failed; it runs again in " + periodMinutes()
                    + " minutes", e);
        }
    }
}
