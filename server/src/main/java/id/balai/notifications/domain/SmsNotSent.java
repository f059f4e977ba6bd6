package id.balai.notifications.domain;

/** The provider did not take the message. The message says why, without the recipient's number. */
public class SmsNotSent extends Exception {
    private static final long serialVersionUID = 1L;

    public SmsNotSent(String message) {
        super(message);
    }

    public SmsNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
