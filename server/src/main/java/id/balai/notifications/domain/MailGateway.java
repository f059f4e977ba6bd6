package id.balai.notifications.domain;

/** Where e-mail leaves Balai: the server's SMTP session, or another transport. */
public interface MailGateway {

    /** Sends one plain-text message, or throws {@link MailNotSent} (the outbox tries again later). */
    void send(String to, String subject, String body);

    /** A refusal or an unreachable server. */
    final class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
