package id.balai.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.TenantId;

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
        assertThat(a.attemptLogin(false, t0.plusSeconds(10), POLICY)).isEqualTo(Account.LoginOutcome.WRONG_PASSWORD);
        assertThat(a.attemptLogin(false, t0.plusSeconds(20), POLICY)).isEqualTo(Account.LoginOutcome.LOCKED_NOW);
        assertThat(a.lockRemaining(t0.plusSeconds(20))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void fromTheSecondWrongPasswordEachMakesTheNextAttemptWaitTwiceAsLong() {
        LoginPolicy policy = new LoginPolicy(5, Duration.ofMinutes(15));
        Account a = officer();
        assertThat(a.attemptLogin(false, t0, policy)).isEqualTo(Account.LoginOutcome.WRONG_PASSWORD);
        assertThat(a.lockRemaining(t0)).as("one slip costs nothing").isZero();
        assertThat(a.attemptLogin(false, t0, policy)).isEqualTo(Account.LoginOutcome.WRONG_PASSWORD);
        assertThat(a.lockRemaining(t0)).isEqualTo(Duration.ofSeconds(1));
        // Too early: refused without being counted, even with the right password.
        assertThat(a.attemptLogin(true, t0.plusMillis(500), policy)).isEqualTo(Account.LoginOutcome.DELAYED);
        assertThat(a.failedLogins()).isEqualTo(2);
        Instant t = t0.plusSeconds(1);
        assertThat(a.attemptLogin(false, t, policy)).isEqualTo(Account.LoginOutcome.WRONG_PASSWORD);
        assertThat(a.lockRemaining(t)).isEqualTo(Duration.ofSeconds(2));
        t = t.plusSeconds(2);
        assertThat(a.attemptLogin(false, t, policy)).isEqualTo(Account.LoginOutcome.WRONG_PASSWORD);
        assertThat(a.lockRemaining(t)).isEqualTo(Duration.ofSeconds(4));
        t = t.plusSeconds(4);
        assertThat(a.attemptLogin(false, t, policy)).isEqualTo(Account.LoginOutcome.LOCKED_NOW);
        assertThat(a.attemptLogin(true, t.plusSeconds(30), policy)).isEqualTo(Account.LoginOutcome.LOCKED);
    }

    @Test
    void theDelayNeverExceedsTheLock() {
        LoginPolicy policy = new LoginPolicy(50, Duration.ofSeconds(4));
        assertThat(policy.delayAfter(1)).isZero();
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(40)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aLockedAccountRefusesEvenTheRightPasswordUntilTheLockLifts() {
        Account a = officer();
        for (int i = 0; i < 3; i++) {
            a.attemptLogin(false, t0.plusSeconds(10L * i), POLICY);
        }
        assertThat(a.attemptLogin(true, t0.plusSeconds(60), POLICY)).isEqualTo(Account.LoginOutcome.LOCKED);
        assertThat(a.attemptLogin(true, t0.plus(Duration.ofMinutes(16)), POLICY))
                .isEqualTo(Account.LoginOutcome.SUCCEEDED);
        assertThat(a.lockedUntil()).isEmpty();
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        Account a = officer();
        a.attemptLogin(false, t0, POLICY);
        a.attemptLogin(false, t0.plusSeconds(10), POLICY);
        assertThat(a.attemptLogin(true, t0.plusSeconds(20), POLICY)).isEqualTo(Account.LoginOutcome.SUCCEEDED);
        assertThat(a.failedLogins()).isZero();
        assertThat(a.attemptLogin(false, t0.plusSeconds(20), POLICY)).isEqualTo(Account.LoginOutcome.WRONG_PASSWORD);
    }

    @Test
    void aPasswordAnAdministratorSetMustBeReplacedByTheHolder() {
        Account a = officer();
        a.assignOneTimePassword("otp-hash");
        assertThat(a.passwordChangeRequired()).isTrue();
        a.changePassword("own-hash");
        assertThat(a.passwordChangeRequired()).isFalse();
        assertThat(a.passwordHash()).isEqualTo("own-hash");
    }

    @Test
    void anInactiveAccountCannotSignIn() {
        Account a = officer();
        a.update("Operator PUPR", EnumSet.of(Role.AGENCY_OPERATOR), "PUPR", false);
        assertThat(a.attemptLogin(true, t0, POLICY)).isEqualTo(Account.LoginOutcome.INACTIVE);
    }
}
