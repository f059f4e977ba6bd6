package id.balai.notifications.domain;

import java.util.Map;

/** Where e-mail leaves Balai: the server's SMTP session, or another transport. */
public interface MailGateway {

    /** Sends one plain-text message, or throws {@link MailNotSent} (the outbox tries again later). */
    default void send(String to, String subject, String body) {
        send(to, subject, body, Map.of());
    }

    /**
     * The same with extra headers (e.g. {@code List-Unsubscribe}). Every message Balai sends is marked
     * {@code Auto-Submitted: auto-generated} (RFC 3834), so that auto-responders do not answer it.
     */
    void send(String to, String subject, String body, Map<String, String> headers);

    /** A refusal or an unreachable server. */
    final class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
