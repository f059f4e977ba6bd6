package id.balai.complaints.application;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs {@link CaseClock} for every tenant every 15 minutes, on one server instance at a time. */
@ApplicationScoped
public class CaseClockJob extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(CaseClockJob.class.getName());

    @Inject
    CaseClock clock;

    @Inject
    TenantRegistry registry;

    @Override
    protected Schedule schedule() {
        return Schedule.exclusive(0x42414c4143434c4bL, Duration.ofMinutes(2), Duration.ofMinutes(15));
    }

    @Override
    protected void work() {
        for (Tenant tenant : registry.active()) {
            try {
                clock.runFor(tenant, Instant.now());
            } catch (RuntimeException e) {
                // One tenant's trouble (a year without holiday data, say) must not stop the others.
                LOG.log(Level.SEVERE, "The complaint clock failed for tenant " + tenant.id(), e);
            }
        }
    }
}
