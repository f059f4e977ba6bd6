package id.balai.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.tenancy.domain.TenantId;

class AccountTest {
    private static final LoginPolicy POLICY = new LoginPolicy(3, Duration.ofMinutes(15));
    private final Instant t0 = Instant.parse("2026-03-16T02:00:00Z");

    private Account officer() {
        return new Account(UUID.randomUUID(), new TenantId("muara-enim"), "operator.pupr", "Operator PUPR", "hash",
                EnumSet.of(Role.AGENCY_OPERATOR), "PUPR", null, true, 0, null);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForTheConfiguredTime() {
        Account a = officer();
        assertThat(a.attemptLogin(false, t0, POLICY)).isEqualTo(Account.LoginOutcome.WRONG_PASSWORD);
        assertThat(a.attemptLogin(false, t0, POLICY)).isEqualTo(Account.LoginOutcome.WRONG_PASSWORD);
        assertThat(a.attemptLogin(false, t0, POLICY)).isEqualTo(Account.LoginOutcome.LOCKED_NOW);
        assertThat(a.lockRemaining(t0)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aLockedAccountRefusesEvenTheRightPasswordUntilTheLockLifts() {
        Account a = officer();
        for (int i = 0; i < 3; i++) {
            a.attemptLogin(false, t0, POLICY);
        }
        assertThat(a.attemptLogin(true, t0.plusSeconds(60), POLICY)).isEqualTo(Account.LoginOutcome.LOCKED);
        assertThat(a.attemptLogin(true, t0.plus(Duration.ofMinutes(15)), POLICY))
                .isEqualTo(Account.LoginOutcome.SUCCEEDED);
        assertThat(a.lockedUntil()).isEmpty();
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        Account a = officer();
        a.attemptLogin(false, t0, POLICY);
        a.attemptLogin(false, t0, POLICY);
        assertThat(a.attemptLogin(true, t0, POLICY)).isEqualTo(Account.LoginOutcome.SUCCEEDED);
        assertThat(a.failedLogins()).isZero();
        assertThat(a.attemptLogin(false, t0, POLICY)).isEqualTo(Account.LoginOutcome.WRONG_PASSWORD);
    }

    @Test
    void anInactiveAccountCannotSignIn() {
        Account a = officer();
        a.update("Operator PUPR", EnumSet.of(Role.AGENCY_OPERATOR), "PUPR", false);
        assertThat(a.attemptLogin(true, t0, POLICY)).isEqualTo(Account.LoginOutcome.INACTIVE);
    }
}
