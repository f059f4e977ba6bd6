package id.balai.tenancy.application;

import java.util.function.Supplier;

import id.balai.platform.domain.TenantId;

/**
 * The port every context uses to work on one tenant's rows: a transaction bound to the tenant, so that PostgreSQL's
 * row-level security shows that tenant's rows and no other's. The adapter is {@code tenancy.infrastructure.TenantScope}.
 * The transaction boundary is the call: work already in a transaction joins it.
 */
public interface TenantTransactions {

    /** Runs {@code work} in a transaction bound to {@code tenant} (joining the caller's), and returns its result. */
    <T> T call(TenantId tenant, Supplier<T> work);

    /** Runs {@code work} in a transaction bound to {@code tenant} (joining the caller's). */
    void run(TenantId tenant, Runnable work);

    /**
     * Switches the current transaction to the platform's own audit chain ({@code value} is not a tenant slug); no tenant
     * can be entered in it afterwards.
     */
    void bindPlatform(String value);
}
