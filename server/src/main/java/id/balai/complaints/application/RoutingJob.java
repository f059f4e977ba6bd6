package id.balai.complaints.application;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Retrains every regency's routing model from its dispatched history, soon after start and then every six hours,
 * on every instance (each keeps its models in memory). A day's new dispatches change little, so a model a few
 * hours old costs nothing; a training of 20,000 reports takes seconds on one core.
 */
@ApplicationScoped
public class RoutingJob extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(RoutingJob.class.getName());

    @Inject
    RoutingSuggestions suggestions;

    @Inject
    TenantRegistry registry;

    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofMinutes(3), Duration.ofHours(6));
    }

    @Override
    protected void work() {
        for (Tenant tenant : registry.active()) {
            try {
                suggestions.train(tenant);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The routing model could not be trained for tenant " + tenant.id(), e);
            }
        }
    }
}
