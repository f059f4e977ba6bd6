package id.balai.intake.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What identifies a mail across reads and instances: its Message-ID, or for a mail without one, its sender, date and
 * subject. Kept as a SHA-256 digest, so that the record of what was taken in holds no address.
 */
public final class MessageKey {
    private MessageKey() {
    }

    public static String of(InboundMail m) {
        String identity = m.messageId().map(id -> "id:" + id.strip().toLowerCase(Locale.ROOT))
                .orElseGet(() -> "digest:" + m.from().orElse("") + "\n" + (m.sentAt() == null ? "" : m.sentAt())
                        + "\n" + m.subject().strip());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
