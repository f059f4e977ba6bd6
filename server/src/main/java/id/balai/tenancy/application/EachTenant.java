package id.balai.tenancy.application;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs a job's work for every active tenant, each in its own tenant-scoped transaction (row-level security: one
 * tenant per transaction). A tenant whose work fails is logged and skipped; the others still run, and the job's
 * next round tries it again.
 */
@ApplicationScoped
public class EachTenant {
    private static final Logger LOG = Logger.getLogger(EachTenant.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    TenantTransactions scope;

    /** @param what what the work does, for the log ("sending the SMS outbox") */
    public void run(String what, Consumer<Tenant> work) {
        for (Tenant tenant : registry.active()) {
            try {
                scope.run(tenant.id(), () -> work.accept(tenant));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " of " + tenant.id().value()
                        + " failed; it is tried again in the next round", e);
            }
        }
    }

    /**
     * Runs the work for every active tenant outside any transaction: the work opens its own short ones with
     * {@link #within}, as a job must that waits on the network (an outbox sending). A tenant whose work fails is
     * logged and skipped.
     */
    public void forEach(String what, Consumer<Tenant> work) {
        for (Tenant tenant : registry.active()) {
            try {
                work.accept(tenant);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " of " + tenant.id().value()
                        + " failed; it is tried again in the next round", e);
            }
        }
    }

    /** The work in one tenant-scoped transaction (joined when one for the same tenant is open). */
    public <T> T within(Tenant tenant, Supplier<T> work) {
        return scope.call(tenant.id(), work);
    }
}
