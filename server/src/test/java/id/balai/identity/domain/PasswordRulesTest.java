package id.balai.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;

class PasswordRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "password1234", "123456789012", "qwertyuiop12", "Password2026!",
            "rahasia12345", "indonesia1945", "iloveyou1234"})
    void commonRepeatedOrWordPasswordsAreRefusedWithABilingualMessage(String password) {
        assertThatThrownBy(() -> PasswordRules.check(password, "newPassword"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("COMMON_PASSWORD");
                    assertThat(e.userMessage().id()).contains("mudah ditebak");
                    assertThat(e.userMessage().en()).contains("easy to guess");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kata-sandi-baru-2026", "jembatan kayu di tepi sungai lematang", "q7Rm2vXpL9tZ4bWk"})
    void longUncommonPasswordsOfAnyShapeAreAccepted(String password) {
        assertThatCode(() -> PasswordRules.check(password, "newPassword")).doesNotThrowAnyException();
    }

    @Test
    void lengthIsTwelveToOneHundredTwentyEightCharacters() {
        assertThatThrownBy(() -> PasswordRules.check("x7#Qm!2vLp", "p")).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.code()).isEqualTo("WEAK_PASSWORD"));
        assertThatThrownBy(() -> PasswordRules.check("kQ".repeat(65), "p")).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.code()).isEqualTo("WEAK_PASSWORD"));
        assertThatCode(() -> PasswordRules.check("sungai lematang mengalir ke musi di palembang tua".repeat(3)
                .substring(0, 128), "p")).doesNotThrowAnyException();
    }

    @Test
    void theAccountsOwnNamesCountAsGuessable() {
        assertThatCode(() -> PasswordRules.check("budisantoso77x", "p")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordRules.check("budisantoso77x", "p", List.of("budisantoso", "Budi Santoso")))
                .isInstanceOf(DomainException.class);
    }
}
