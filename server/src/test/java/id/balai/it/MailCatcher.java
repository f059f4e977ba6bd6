package id.balai.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' SMTP server (GreenMail), on the port the `it` server sends to, up for a whole test class:
 * {@code @RegisterExtension static final GreenMailExtension SMTP = MailCatcher.forClass();}.
 */
final class MailCatcher {
    private MailCatcher() {
    }

    static GreenMailExtension forClass() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("balai.it.smtp.port", 14125), "127.0.0.1",
                "smtp")).withPerMethodLifecycle(false);
    }
}
