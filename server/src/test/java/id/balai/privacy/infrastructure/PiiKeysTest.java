package id.balai.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PiiKeysTest {
    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void theHighestIdEncryptsAndEveryIdIsKept() {
        PiiKeys keys = PiiKeys.parse("2:" + K2 + ", 1:" + K1);
        assertThat(keys.currentId()).isEqualTo(2);
        assertThat(keys.all()).containsOnlyKeys(1, 2);
        assertThat(PiiKeys.parse(keys.format()).all()).isEqualTo(keys.all());
    }

    @Test
    void aGeneratedKeyIsOneRandom256BitKeyWithIdOne() {
        PiiKeys a = PiiKeys.generate(new SecureRandom());
        PiiKeys b = PiiKeys.generate(new SecureRandom());
        assertThat(a.currentId()).isEqualTo(1);
        assertThat(a.key(1).orElseThrow().getEncoded()).hasSize(32).isNotEqualTo(b.key(1).orElseThrow().getEncoded());
    }

    @Test
    void aFaultyEntryIsNamedWithoutShowingTheKey() {
        String secret = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMzQ=";
        assertThatThrownBy(() -> PiiKeys.parse("1:" + K1 + "," + secret))
                .hasMessageContaining("entry 2").hasMessageNotContaining(secret);
        assertThatThrownBy(() -> PiiKeys.parse("1:" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("AES-256 needs 32");
        assertThatThrownBy(() -> PiiKeys.parse("0:" + K1)).hasMessageContaining("1-255");
        assertThatThrownBy(() -> PiiKeys.parse("256:" + K1)).hasMessageContaining("1-255");
        assertThatThrownBy(() -> PiiKeys.parse("1:" + K1 + ",1:" + K2)).hasMessageContaining("twice");
        assertThatThrownBy(() -> PiiKeys.parse("1:bukan base64!")).hasMessageContaining("entry 1");
    }

    @Test
    void theDescriptionNamesIdsOnly() {
        assertThat(PiiKeys.parse("1:" + K1).toString()).isEqualTo("PiiKeys[1]");
    }
}
