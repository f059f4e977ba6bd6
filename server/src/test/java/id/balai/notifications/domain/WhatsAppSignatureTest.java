package id.balai.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Meta's webhook signature over recorded deliveries, signed apart from this code (whatsapp/*.signature). */
class WhatsAppSignatureTest {
    static final String SECRET = "balai-test-app-secret";

    static byte[] resource(String name) throws IOException {
        try (InputStream in = WhatsAppSignatureTest.class.getResourceAsStream("/whatsapp/" + name)) {
            return in.readAllBytes();
        }
    }

    static String recordedSignature(String name) throws IOException {
        return new String(resource(name + ".signature"), StandardCharsets.UTF_8).strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text.json", "image.json", "status-callback.json", "duplicate-delivery.json"})
    void aRecordedDeliveryMatchesItsRecordedSignature(String name) throws IOException {
        byte[] body = resource(name);
        String header = recordedSignature(name);
        assertThat(WhatsAppSignature.matches(SECRET, body, header)).isTrue();
        assertThat(WhatsAppSignature.sign(SECRET, body)).isEqualTo(header);
        // Hex digits in upper case are the same signature.
        assertThat(WhatsAppSignature.matches(SECRET, body, "sha256=" + header.substring(7).toUpperCase())).isTrue();
    }

    @Test
    void aChangedBodyOrAnotherSecretDoesNotMatch() throws IOException {
        byte[] body = resource("text.json");
        String header = recordedSignature("text.json");
        byte[] changed = Arrays.copyOf(body, body.length);
        changed[changed.length / 2] ^= 1;
        assertThat(WhatsAppSignature.matches(SECRET, changed, header)).isFalse();
        // Re-encoding the same JSON (one more space) is another body: the check is over the raw bytes.
        assertThat(WhatsAppSignature.matches(SECRET,
                new String(body, StandardCharsets.UTF_8).replaceFirst("\\{", "{ ").getBytes(StandardCharsets.UTF_8),
                header)).isFalse();
        assertThat(WhatsAppSignature.matches("another-secret", body, header)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sha256=", "sha1=d96a3d04d5ff8b353924888ac6f4e681442991af",
            "d96a3d04d5ff8b353924888ac6f4e681442991af6d2529eec85713bdf7bd74d1", "sha256=zz",
            "sha256=d96a3d04d5ff8b353924888ac6f4e681442991af6d2529eec85713bdf7bd74", "sha256=d96a3d04d5ff8b35392488"})
    void aMalformedHeaderNeverMatches(String header) throws IOException {
        assertThat(WhatsAppSignature.matches(SECRET, resource("text.json"), header)).isFalse();
    }

    @Test
    void noHeaderOrNoSecretNeverMatches() throws IOException {
        byte[] body = resource("text.json");
        assertThat(WhatsAppSignature.matches(SECRET, body, null)).isFalse();
        assertThat(WhatsAppSignature.matches("", body, recordedSignature("text.json"))).isFalse();
        assertThat(WhatsAppSignature.matches(null, body, recordedSignature("text.json"))).isFalse();
    }
}
