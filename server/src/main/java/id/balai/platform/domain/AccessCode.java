package id.balai.platform.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The secret a citizen gets with a tracking or registration number, so that only they can follow the case: ten
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), about 49 bits. Only its SHA-256 is stored.
 */
public final class AccessCode {
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCode() {
    }

    public static String generate() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** What is stored and compared: the digest of the code as typed, trimmed and upper-cased. */
    public static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(code.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
