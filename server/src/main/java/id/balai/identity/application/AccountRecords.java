package id.balai.identity.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.balai.identity.domain.Account;
import id.balai.identity.domain.Role;
import id.balai.platform.domain.TenantId;

/**
 * The port to the accounts: a regency's officers (under its row-level security) and the platform's own accounts.
 * The adapter is {@code identity.infrastructure.AccountRepository}.
 */
public interface AccountRecords {

    Optional<Account> findOfficer(TenantId tenant, String username);

    Optional<Account> findOfficer(TenantId tenant, UUID id);

    /** A page of the tenant's officers, by username. */
    List<Account> officers(TenantId tenant, int offset, int limit);

    long countOfficers(TenantId tenant);

    Optional<Account> findPlatformAccount(String username);

    Optional<Account> findPlatformAccount(UUID id);

    void insert(Account a);

    /** Writes back what the account's own rules change: profile, roles, password, login counters. */
    void update(Account a);

    /**
     * The work addresses of the tenant's active officers who hold {@code role} (in {@code orgUnit}, when given):
     * who gets a reminder or an escalation.
     */
    List<String> officerEmails(TenantId tenant, Role role, String orgUnit);

    /**
     * The display names of the tenant's officers among {@code ids} (active or not: a history keeps who acted), in
     * one query; ids of no officer of the tenant are left out.
     */
    Map<UUID, String> officerNames(TenantId tenant, Collection<UUID> ids);

    long countPlatformAccounts(Role role);
}
