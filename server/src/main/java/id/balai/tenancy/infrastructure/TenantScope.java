package id.balai.tenancy.infrastructure;

import id.balai.platform.infrastructure.SessionSettings;
import java.util.function.Supplier;

import id.balai.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Runs work inside a transaction bound to one tenant. The tenant is set with {@code SET LOCAL} ({@link SessionSettings}),
 * local to the transaction, and every tenant-owned table's row-level-security policy reads it: a statement in this
 * transaction cannot see or write another tenant's rows, whatever its WHERE clause says. Work outside such a
 * transaction sees no tenant rows at all.
 */
@ApplicationScoped
public class TenantScope {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T call(TenantId tenant, Supplier<T> work) {
        enter(tenant);
        return work.get();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void run(TenantId tenant, Runnable work) {
        enter(tenant);
        work.run();
    }

    private void enter(TenantId tenant) {
        Object current = em.createNativeQuery("select current_setting('balai.tenant_id', true)").getSingleResult();
        if (current != null && !current.toString().isEmpty() && !current.equals(tenant.value())) {
            // One transaction, one tenant: mixing would make the second tenant's work see the first one's rows.
            throw new IllegalStateException("This transaction is bound to another tenant");
        }
        SessionSettings.setLocal(em, "balai.tenant_id", tenant.value());
    }
}
