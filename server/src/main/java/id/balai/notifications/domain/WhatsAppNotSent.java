package id.balai.notifications.domain;

/** The Graph API did not take the message or give the file. The message says why, without the citizen's number. */
public class WhatsAppNotSent extends Exception {
    private static final long serialVersionUID = 1L;

    public WhatsAppNotSent(String message) {
        super(message);
    }

    public WhatsAppNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
