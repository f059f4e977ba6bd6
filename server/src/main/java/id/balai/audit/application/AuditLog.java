package id.balai.audit.application;

import java.util.List;
import java.util.Map;

import id.balai.audit.domain.ChainVerifier;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.TenantId;

/**
 * The port every context records its acts through: an entry in the tenant's hash-chained audit trail, written in the
 * caller's transaction (both kept, or neither). The adapter is {@code audit.infrastructure.AuditTrail}.
 */
public interface AuditLog {
    /** The chain of what happens above tenants (platform accounts). */
    String PLATFORM_CHAIN = "_platform";

    /**
     * Records a change in the tenant's chain, inside the caller's transaction.
     *
     * @param detail what changed (before/after, or digests of them); never clear personal data
     */
    void record(TenantId tenant, Actor actor, String action, String subjectType, String subjectId,
            Map<String, ?> detail);

    /** Records something done above tenants, in its own chain. */
    void recordPlatform(Actor actor, String action, String subjectType, String subjectId, Map<String, ?> detail);

    /** The chains with acts journaled but not yet linked into the hash chain. */
    List<String> pendingChains();

    /**
     * Links a chain's journaled acts into its hash chain, in order, in a transaction of its own (up to one page at a
     * time); returns how many.
     */
    int link(String chain);

    /** Walks the tenant's chain (after linking what is journaled) and reports the first break. */
    ChainVerifier.Result verify(TenantId tenant);
}
