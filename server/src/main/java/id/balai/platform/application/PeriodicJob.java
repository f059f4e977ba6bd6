package id.balai.platform.application;

import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import id.balai.platform.infrastructure.ExclusiveRun;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A job that runs on its {@link Schedule} once the platform is ready; a failed run is logged and the next one comes
 * at its time. An exclusive job runs on one server instance at a time ({@link ExclusiveRun}); the others coordinate
 * their instances themselves (claimed rows, {@code FOR UPDATE SKIP LOCKED}).
 */
public abstract class PeriodicJob {
    private static final Logger LOG = Logger.getLogger(PeriodicJob.class.getName());

    @Inject
    PlatformReadiness readiness;

    @Inject
    ExclusiveRun exclusive;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Each run's duration, as {@code balai_job_duration_seconds{job="…"}} on /metrics. */
    @Inject
    MetricRegistry metrics;

    private ScheduledFuture<?> future;

    /**
     * When the job runs and whether instances take turns.
     *
     * @param exclusiveLock the advisory-lock key (distinct for every job) when one instance at a time may run it
     */
    public record Schedule(Duration initialDelay, Duration period, OptionalLong exclusiveLock) {
        /** One instance at a time, under the advisory lock {@code lockKey}. */
        public static Schedule exclusive(long lockKey, Duration initialDelay, Duration period) {
            return new Schedule(initialDelay, period, OptionalLong.of(lockKey));
        }

        /** Every instance runs it: the work coordinates itself through the rows it claims. */
        public static Schedule onEveryInstance(Duration initialDelay, Duration period) {
            return new Schedule(initialDelay, period, OptionalLong.empty());
        }
    }

    protected abstract Schedule schedule();

    /** One run's work. */
    protected abstract void work();

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // Registered now, so that every job is on /metrics (count 0) before its first run.
        metrics.timer("balai.job.duration", new Tag("job", jobName()));
        metrics.counter("balai.job.failures", new Tag("job", jobName()));
        Schedule when = schedule();
        future = scheduler.scheduleWithFixedDelay(this::runOnce, when.initialDelay().toMillis(),
                when.period().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (future != null) {
            future.cancel(false);
        }
    }

    void runOnce() {
        if (!readiness.ready()) {
            return;
        }
        Timer.Context timing = metrics.timer("balai.job.duration", new Tag("job", jobName())).time();
        try {
            OptionalLong lock = schedule().exclusiveLock();
            if (lock.isPresent()) {
                exclusive.run(lock.getAsLong(), this::work);
            } else {
                work();
            }
        } catch (SQLException | RuntimeException e) {
            metrics.counter("balai.job.failures", new Tag("job", jobName())).inc();
            LOG.log(Level.SEVERE, getClass().getSimpleName() + " failed; it runs again in " + schedule().period(), e);
        } finally {
            timing.stop();
        }
    }

    /** The job's name on /metrics: its class, without the proxy suffix CDI may add. */
    String jobName() {
        String name = getClass().getSimpleName();
        int proxy = name.indexOf('$');
        return proxy < 0 ? name : name.substring(0, proxy);
    }
}
