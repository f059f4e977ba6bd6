package id.balai.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class TotpTest {
    /** RFC 6238 Appendix B's SHA-1 key. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesAreTheRfc6238TestVectorsCutToSixDigits() {
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNeverTwice() {
        byte[] secret = Totp.newSecret();
        Instant now = Instant.parse("2026-12-05T03:00:10Z");
        String previous = Totp.code(secret, now.minusSeconds(30));
        String current = Totp.code(secret, now);
        assertThat(Totp.verify(secret, previous, now, null)).hasValue(Totp.step(now) - 1);
        assertThat(Totp.verify(secret, current, now, null)).hasValue(Totp.step(now));
        // Used: the same code, or an older one, is refused.
        assertThat(Totp.verify(secret, current, now, Totp.step(now))).isEmpty();
        assertThat(Totp.verify(secret, previous, now, Totp.step(now))).isEmpty();
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(120)), now, null)).isEmpty();
        assertThat(Totp.verify(secret, "12345", now, null)).isEmpty();
        assertThat(Totp.verify(secret, null, now, null)).isEmpty();
    }

    @Test
    void theOtpauthAddressCarriesTheSecretInBase32() {
        byte[] secret = Totp.newSecret();
        String uri = Totp.uri("Balai Muara Enim", "admin", secret);
        assertThat(uri).startsWith("otpauth://totp/Balai%20Muara%20Enim:admin?secret=" + Totp.base32(secret))
                .contains("&issuer=Balai%20Muara%20Enim").contains("digits=6").contains("period=30");
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void recoveryCodesAreTenDistinctAndTheirDigestIgnoresCaseAndDashes() {
        List<String> codes = Totp.newRecoveryCodes();
        assertThat(codes).hasSize(10);
        assertThat(new HashSet<>(codes)).hasSize(10);
        assertThat(codes).allMatch(c -> c.matches("[a-z0-9]{5}-[a-z0-9]{5}"));
        String c = codes.get(0);
        assertThat(Totp.recoveryDigest(c.toUpperCase().replace("-", " "))).isEqualTo(Totp.recoveryDigest(c));
        assertThat(Totp.recoveryDigest(codes.get(1))).isNotEqualTo(Totp.recoveryDigest(c));
    }
}
