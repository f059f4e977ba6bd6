package id.balai.identity.application;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import id.balai.audit.application.AuditLog;
import id.balai.identity.domain.Account;
import id.balai.identity.domain.PasswordHasher;
import id.balai.identity.domain.Role;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.Paging;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A tenant admin manages the regency's officers: creates them with a one-time password, changes their roles,
 * unit and name, deactivates them, resets passwords. A password set here only lets the officer choose their own
 * (ASVS 2.5.1). Every change is audited; deactivation and a reset end the
 * officer's sessions.
 */
@ApplicationScoped
public class OfficerAdministration {
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountRecords accounts;

    @Inject
    Sessions sessions;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    /** An officer just created or reset, with the password shown this once. */
    public record WithPassword(Account account, String oneTimePassword) {
    }

    @Transactional
    public WithPassword create(Tenant tenant, String username, String displayName, Set<Role> roles, String orgUnit,
            String email, Actor actor) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw invalid("INVALID_USERNAME", "Nama pengguna 3-64 karakter: huruf kecil, angka, titik, garis.",
                    "Username: 3-64 characters of lower-case letters, digits, dot, dash, underscore.", "username");
        }
        checkProfile(tenant, displayName, roles, orgUnit);
        if (accounts.findOfficer(tenant.id(), username).isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "USERNAME_TAKEN",
                    Message.of("Nama pengguna sudah dipakai.", "That username is taken."), "username");
        }
        String password = newPassword();
        Account account = new Account(UUID.randomUUID(), tenant.id(), username, displayName.trim(),
                hasher.hash(password.toCharArray()), roles, orgUnit, null, true, 0, null);
        account.changeEmail(email(email));
        account.assignOneTimePassword(account.passwordHash());
        accounts.insert(account);
        audit.record(tenant.id(), actor, "OFFICER_CREATED", "account", account.id().toString(), profile(account));
        return new WithPassword(account, password);
    }

    public List<Account> list(Tenant tenant, int page, int size) {
        return accounts.officers(tenant.id(), Paging.offset(page, size), size);
    }

    public long count(Tenant tenant) {
        return accounts.countOfficers(tenant.id());
    }

    public Account get(Tenant tenant, UUID id) {
        return accounts.findOfficer(tenant.id(), id).orElseThrow(OfficerAdministration::notFound);
    }

    @Transactional
    public Account update(Tenant tenant, UUID id, String displayName, Set<Role> roles, String orgUnit,
            String email, boolean active, Actor actor) {
        Account account = get(tenant, id);
        checkProfile(tenant, displayName, roles, orgUnit);
        String address = email(email);
        Map<String, Object> before = profile(account);
        account.update(displayName.trim(), roles, orgUnit, active);
        account.changeEmail(address);
        accounts.update(account);
        if (!active) {
            sessions.revokeAll(account.tenant(), account.id(), "DEACTIVATED");
        }
        audit.record(tenant.id(), actor, "OFFICER_UPDATED", "account", id.toString(),
                Map.of("before", before, "after", profile(account)));
        return account;
    }

    @Transactional
    public WithPassword resetPassword(Tenant tenant, UUID id, Actor actor) {
        Account account = get(tenant, id);
        String password = newPassword();
        account.assignOneTimePassword(hasher.hash(password.toCharArray()));
        accounts.update(account);
        sessions.revokeAll(account.tenant(), account.id(), "PASSWORD_RESET");
        audit.record(tenant.id(), actor, "PASSWORD_RESET", "account", id.toString(), Map.of());
        return new WithPassword(account, password);
    }

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    /** An officer's work address for reminders: optional, checked when given. */
    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.trim();
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw invalid("INVALID_EMAIL", "Alamat e-mail tidak valid.", "The e-mail address is not valid.", "email");
        }
        return e;
    }

    private static void checkProfile(Tenant tenant, String displayName, Set<Role> roles, String orgUnit) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw invalid("INVALID_DISPLAY_NAME", "Nama wajib diisi, paling panjang 120 karakter.",
                    "A name is required, at most 120 characters.", "displayName");
        }
        if (roles == null || roles.isEmpty()) {
            throw invalid("ROLES_REQUIRED", "Pilih paling sedikit satu peran.", "Choose at least one role.", "roles");
        }
        for (Role r : roles) {
            if (r.scope() != Role.Scope.TENANT) {
                throw invalid("ROLE_NOT_FOR_OFFICERS", "Peran " + r + " bukan peran pejabat kabupaten.",
                        "Role " + r + " is not a regency officer's role.", "roles");
            }
        }
        TenantDefinition.PlacedUnit unit = null;
        if (orgUnit != null) {
            unit = tenant.definition().flattenedUnits().stream().filter(p -> p.unit().code().equals(orgUnit))
                    .findFirst().orElseThrow(() -> invalid("UNKNOWN_ORG_UNIT", "Unit organisasi tidak dikenal.",
                            "Unknown org unit.", "orgUnit"));
        }
        for (Role r : roles) {
            if (r.needsOrgUnit() && unit == null) {
                throw invalid("ORG_UNIT_REQUIRED", "Peran " + r + " memerlukan unit organisasi.",
                        "Role " + r + " needs an org unit.", "orgUnit");
            }
        }
        // Perbup LT Pasal 8(3), 8(5): a PPID Pembantu sits in a unit that hosts one.
        if (roles.contains(Role.PPID_ASSISTANT) && !unit.unit().ppidPembantu()) {
            throw invalid("UNIT_HAS_NO_PPID_PEMBANTU", "Unit ini tidak memiliki PPID Pembantu.",
                    "This unit does not host a PPID Pembantu.", "orgUnit");
        }
    }

    private static Map<String, Object> profile(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("displayName", a.displayName());
        m.put("roles", a.roles().stream().map(Enum::name).sorted().toList());
        m.put("orgUnit", a.orgUnit().orElse(null));
        m.put("active", a.active());
        m.put("email", a.email().orElse(null));
        return m;
    }

    static String newPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return b.toString();
    }

    private static DomainException invalid(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.INVALID, code, Message.of(id, en), field);
    }

    private static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "OFFICER_NOT_FOUND",
                Message.of("Pengguna tidak ditemukan.", "User not found."));
    }

    /** Roles from their names, refusing unknown ones with the field named. */
    public static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String n : names) {
                try {
                    roles.add(Role.valueOf(n));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw invalid("UNKNOWN_ROLE", "Peran tidak dikenal: " + n, "Unknown role: " + n, "roles");
                }
            }
        }
        return roles;
    }
}
