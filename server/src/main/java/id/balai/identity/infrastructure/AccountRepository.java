package id.balai.identity.infrastructure;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.balai.identity.application.AccountRecords;
import id.balai.identity.domain.Account;
import id.balai.identity.domain.Role;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import id.balai.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Officers (table {@code officer}, under the tenant's row-level security) and platform accounts
 * ({@code platform_account}). Every officer query names the tenant and runs in its scope.
 */
@ApplicationScoped
public class AccountRepository implements AccountRecords {
    private static final String OFFICER_COLUMNS = "id, username, display_name, password_hash, "
            + "array_to_string(roles, ','), org_unit_code, active, failed_logins, locked_until, email, "
            + "password_change_required, totp_enabled_at is not null";
    private static final String PLATFORM_COLUMNS = "id, username, display_name, password_hash, "
            + "array_to_string(roles, ','), province_code, active, failed_logins, locked_until, null::varchar, "
            + "password_change_required, false";

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    TenantTransactions scope;

    public Optional<Account> findOfficer(TenantId tenant, String username) {
        return scope.call(tenant, () -> Sql.of(em, "select " + OFFICER_COLUMNS + " from officer "
                + "where tenant_id = :tenant and username = :username").set("tenant", tenant.value())
                .set("username", username).first(r -> map(r, tenant)));
    }

    public Optional<Account> findOfficer(TenantId tenant, UUID id) {
        return scope.call(tenant, () -> Sql.of(em, "select " + OFFICER_COLUMNS + " from officer "
                + "where tenant_id = :tenant and id = :id").set("tenant", tenant.value()).set("id", id)
                .first(r -> map(r, tenant)));
    }

    /** A page of the tenant's officers, by username. */
    public List<Account> officers(TenantId tenant, int offset, int limit) {
        return scope.call(tenant, () -> Sql.of(em, "select " + OFFICER_COLUMNS + " from officer "
                + "where tenant_id = :tenant order by username offset :offset limit :limit")
                .set("tenant", tenant.value()).set("offset", offset).set("limit", limit).list(r -> map(r, tenant)));
    }

    public long countOfficers(TenantId tenant) {
        return scope.call(tenant, () -> Sql.of(em, "select count(*) from officer where tenant_id = :tenant")
                .set("tenant", tenant.value()).count());
    }

    public Optional<Account> findPlatformAccount(String username) {
        return Sql.of(em, "select " + PLATFORM_COLUMNS + " from platform_account where username = :username")
                .set("username", username).first(r -> map(r, null));
    }

    public Optional<Account> findPlatformAccount(UUID id) {
        return Sql.of(em, "select " + PLATFORM_COLUMNS + " from platform_account where id = :id").set("id", id)
                .first(r -> map(r, null));
    }

    public void insert(Account a) {
        if (a.tenant().isPresent()) {
            TenantId tenant = a.tenant().get();
            scope.run(tenant, () -> Sql.of(em, """
                    insert into officer (tenant_id, id, username, display_name, password_hash, roles, org_unit_code,
                                         active, email, password_change_required)
                    values (:tenant, :id, :username, :displayName, :passwordHash, string_to_array(:roles, ','),
                            :unit, :active, :email, :changeRequired)
                    """).set("tenant", tenant.value()).set("id", a.id()).set("username", a.username())
                    .set("displayName", a.displayName()).set("passwordHash", a.passwordHash())
                    .set("roles", roles(a.roles())).set("unit", a.orgUnit().orElse(null), String.class)
                    .set("active", a.active()).set("email", a.email().orElse(null), String.class)
                    .set("changeRequired", a.passwordChangeRequired()).execute());
        } else {
            Sql.of(em, """
                    insert into platform_account (id, username, display_name, password_hash, roles, province_code,
                                                  active, password_change_required)
                    values (:id, :username, :displayName, :passwordHash, string_to_array(:roles, ','), :province,
                            :active, :changeRequired)
                    """).set("id", a.id()).set("username", a.username()).set("displayName", a.displayName())
                    .set("passwordHash", a.passwordHash()).set("roles", roles(a.roles()))
                    .set("province", a.provinceCode().orElse(null), String.class).set("active", a.active())
                    .set("changeRequired", a.passwordChangeRequired()).execute();
        }
    }

    /** Writes back what the account's own rules change: profile, roles, password, login counters. */
    public void update(Account a) {
        Instant locked = a.lockedUntil().orElse(null);
        if (a.tenant().isPresent()) {
            TenantId tenant = a.tenant().get();
            scope.run(tenant, () -> Sql.of(em, """
                    update officer set display_name = :displayName, password_hash = :passwordHash,
                        roles = string_to_array(:roles, ','), org_unit_code = :unit, active = :active,
                        failed_logins = :failedLogins, locked_until = :lockedUntil,
                        password_changed_at = case when password_hash <> :passwordHash then now()
                            else password_changed_at end,
                        email = :email, password_change_required = :changeRequired
                    where tenant_id = :tenant and id = :id
                    """).set("tenant", tenant.value()).set("id", a.id()).set("displayName", a.displayName())
                    .set("passwordHash", a.passwordHash()).set("roles", roles(a.roles()))
                    .set("unit", a.orgUnit().orElse(null), String.class).set("active", a.active())
                    .set("failedLogins", a.failedLogins()).set("lockedUntil", locked, Instant.class)
                    .set("email", a.email().orElse(null), String.class)
                    .set("changeRequired", a.passwordChangeRequired()).execute());
        } else {
            Sql.of(em, """
                    update platform_account set display_name = :displayName, password_hash = :passwordHash,
                        roles = string_to_array(:roles, ','), active = :active, failed_logins = :failedLogins,
                        locked_until = :lockedUntil,
                        password_changed_at = case when password_hash <> :passwordHash then now()
                            else password_changed_at end,
                        password_change_required = :changeRequired
                    where id = :id
                    """).set("id", a.id()).set("displayName", a.displayName()).set("passwordHash", a.passwordHash())
                    .set("roles", roles(a.roles())).set("active", a.active()).set("failedLogins", a.failedLogins())
                    .set("lockedUntil", locked, Instant.class).set("changeRequired", a.passwordChangeRequired())
                    .execute();
        }
    }

    /**
     * The work addresses of the tenant's active officers who hold {@code role} (in {@code orgUnit}, when given):
     * who gets a reminder or an escalation.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public List<String> officerEmails(TenantId tenant, Role role, String orgUnit) {
        return Sql.of(em, """
                select email from officer
                where tenant_id = :tenant and active and email is not null and :role = any (roles)
                  and (:unit is null or org_unit_code = :unit)
                order by email
                """).set("tenant", tenant.value()).set("role", role).set("unit", orgUnit, String.class)
                .list(r -> r.text(0));
    }

    /**
     * The display names of the tenant's officers among {@code ids} (active or not: a history keeps who acted), in
     * one query; ids of no officer of the tenant are left out.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public Map<UUID, String> officerNames(TenantId tenant, Collection<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Sql.of(em, "select id, display_name from officer where tenant_id = :tenant "
                + "and id = any(cast(:ids as uuid[]))").set("tenant", tenant.value())
                .set("ids", "{" + ids.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}")
                .list(r -> Map.entry(r.uuid(0), r.text(1))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public long countPlatformAccounts(Role role) {
        return Sql.of(em, "select count(*) from platform_account where :role = any (roles)").set("role", role).count();
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Account map(Sql.Row r, TenantId tenant) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String csv = r.text(4);
        if (csv != null && !csv.isEmpty()) {
            Arrays.stream(csv.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        String unitOrProvince = r.text(5);
        Account a = new Account(r.uuid(0), tenant, r.text(1), r.text(2), r.text(3), roles,
                tenant != null ? unitOrProvince : null, tenant == null ? unitOrProvince : null,
                r.flag(6), r.integer(7), r.instant(8));
        a.changeEmail(r.text(9));
        return a.withFlags(r.flag(10), r.flag(11));
    }
}
