package id.balai.information.application;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs {@link InformationClock} for every tenant every 5 minutes, on one server instance at a time (its own
 * advisory-lock key, "BALAIPPI"; SPIKM's clock is "BALACCLK", retention "BALAIRET").
 */
@ApplicationScoped
public class InformationClockJob extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(InformationClockJob.class.getName());

    @Inject
    InformationClock clock;

    @Inject
    TenantRegistry registry;

    @Override
    protected Schedule schedule() {
        return Schedule.exclusive(0x42414c4149505049L, Duration.ofMinutes(3), Duration.ofMinutes(5));
    }

    @Override
    protected void work() {
        for (Tenant tenant : registry.active()) {
            try {
                clock.runFor(tenant, Instant.now());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The PPID clock failed for tenant " + tenant.id(), e);
            }
        }
    }
}
