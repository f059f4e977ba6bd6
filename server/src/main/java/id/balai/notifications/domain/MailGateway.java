package id.balai.notifications.domain;

import java.util.Map;

/** Where e-mail leaves Balai: the server's SMTP session, or another transport. */
public interface MailGateway {

    /**
     * The header that every message Balai sends carries (besides RFC 3834's {@code Auto-Submitted}), so that an
     * e-mail intake that receives one of them, bounced or forwarded back, recognises it and never answers it.
     */
    String LOOP_HEADER = "X-Balai-Loop";

    /** Sends one plain-text message, or throws {@link MailNotSent} (the outbox tries again later). */
    default void send(String to, String subject, String body) {
        send(to, subject, body, Map.of());
    }

    /**
     * The answer to a citizen's e-mail: {@code In-Reply-To} and {@code References} name it, and it is marked
     * {@code Auto-Submitted: auto-replied} (RFC 3834).
     *
     * @param inReplyTo the Message-ID of the e-mail this one answers, or empty
     */
    default void send(String to, String subject, String body, java.util.Optional<String> inReplyTo) {
        send(to, subject, body, replyHeaders(inReplyTo));
    }

    /** The headers of an answer to the e-mail {@code inReplyTo}; none without one. */
    static Map<String, String> replyHeaders(java.util.Optional<String> inReplyTo) {
        return inReplyTo.map(id -> Map.of("In-Reply-To", id, "References", id, "Auto-Submitted", "auto-replied"))
                .orElse(Map.of());
    }

    /**
     * The same with extra headers (e.g. {@code List-Unsubscribe}). Every message Balai sends is marked
     * {@code Auto-Submitted: auto-generated} (RFC 3834) unless a header says otherwise, and carries
     * {@link #LOOP_HEADER}, so that auto-responders and Balai's own intake do not answer it.
     */
    void send(String to, String subject, String body, Map<String, String> headers);

    /** A refusal or an unreachable server. */
    final class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
