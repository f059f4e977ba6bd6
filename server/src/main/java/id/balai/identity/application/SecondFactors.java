package id.balai.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.identity.domain.Account;
import id.balai.identity.domain.PasswordHasher;
import id.balai.identity.domain.Totp;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.TenantId;
import id.balai.tenancy.application.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * An officer's TOTP second factor: enrolment (a secret shown once as an {@code otpauth://} address and as text),
 * confirmation by a first code, which hands out the recovery codes once, and removal with the password. A
 * confirmation or removal ends the officer's other sessions, so that each holds the account's current factor state.
 */
@ApplicationScoped
public class SecondFactors {

    @Inject
    SecondFactorRecords store;

    @Inject
    AccountRecords accounts;

    @Inject
    Sessions sessions;

    @Inject
    PasswordHasher hasher;

    @Inject
    TenantRegistry tenants;

    @Inject
    AuditLog audit;

    /** A secret being enrolled, shown this once. */
    public record Enrolment(String secret, String otpauthUri) {
    }

    /** Whether the officer has a factor, and how many recovery codes are left. */
    public record Status(boolean enabled, long recoveryCodesLeft) {
    }

    @Transactional
    public Enrolment begin(Optional<TenantId> tenant, UUID accountId, Actor actor) {
        Account account = officer(tenant, accountId);
        byte[] secret = Totp.newSecret();
        store.savePending(account.tenant().get(), accountId, secret);
        String issuer = "Balai " + tenants.require(account.tenant().get()).definition().name();
        audit.record(account.tenant().get(), actor, "SECOND_FACTOR_ENROLMENT_STARTED", "account",
                accountId.toString(), Map.of());
        return new Enrolment(Totp.base32(secret), Totp.uri(issuer, account.username(), secret));
    }

    /** Confirms the pending secret with its first code; returns the recovery codes, shown this once. */
    @Transactional
    public List<String> confirm(Optional<TenantId> tenant, UUID accountId, UUID currentSession, String code,
            Actor actor) {
        Account account = officer(tenant, accountId);
        TenantId t = account.tenant().get();
        byte[] secret = store.pending(t, accountId).orElseThrow(() -> new DomainException(
                DomainException.Kind.CONFLICT, "NO_ENROLMENT_PENDING",
                Message.of("Mulai pendaftaran autentikator terlebih dahulu.", "Start the authenticator enrolment first.")));
        Instant now = Instant.now();
        OptionalLong step = Totp.verify(secret, code, now, null);
        if (step.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "SECOND_FACTOR_INVALID",
                    Message.of("Kode salah atau kedaluwarsa. Periksa jam ponsel Anda dan coba kode berikutnya.",
                            "The code is wrong or expired. Check your phone's clock and try the next code."), "code");
        }
        store.confirm(t, accountId, secret, step.getAsLong(), now);
        List<String> codes = Totp.newRecoveryCodes();
        store.replaceRecoveryCodes(t, accountId, codes.stream().map(Totp::recoveryDigest).toList());
        endOtherSessions(t, accountId, currentSession, "SECOND_FACTOR_ENROLLED");
        audit.record(t, actor, "SECOND_FACTOR_ENROLLED", "account", accountId.toString(), Map.of());
        return codes;
    }

    @Transactional
    public void remove(Optional<TenantId> tenant, UUID accountId, UUID currentSession, char[] password, Actor actor) {
        Account account = officer(tenant, accountId);
        if (password == null || !hasher.matches(password, account.passwordHash())) {
            throw new DomainException(DomainException.Kind.INVALID, "WRONG_PASSWORD",
                    Message.of("Kata sandi salah.", "Wrong password."), "password");
        }
        TenantId t = account.tenant().get();
        store.remove(t, accountId);
        endOtherSessions(t, accountId, currentSession, "SECOND_FACTOR_REMOVED");
        audit.record(t, actor, "SECOND_FACTOR_REMOVED", "account", accountId.toString(), Map.of());
    }

    @Transactional
    public Status status(Optional<TenantId> tenant, UUID accountId) {
        Account account = officer(tenant, accountId);
        return new Status(account.secondFactorEnabled(),
                account.secondFactorEnabled() ? store.recoveryCodesLeft(account.tenant().get(), accountId) : 0);
    }

    private void endOtherSessions(TenantId tenant, UUID accountId, UUID keep, String reason) {
        for (Sessions.OpenSession s : sessions.openSessions(Optional.of(tenant), accountId)) {
            if (!s.id().equals(keep)) {
                sessions.revoke(s.id(), reason);
            }
        }
    }

    /** Second factors are for regency officers; accounts above tenants sign in with their password alone. */
    private Account officer(Optional<TenantId> tenant, UUID accountId) {
        return tenant.flatMap(t -> accounts.findOfficer(t, accountId)).orElseThrow(() -> new DomainException(
                DomainException.Kind.FORBIDDEN, "SECOND_FACTOR_NOT_AVAILABLE",
                Message.of("Faktor kedua tersedia untuk petugas kabupaten.",
                        "A second factor is available to regency officers.")));
    }
}
