package id.balai.compliance.application;

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
 * Refreshes every tenant's compliance aggregates every 10 minutes, on one server instance at a time (its own
 * advisory-lock key "BALAICMP"; the others: "BALAIPPI", "BALACCLK", "BALAIRET"). Suspended tenants keep their data
 * and are refreshed too. The platform operator can start a run (a full rebuild) at once:
 * {@code POST /api/platform/compliance/runs}.
 */
@ApplicationScoped
public class ComplianceJob extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(ComplianceJob.class.getName());
    static final long LOCK_KEY = 0x42414c4149434d50L;

    @Inject
    ComplianceAggregator aggregator;

    @Inject
    TenantRegistry registry;

    @Inject
    id.balai.platform.infrastructure.ExclusiveRun exclusiveRun;

    @Override
    protected Schedule schedule() {
        return Schedule.exclusive(LOCK_KEY, Duration.ofMinutes(4), Duration.ofMinutes(10));
    }

    @Override
    protected void work() {
        runAll(false);
    }

    /**
     * A run started by the operator, under the job's lock: empty when a scheduled run holds it.
     *
     * @return the tenants refreshed
     */
    public java.util.OptionalInt runNow(boolean full) {
        int[] n = new int[1];
        try {
            boolean ran = exclusiveRun.run(LOCK_KEY, () -> n[0] = runAll(full));
            return ran ? java.util.OptionalInt.of(n[0]) : java.util.OptionalInt.empty();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the tenants refreshed */
    int runAll(boolean full) {
        int n = 0;
        for (Tenant tenant : registry.all()) {
            try {
                aggregator.refresh(tenant, full, Instant.now());
                n++;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The compliance aggregation failed for tenant " + tenant.id(), e);
            }
        }
        return n;
    }
}
