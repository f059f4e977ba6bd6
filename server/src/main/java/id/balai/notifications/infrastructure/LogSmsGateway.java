package id.balai.notifications.infrastructure;

import java.util.logging.Logger;

import id.balai.notifications.domain.SmsGateway;

/**
 * For development: writes the message to the log instead of sending it. Only the last three digits of the
 * recipient's number appear, so that the log holds no personal data.
 */
public final class LogSmsGateway implements SmsGateway {
    private static final Logger LOG = Logger.getLogger(LogSmsGateway.class.getName());

    @Override
    public void send(String from, String to, String text) {
        LOG.info(() -> "SMS (not sent, BALAI_SMS_GATEWAY=log) from " + from + " to " + masked(to) + ": " + text);
    }

    static String masked(String number) {
        return number.length() <= 3 ? "***" : "***" + number.substring(number.length() - 3);
    }
}
