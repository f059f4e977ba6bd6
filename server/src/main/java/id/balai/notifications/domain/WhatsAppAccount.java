package id.balai.notifications.domain;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A regency's WhatsApp Business number with its secrets, as the environment gave them: what the webhook checks
 * deliveries with and what the gateway sends with. {@link #toString()} names no secret, so that a log line never
 * carries one.
 *
 * @param graphApiUrl the Graph API's base, version included ({@code https://graph.facebook.com/v21.0})
 * @param template    the approved template for messages outside the 24-hour window, if the regency has one
 */
public record WhatsAppAccount(String phoneNumberId, URI graphApiUrl, String accessToken, String appSecret,
        String verifyToken, Optional<Template> template) {

    /** An approved template with one body parameter. */
    public record Template(String name, String language) {
        public Template {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
        }
    }

    public WhatsAppAccount {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(graphApiUrl, "graphApiUrl");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(appSecret, "appSecret");
        Objects.requireNonNull(verifyToken, "verifyToken");
        template = template == null ? Optional.empty() : template;
    }

    @Override
    public String toString() {
        return "WhatsAppAccount[" + phoneNumberId + " at " + graphApiUrl + "]";
    }
}
