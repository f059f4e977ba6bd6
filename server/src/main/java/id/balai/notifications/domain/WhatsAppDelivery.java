package id.balai.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a message may go out (WhatsApp Business Policy, customer service window): free-form text only within 24 hours
 * of the citizen's last message to the number; outside it, only an approved template. Without a template nothing
 * is sent: free-form text outside the window is never tried.
 */
public final class WhatsAppDelivery {
    public static final Duration WINDOW = Duration.ofHours(24);
    /** Meta refuses a template parameter with line breaks, tabs or more than four spaces in a row. */
    static final int MAX_PARAMETER = 1024;

    private WhatsAppDelivery() {
    }

    /** What to send, or why nothing may be sent. */
    public sealed interface Decision permits Send, Refuse {
    }

    public record Send(WhatsAppGateway.Payload payload) implements Decision {
    }

    public record Refuse(String reason) implements Decision {
    }

    /** Whether the citizen's window is open at {@code now}: their last message came less than 24 hours before. */
    public static boolean windowOpen(Optional<Instant> lastInbound, Instant now) {
        return lastInbound.filter(at -> now.isBefore(at.plus(WINDOW))).isPresent();
    }

    public static Decision decide(String text, Optional<Instant> lastInbound, Instant now,
            Optional<WhatsAppAccount.Template> template) {
        if (windowOpen(lastInbound, now)) {
            return new Send(new WhatsAppGateway.Text(text));
        }
        return template.<Decision>map(t -> new Send(new WhatsAppGateway.Template(t.name(), t.language(),
                parameter(text)))).orElseGet(() -> new Refuse("Outside the 24-hour customer service window and the "
                        + "tenant has no channels.whatsApp.notificationTemplate: free-form text may not be sent"));
    }

    /** The text as one template parameter: on one line, no long runs of spaces, within Meta's length. */
    static String parameter(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() <= MAX_PARAMETER ? one : one.substring(0, MAX_PARAMETER - 3) + "...";
    }
}
