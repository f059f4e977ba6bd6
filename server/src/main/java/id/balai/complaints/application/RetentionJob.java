package id.balai.complaints.application;

import java.time.Duration;
import java.time.Instant;

import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs {@link IdentityRetention} for every tenant every six hours, on one server instance at a time. */
@ApplicationScoped
public class RetentionJob extends PeriodicJob {

    @Inject
    IdentityRetention retention;

    @Inject
    TenantRegistry registry;

    @Override
    protected Schedule schedule() {
        return Schedule.exclusive(0x42414c4149524554L, Duration.ofMinutes(10), Duration.ofHours(6));
    }

    @Override
    protected void work() {
        for (Tenant tenant : registry.active()) {
            int erased;
            do {
                erased = retention.eraseExpired(tenant, Instant.now());
            } while (erased > 0);
        }
    }
}
