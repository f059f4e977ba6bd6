package id.balai.identity.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.identity.domain.Account;
import id.balai.identity.domain.IdentityErrors;
import id.balai.identity.domain.PasswordHasher;
import id.balai.identity.domain.PasswordRules;
import id.balai.identity.domain.Totp;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.RateLimiter;
import id.balai.tenancy.application.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Sign-in, refresh, sign-out and password change. Failed attempts are counted per account (and lock it) and
 * per client address (rate limit); both survive a restart and are shared by every instance (PostgreSQL).
 * Refusals are raised after the transaction commits, so that a failed attempt is still counted.
 */
@ApplicationScoped
public class Authentication {
    @Inject
    SignInTransactions tx;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    IdentityPolicy settings;

    /**
     * What a successful sign-in or refresh hands out.
     *
     * @param restriction what alone the session may do first ({@link SessionRestriction}); null for none
     */
    public record Tokens(String accessToken, Instant accessExpiresAt, String refreshToken, Account account,
            String restriction) {
    }

    /** What the officer typed beside the password, when their account has a second factor. */
    public record SecondFactorInput(String code, String recoveryCode) {
        public static final SecondFactorInput NONE = new SecondFactorInput(null, null);

        boolean given() {
            return (code != null && !code.isBlank()) || (recoveryCode != null && !recoveryCode.isBlank());
        }
    }

    public Tokens login(String tenant, String username, char[] password, String clientAddress, String requestId) {
        return login(tenant, username, password, SecondFactorInput.NONE, clientAddress, requestId);
    }

    /**
     * Signs in. The per-address ceiling only stops floods (an office shares one address behind NAT); guessing is
     * slowed and then stopped per account (LoginPolicy).
     */
    public Tokens login(String tenant, String username, char[] password, SecondFactorInput secondFactor,
            String clientAddress, String requestId) {
        rateLimiter.require(settings.loginLimit(), clientAddress);
        SignInTransactions.Outcome outcome = tx.signIn(tenant, username, password, secondFactor, requestId);
        return switch (outcome.result()) {
            case SUCCEEDED -> outcome.tokens();
            case LOCKED, LOCKED_NOW -> throw IdentityErrors.locked(outcome.lockRemaining());
            case DELAYED -> throw IdentityErrors.delayed(outcome.lockRemaining());
            case SECOND_FACTOR_REQUIRED -> throw IdentityErrors.secondFactorRequired();
            case SECOND_FACTOR_WRONG -> throw IdentityErrors.secondFactorInvalid();
            case WRONG_PASSWORD, INACTIVE, UNKNOWN -> throw IdentityErrors.invalidCredentials();
        };
    }

    public Tokens refresh(String refreshToken, String clientAddress) {
        rateLimiter.require(settings.loginLimit(), clientAddress);
        return tx.refresh(refreshToken).orElseThrow(IdentityErrors::invalidRefreshToken);
    }

    public void logout(Optional<TenantId> tenant, UUID accountId, UUID sessionId, Actor actor) {
        tx.logout(tenant, accountId, sessionId, actor);
    }

    public void changePassword(Optional<TenantId> tenant, UUID accountId, char[] current, String next, Actor actor) {
        PasswordRules.check(next, "newPassword", tx.passwordContext(tenant, accountId));
        if (!tx.changePassword(tenant, accountId, current, next.toCharArray(), actor)) {
            throw IdentityErrors.invalidCredentials();
        }
    }

    /** The transactional steps; a separate bean so that the container's transaction boundaries apply. */
    @ApplicationScoped
    public static class SignInTransactions {

        /** The result of a sign-in attempt. */
        public enum Result {
            SUCCEEDED, WRONG_PASSWORD, LOCKED_NOW, LOCKED, DELAYED, INACTIVE, UNKNOWN, SECOND_FACTOR_REQUIRED,
            SECOND_FACTOR_WRONG
        }

        public record Outcome(Result result, Tokens tokens, java.time.Duration lockRemaining) {
        }

        @Inject
        AccountRecords accounts;

        @Inject
        Sessions sessions;

        @Inject
        TokenIssuer tokens;

        @Inject
        PasswordHasher hasher;

        @Inject
        IdentityPolicy settings;

        @Inject
        TenantRegistry tenants;

        @Inject
        AuditLog audit;

        @Inject
        SessionRestriction restrictions;

        @Inject
        SecondFactorRecords factors;

        /** Verified against when the account does not exist, so that the answer takes as long. */
        private volatile String dummyHash;

        @Transactional
        public Outcome signIn(String tenantSlug, String username, char[] password, SecondFactorInput secondFactor,
                String requestId) {
            Optional<TenantId> tenant = tenantSlug == null || tenantSlug.isBlank() ? Optional.empty()
                    : tenants.findActive(tenantSlug).map(t -> t.id());
            boolean platform = tenantSlug == null || tenantSlug.isBlank();
            Optional<Account> found = platform ? accounts.findPlatformAccount(username)
                    : tenant.flatMap(t -> accounts.findOfficer(t, username));
            if (found.isEmpty()) {
                if (dummyHash == null) {
                    dummyHash = hasher.hash("balai-no-such-account".toCharArray());
                }
                hasher.matches(password, dummyHash);
                return new Outcome(Result.UNKNOWN, null, null);
            }
            Account account = found.get();
            Instant now = Instant.now();
            boolean matches = !account.isLocked(now) && account.active() && hasher.matches(password,
                    account.passwordHash());
            boolean secondFactorChecked = false;
            if (matches && account.secondFactorEnabled() && account.tenant().isPresent()) {
                if (!secondFactor.given()) {
                    // The password was right: ask for the code without counting a failure.
                    return new Outcome(Result.SECOND_FACTOR_REQUIRED, null, null);
                }
                matches = secondFactorMatches(account, secondFactor, now);
                secondFactorChecked = true;
            }
            Account.LoginOutcome result = account.attemptLogin(matches, now, settings.loginPolicy());
            accounts.update(account);
            Actor actor = new Actor(account.id().toString(), roles(account), requestId);
            switch (result) {
                case SUCCEEDED -> {
                    String refresh = sessions.newRefreshToken();
                    UUID sid = sessions.open(account.tenant(), account.id(), refresh,
                            now.plus(settings.refreshTokenLifetime()));
                    String restriction = restrictions.of(account);
                    TokenIssuer.Issued access = tokens.issue(account, sid, restriction);
                    record(account, actor, "LOGIN_SUCCEEDED", secondFactorChecked
                            ? Map.of("session", sid.toString(), "secondFactor", true)
                            : Map.of("session", sid.toString()));
                    return new Outcome(Result.SUCCEEDED, new Tokens(access.token(), access.expiresAt(), refresh,
                            account, restriction), null);
                }
                case DELAYED -> {
                    return new Outcome(Result.DELAYED, null, account.lockRemaining(now));
                }
                case LOCKED_NOW -> {
                    record(account, actor, "ACCOUNT_LOCKED", Map.of("until", account.lockedUntil().get().toString()));
                    return new Outcome(Result.LOCKED_NOW, null, account.lockRemaining(now));
                }
                case LOCKED -> {
                    return new Outcome(Result.LOCKED, null, account.lockRemaining(now));
                }
                case INACTIVE -> {
                    return new Outcome(Result.INACTIVE, null, null);
                }
                default -> {
                    record(account, actor, "LOGIN_FAILED", Map.of("failuresInARow", account.failedLogins(),
                            "secondFactor", secondFactorChecked));
                    return new Outcome(secondFactorChecked ? Result.SECOND_FACTOR_WRONG : Result.WRONG_PASSWORD,
                            null, null);
                }
            }
        }

        /** A TOTP code of a step not used before, or an unspent recovery code (spent by this check). */
        private boolean secondFactorMatches(Account account, SecondFactorInput input, Instant now) {
            TenantId tenant = account.tenant().orElseThrow();
            if (input.code() != null && !input.code().isBlank()) {
                Optional<SecondFactorRecords.Factor> factor = factors.factor(tenant, account.id());
                if (factor.isEmpty()) {
                    return false;
                }
                OptionalLong step = Totp.verify(factor.get().secret(), input.code(), now, factor.get().lastStep());
                return step.isPresent() && factors.useStep(tenant, account.id(), step.getAsLong());
            }
            boolean used = factors.useRecoveryCode(tenant, account.id(), Totp.recoveryDigest(input.recoveryCode()));
            if (used) {
                audit.record(tenant, new Actor(account.id().toString(), roles(account), null), "RECOVERY_CODE_USED",
                        "account", account.id().toString(),
                        Map.of("left", factors.recoveryCodesLeft(tenant, account.id())));
            }
            return used;
        }

        /** The account's own names, which make a password guessable. */
        @Transactional
        public java.util.List<String> passwordContext(Optional<TenantId> tenant, UUID accountId) {
            Optional<Account> found = tenant.isPresent() ? accounts.findOfficer(tenant.get(), accountId)
                    : accounts.findPlatformAccount(accountId);
            java.util.List<String> words = new java.util.ArrayList<>();
            found.ifPresent(a -> {
                words.add(a.username());
                words.add(a.displayName());
                words.addAll(java.util.Arrays.asList(a.displayName().split("\\s+")));
            });
            tenant.ifPresent(t -> words.add(t.value()));
            return words;
        }

        @Transactional
        public Optional<Tokens> refresh(String refreshToken) {
            if (refreshToken == null || refreshToken.isBlank()) {
                return Optional.empty();
            }
            Optional<Sessions.Session> found = sessions.findByRefreshToken(refreshToken);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Sessions.Session session = found.get();
            if (session.revoked() || session.expiresAt().isBefore(Instant.now())) {
                return Optional.empty();
            }
            Optional<Account> account = session.tenant().isPresent()
                    ? accounts.findOfficer(session.tenant().get(), session.accountId())
                    : accounts.findPlatformAccount(session.accountId());
            if (session.presentedPreviousToken() || account.isEmpty() || !account.get().active()) {
                // A replayed refresh token means two parties hold the session: end it for both.
                sessions.revoke(session.id(), session.presentedPreviousToken() ? "REFRESH_TOKEN_REUSED" : "INACTIVE");
                account.ifPresent(a -> record(a, new Actor(a.id().toString(), roles(a), null),
                        "SESSION_REVOKED", Map.of("session", session.id().toString(),
                                "reason", session.presentedPreviousToken() ? "refresh token reused" : "inactive")));
                return Optional.empty();
            }
            String next = sessions.newRefreshToken();
            sessions.rotate(session.id(), next);
            String restriction = restrictions.of(account.get());
            TokenIssuer.Issued access = tokens.issue(account.get(), session.id(), restriction);
            return Optional.of(new Tokens(access.token(), access.expiresAt(), next, account.get(), restriction));
        }

        @Transactional
        public void logout(Optional<TenantId> tenant, UUID accountId, UUID sessionId, Actor actor) {
            sessions.revoke(sessionId, "LOGOUT");
            if (tenant.isPresent()) {
                audit.record(tenant.get(), actor, "LOGOUT", "account", accountId.toString(),
                        Map.of("session", sessionId.toString()));
            } else {
                audit.recordPlatform(actor, "LOGOUT", "account", accountId.toString(),
                        Map.of("session", sessionId.toString()));
            }
        }

        @Transactional
        public boolean changePassword(Optional<TenantId> tenant, UUID accountId, char[] current, char[] next,
                Actor actor) {
            Optional<Account> found = tenant.isPresent() ? accounts.findOfficer(tenant.get(), accountId)
                    : accounts.findPlatformAccount(accountId);
            if (found.isEmpty() || !hasher.matches(current, found.get().passwordHash())) {
                return false;
            }
            Account account = found.get();
            account.changePassword(hasher.hash(next));
            accounts.update(account);
            sessions.revokeAll(tenant, accountId, "PASSWORD_CHANGED");
            record(account, actor, "PASSWORD_CHANGED", Map.of());
            return true;
        }

        private void record(Account account, Actor actor, String action, Map<String, ?> detail) {
            if (account.tenant().isPresent()) {
                audit.record(account.tenant().get(), actor, action, "account", account.id().toString(), detail);
            } else {
                audit.recordPlatform(actor, action, "account", account.id().toString(), detail);
            }
        }

        private static String roles(Account a) {
            return String.join(",", a.roles().stream().map(Enum::name).sorted().toList());
        }
    }
}
