package id.balai.register.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;
import id.balai.register.domain.ConsequenceTest;

/**
 * The port to the consequence tests of one regency's register (Perbup Pasal 6(2), 16(2)): an exemption decided for an
 * entry, and its review. Each call joins the caller's transaction, bound to the tenant. The adapter is
 * {@code register.infrastructure.ConsequenceTestRepository}.
 */
public interface ConsequenceTests {

    boolean openProposalExists(TenantId tenant, UUID entryId);

    void insert(ConsequenceTest t);

    void save(ConsequenceTest t, int reviewsBefore);

    Optional<ConsequenceTest> find(TenantId tenant, UUID id);

    /** The tests of an entry, oldest first. */
    List<ConsequenceTest> forEntry(TenantId tenant, UUID entryId);
}
