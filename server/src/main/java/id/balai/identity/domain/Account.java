package id.balai.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * A person who signs in: an officer of one tenant (optionally bound to an org unit) or an account above tenants.
 * Keeps its own login rules: each failure in a row makes the next attempt wait longer (progressive delay), and
 * {@link LoginPolicy#maxFailures()} of them lock it for a while; a success resets the count. A password handed out
 * by an administrator only lets its holder choose a new one ({@link #passwordChangeRequired()}).
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
    private boolean passwordChangeRequired;
    private boolean secondFactorEnabled;

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
        SUCCEEDED, WRONG_PASSWORD, LOCKED_NOW, LOCKED, DELAYED, INACTIVE
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
            // A lock resets the count, so a wait with failures behind it is a delay, not the lock.
            return failedLogins > 0 ? LoginOutcome.DELAYED : LoginOutcome.LOCKED;
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
        Duration delay = policy.delayAfter(failedLogins);
        lockedUntil = delay.isZero() ? null : now.plus(delay);
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

    /** The holder chose this password: it opens every function again. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
    }

    /** An administrator set this password (a new account, a reset): its holder may only replace it. */
    public void assignOneTimePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = true;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Whether a TOTP second factor is confirmed for this account (kept by the second-factor store). */
    public boolean secondFactorEnabled() {
        return secondFactorEnabled;
    }

    /** Restores the flags kept beside the profile; for the repository. */
    public Account withFlags(boolean passwordChangeRequired, boolean secondFactorEnabled) {
        this.passwordChangeRequired = passwordChangeRequired;
        this.secondFactorEnabled = secondFactorEnabled;
        return this;
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
