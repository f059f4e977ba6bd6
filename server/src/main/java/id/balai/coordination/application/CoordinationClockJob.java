package id.balai.coordination.application;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs the recommendations' clock ({@link Coordination#runClock}) every 15 minutes, on one instance at a time. */
@ApplicationScoped
public class CoordinationClockJob extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(CoordinationClockJob.class.getName());

    @Inject
    Coordination coordination;

    @Inject
    TenantRegistry registry;

    @Override
    protected Schedule schedule() {
        return Schedule.exclusive(0x42414c4152454321L, Duration.ofMinutes(3), Duration.ofMinutes(15));
    }

    @Override
    protected void work() {
        for (Tenant tenant : registry.active()) {
            try {
                coordination.runClock(tenant, Instant.now());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The coordination clock failed for tenant " + tenant.id(), e);
            }
        }
    }
}
