package id.balai.notifications.domain;

/** Where e-mail leaves Balai: the server's SMTP session, or another transport. */
public interface MailGateway {

    /**
     * The header that every message Balai sends carries (besides RFC 3834's {@code Auto-Submitted}), so that an
     * e-mail intake that receives one of them, bounced or forwarded back, recognises it and never answers it.
     */
    String LOOP_HEADER = "X-Balai-Loop";

    /**
     * Sends one plain-text message, or throws {@link MailNotSent} (the outbox tries again later). Every message is
     * marked as sent by a machine ({@code Auto-Submitted: auto-generated}, or {@code auto-replied} for an answer
     * to a citizen's e-mail: RFC 3834) and carries {@link #LOOP_HEADER}.
     *
     * @param inReplyTo the Message-ID of the e-mail this one answers, or empty
     */
    void send(String to, String subject, String body, java.util.Optional<String> inReplyTo);

    /** A refusal or an unreachable server. */
    final class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
