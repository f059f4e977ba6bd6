package id.balai.information.domain;

/** The port through which requesters get e-mail (receipt, extension, notice); the adapter is SMTP. */
public interface RequesterMail {

    /** Could not be sent now: the message stays queued and is tried again. */
    final class NotSent extends RuntimeException {
        public NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    void send(String to, String subject, String text);
}
