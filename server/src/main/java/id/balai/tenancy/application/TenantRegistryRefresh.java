package id.balai.tenancy.application;

import java.time.Duration;

import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.infrastructure.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps every server instance's registry in step with the database (issue: a regency onboarded, suspended or
 * reactivated on one instance is live on all of them, without a restart): every two seconds each instance reads
 * one small version (tenant count and last change) and reloads the registry when it moved.
 */
@ApplicationScoped
public class TenantRegistryRefresh extends PeriodicJob {

    @Inject
    TenantStore store;

    @Inject
    TenantCatalog catalog;

    private volatile String seen = "";

    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Override
    protected void work() {
        String now = store.version();
        if (!now.equals(seen)) {
            catalog.refreshFromStore();
            seen = now;
        }
    }
}
