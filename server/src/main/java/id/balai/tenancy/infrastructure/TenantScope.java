package id.balai.tenancy.infrastructure;

import id.balai.platform.infrastructure.SessionSettings;
import java.util.function.Supplier;

import id.balai.platform.domain.TenantId;
import id.balai.tenancy.application.TenantTransactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Runs work inside a transaction bound to one tenant. The tenant is set with {@code SET LOCAL} ({@link SessionSettings}),
 * local to the transaction, and every tenant-owned table's row-level-security policy reads it: a statement in this
 * transaction cannot see or write another tenant's rows, whatever its WHERE clause says. Work outside such a
 * transaction sees no tenant rows at all.
 * <p>
 * The transaction remembers its tenant (a resource of the JTA transaction), so that entering the same tenant again,
 * as nested services do, costs no round trip, and entering another one is refused without asking the database.
 */
@ApplicationScoped
public class TenantScope implements TenantTransactions {

    private static final String BOUND = TenantScope.class.getName() + ".tenant";

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T call(TenantId tenant, Supplier<T> work) {
        enter(tenant);
        return work.get();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void run(TenantId tenant, Runnable work) {
        enter(tenant);
        work.run();
    }

    /**
     * Switches the current transaction to the platform's own audit chain ({@code value} is not a tenant slug), also
     * after a tenant's work in it (onboarding writes the new tenant's first admin, then the platform's entry);
     * afterwards no tenant can be entered in it.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void bindPlatform(String value) {
        if (!value.equals(transaction.getResource(BOUND))) {
            SessionSettings.setLocal(em, "balai.tenant_id", value);
            transaction.putResource(BOUND, value);
        }
    }

    private void enter(TenantId tenant) {
        bind(tenant.value());
    }

    private void bind(String value) {
        Object current = transaction.getResource(BOUND);
        if (value.equals(current)) {
            return;
        }
        if (current != null) {
            // One transaction, one tenant: mixing would make the second tenant's work see the first one's rows.
            throw new IllegalStateException("This transaction is bound to another tenant");
        }
        SessionSettings.setLocal(em, "balai.tenant_id", value);
        transaction.putResource(BOUND, value);
    }
}
