package id.balai.platform.application;

import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;
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
 * A job that runs every {@link #period()} once the platform is ready; a failed run is logged and the next one comes
 * at its time. A job with an {@link #exclusiveLock()} runs on one server instance at a time ({@link ExclusiveRun});
 * one without coordinates its instances itself (claimed rows, {@code FOR UPDATE SKIP LOCKED}).
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

    /** The advisory-lock key (distinct for every job) when one instance at a time may run it. */
    protected abstract OptionalLong exclusiveLock();

    protected abstract Duration initialDelay();

    protected abstract Duration period();

    /** One run's work. */
    protected abstract void work();

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        schedule = scheduler.scheduleWithFixedDelay(this::runOnce, initialDelay().toMillis(), period().toMillis(),
                TimeUnit.MILLISECONDS);
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
            OptionalLong lock = exclusiveLock();
            if (lock.isPresent()) {
                exclusive.run(lock.getAsLong(), this::work);
            } else {
                work();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, getClass().getSimpleName() + " failed; it runs again in " + period(), e);
        }
    }
}
