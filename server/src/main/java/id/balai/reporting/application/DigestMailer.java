package id.balai.reporting.application;

import java.util.List;

/**
 * The port that sends the daily digest by e-mail. The adapter is {@code reporting.infrastructure.DigestMail}.
 */
public interface DigestMailer {

    /** An SMTP refusal or an unreachable server: the delivery is not recorded and is tried again. */
    public static final class NotSent extends RuntimeException {
        public NotSent(Exception cause) {
            super("The digest could not be sent: " + cause.getMessage(), cause);
        }
    }

    void send(List<String> recipients, String subject, String text, byte[] pdf, String fileName);
}
