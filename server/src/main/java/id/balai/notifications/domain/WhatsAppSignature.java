package id.balai.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature Meta puts on every webhook delivery: {@code X-Hub-Signature-256: sha256=<hex>}, the HMAC-SHA256 of
 * the raw body under the app secret. It is checked over the bytes as they arrived, before anything parses them,
 * and compared in constant time, so that neither a re-encoding nor the time taken tells an attacker anything.
 */
public final class WhatsAppSignature {
    public static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";

    private WhatsAppSignature() {
    }

    /** What the header carries for this body, for tests and stand-ins that sign as Meta does. */
    public static String sign(String appSecret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(appSecret, body));
    }

    /** Whether the header is the body's signature under the secret. A missing or malformed header never matches. */
    public static boolean matches(String appSecret, byte[] body, String header) {
        if (header == null || appSecret == null || appSecret.isEmpty() || body == null) {
            return false;
        }
        String h = header.strip();
        if (!h.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(h.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(appSecret, body), given);
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
