package id.balai.identity.infrastructure;

import java.sql.Timestamp;
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

import id.balai.identity.domain.Account;
import id.balai.identity.domain.Role;
import id.balai.platform.domain.TenantId;
import id.balai.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * Officers (table {@code officer}, under the tenant's row-level security) and platform accounts
 * ({@code platform_account}). Every officer query names the tenant and runs in its scope.
 */
@ApplicationScoped
public class AccountRepository {
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
        return scope.call(tenant, () -> first(em.createNativeQuery("select " + OFFICER_COLUMNS
                + " from officer where tenant_id = ?1 and username = ?2")
                .setParameter(1, tenant.value()).setParameter(2, username), tenant));
    }

    public Optional<Account> findOfficer(TenantId tenant, UUID id) {
        return scope.call(tenant, () -> first(em.createNativeQuery("select " + OFFICER_COLUMNS
                + " from officer where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, id), tenant));
    }

    /** A page of the tenant's officers, by username. */
    @SuppressWarnings("unchecked")
    public List<Account> officers(TenantId tenant, int offset, int limit) {
        return scope.call(tenant, () -> ((List<Object[]>) em.createNativeQuery("select " + OFFICER_COLUMNS
                + " from officer where tenant_id = ?1 order by username offset ?2 limit ?3")
                .setParameter(1, tenant.value()).setParameter(2, offset).setParameter(3, limit).getResultList())
                .stream().map(r -> map(r, tenant)).toList());
    }

    public long countOfficers(TenantId tenant) {
        return scope.call(tenant, () -> ((Number) em.createNativeQuery(
                "select count(*) from officer where tenant_id = ?1").setParameter(1, tenant.value())
                .getSingleResult()).longValue());
    }

    public Optional<Account> findPlatformAccount(String username) {
        return first(em.createNativeQuery("select " + PLATFORM_COLUMNS + " from platform_account where username = ?1")
                .setParameter(1, username), null);
    }

    public Optional<Account> findPlatformAccount(UUID id) {
        return first(em.createNativeQuery("select " + PLATFORM_COLUMNS + " from platform_account where id = ?1")
                .setParameter(1, id), null);
    }

    public void insert(Account a) {
        if (a.tenant().isPresent()) {
            TenantId tenant = a.tenant().get();
            scope.run(tenant, () -> em.createNativeQuery("""
                    insert into officer (tenant_id, id, username, display_name, password_hash, roles, org_unit_code,
                                         active, email, password_change_required)
                    values (?1, ?2, ?3, ?4, ?5, string_to_array(?6, ','), ?7, ?8, ?9, ?10)
                    """).setParameter(1, tenant.value()).setParameter(2, a.id()).setParameter(3, a.username())
                    .setParameter(4, a.displayName()).setParameter(5, a.passwordHash())
                    .setParameter(6, roles(a.roles())).setParameter(7, a.orgUnit().orElse(null))
                    .setParameter(8, a.active()).setParameter(9, a.email().orElse(null))
                    .setParameter(10, a.passwordChangeRequired()).executeUpdate());
        } else {
            em.createNativeQuery("""
                    insert into platform_account (id, username, display_name, password_hash, roles, province_code,
                                                  active, password_change_required)
                    values (?1, ?2, ?3, ?4, string_to_array(?5, ','), ?6, ?7, ?8)
                    """).setParameter(1, a.id()).setParameter(2, a.username()).setParameter(3, a.displayName())
                    .setParameter(4, a.passwordHash()).setParameter(5, roles(a.roles()))
                    .setParameter(6, a.provinceCode().orElse(null)).setParameter(7, a.active())
                    .setParameter(8, a.passwordChangeRequired()).executeUpdate();
        }
    }

    /** Writes back what the account's own rules change: profile, roles, password, login counters. */
    public void update(Account a) {
        // A null parameter is sent untyped; the SQL casts it.
        String locked = a.lockedUntil().map(Instant::toString).orElse(null);
        if (a.tenant().isPresent()) {
            TenantId tenant = a.tenant().get();
            scope.run(tenant, () -> em.createNativeQuery("""
                    update officer set display_name = ?3, password_hash = ?4, roles = string_to_array(?5, ','),
                        org_unit_code = ?6, active = ?7, failed_logins = ?8, locked_until = cast(?9 as timestamptz),
                        password_changed_at = case when password_hash <> ?4 then now() else password_changed_at end,
                        email = ?10, password_change_required = ?11
                    where tenant_id = ?1 and id = ?2
                    """).setParameter(1, tenant.value()).setParameter(2, a.id()).setParameter(3, a.displayName())
                    .setParameter(4, a.passwordHash()).setParameter(5, roles(a.roles()))
                    .setParameter(6, a.orgUnit().orElse(null)).setParameter(7, a.active())
                    .setParameter(8, a.failedLogins()).setParameter(9, locked)
                    .setParameter(10, a.email().orElse(null)).setParameter(11, a.passwordChangeRequired())
                    .executeUpdate());
        } else {
            em.createNativeQuery("""
                    update platform_account set display_name = ?2, password_hash = ?3,
                        roles = string_to_array(?4, ','), active = ?5, failed_logins = ?6,
                        locked_until = cast(?7 as timestamptz),
                        password_changed_at = case when password_hash <> ?3 then now() else password_changed_at end,
                        password_change_required = ?8
                    where id = ?1
                    """).setParameter(1, a.id()).setParameter(2, a.displayName()).setParameter(3, a.passwordHash())
                    .setParameter(4, roles(a.roles())).setParameter(5, a.active()).setParameter(6, a.failedLogins())
                    .setParameter(7, locked).setParameter(8, a.passwordChangeRequired()).executeUpdate();
        }
    }

    /**
     * The work addresses of the tenant's active officers who hold {@code role} (in {@code orgUnit}, when given):
     * who gets a reminder or an escalation.
     */
    @SuppressWarnings("unchecked")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public List<String> officerEmails(TenantId tenant, Role role, String orgUnit) {
        return (List<String>) em.createNativeQuery("""
                select email from officer
                where tenant_id = ?1 and active and email is not null and ?2 = any (roles)
                  and (cast(?3 as varchar) is null or org_unit_code = ?3)
                order by email
                """).setParameter(1, tenant.value()).setParameter(2, role.name()).setParameter(3, orgUnit)
                .getResultList();
    }

    /**
     * The display names of the tenant's officers among {@code ids} (active or not: a history keeps who acted), in
     * one query; ids of no officer of the tenant are left out.
     */
    @SuppressWarnings("unchecked")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public Map<UUID, String> officerNames(TenantId tenant, Collection<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select id, display_name from officer "
                + "where tenant_id = ?1 and id = any(cast(?2 as uuid[]))")
                .setParameter(1, tenant.value())
                .setParameter(2, "{" + ids.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}")
                .getResultList();
        rows.forEach(r -> out.put((UUID) r[0], (String) r[1]));
        return out;
    }

    public long countPlatformAccounts(Role role) {
        return ((Number) em.createNativeQuery("select count(*) from platform_account where ?1 = any (roles)")
                .setParameter(1, role.name()).getSingleResult()).longValue();
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Account> first(Query q, TenantId tenant) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().findFirst().map(r -> map(r, tenant));
    }

    private static Account map(Object[] r, TenantId tenant) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String csv = (String) r[4];
        if (csv != null && !csv.isEmpty()) {
            Arrays.stream(csv.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        String unitOrProvince = (String) r[5];
        Account a = new Account((UUID) r[0], tenant, (String) r[1], (String) r[2], (String) r[3], roles,
                tenant != null ? unitOrProvince : null, tenant == null ? unitOrProvince : null,
                (Boolean) r[6], ((Number) r[7]).intValue(), instant(r[8]));
        a.changeEmail((String) r[9]);
        return a.withFlags((Boolean) r[10], (Boolean) r[11]);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }
}
