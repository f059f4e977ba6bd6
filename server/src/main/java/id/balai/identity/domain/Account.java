package id.balai.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.balai.tenancy.domain.TenantId;

/**
 * A person who signs in: an officer of one tenant (optionally bound to an org unit) or an account above tenants.
 * Keeps its own login rules: consecutive failures lock it for a while; a success resets the count.
 */
public final class Account {
    private final UUID id;
    private final TenantId tenant;
    private final String username;
    private String displayName;
    private String passwordHash;
    private Set<Role> roles;
    private String orgUnit;
    private final String provinceCode;
    private boolean active;
    private int failedLogins;
    private Instant lockedUntil;
    private String email;

    public Account(UUID id, TenantId tenant, String username, String displayName, String passwordHash,
            Set<Role> roles, String orgUnit, String provinceCode, boolean active, int failedLogins,
            Instant lockedUntil) {
        this.id = id;
        this.tenant = tenant;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.orgUnit = orgUnit;
        this.provinceCode = provinceCode;
        this.active = active;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
    }

    /** The outcome of a login attempt, for the account's own state. */
    public enum LoginOutcome {
        SUCCEEDED, WRONG_PASSWORD, LOCKED_NOW, LOCKED, INACTIVE
    }

    /**
     * Applies one login attempt whose password check gave {@code passwordMatches}. A locked or inactive account
     * refuses even the right password, so that a lock cannot be probed.
     */
    public LoginOutcome attemptLogin(boolean passwordMatches, Instant now, LoginPolicy policy) {
        if (!active) {
            return LoginOutcome.INACTIVE;
        }
        if (isLocked(now)) {
            return LoginOutcome.LOCKED;
        }
        if (passwordMatches) {
            failedLogins = 0;
            lockedUntil = null;
            return LoginOutcome.SUCCEEDED;
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailures()) {
            failedLogins = 0;
            lockedUntil = now.plus(policy.lockDuration());
            return LoginOutcome.LOCKED_NOW;
        }
        return LoginOutcome.WRONG_PASSWORD;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** How long the lock still holds. */
    public Duration lockRemaining(Instant now) {
        return isLocked(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /** The officer's work address for reminders and escalations; null removes it. */
    public void changeEmail(String email) {
        this.email = email;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void update(String displayName, Set<Role> roles, String orgUnit, boolean active) {
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.orgUnit = orgUnit;
        this.active = active;
    }

    public UUID id() {
        return id;
    }

    public Optional<TenantId> tenant() {
        return Optional.ofNullable(tenant);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Optional<String> orgUnit() {
        return Optional.ofNullable(orgUnit);
    }

    public Optional<String> provinceCode() {
        return Optional.ofNullable(provinceCode);
    }

    public boolean active() {
        return active;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
