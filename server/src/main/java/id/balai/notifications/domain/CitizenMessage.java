package id.balai.notifications.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a citizen is told about their case, in both languages, as the context that owns the case words it:
 * a subject line and a body for e-mail, and a short text for a phone (SMS or WhatsApp). The notifications context
 * adds the regency's name, the greeting, the unsubscribe link and the other language, and chooses the channel.
 *
 * @param event     which event, for the regency's policy
 * @param key       what makes it this message and no other (e.g. the case's event number): a second decision with
 *                  the same key sends nothing
 * @param accessCode the reporter's access code when the message carries it (the receipt): kept out of the stored
 *                  text, see {@link #ACCESS_CODE}
 * @param purpose   why the citizen's address is read when it is sent (recorded with the read)
 */
public record CitizenMessage(NotificationEvent event, String key, Text subject, Text body, Text shortText,
        Optional<String> accessCode, String purpose) {

    /** Where a text shows the access code; the sender puts the code in when it sends, then forgets it. */
    public static final String ACCESS_CODE = "{{kode-akses}}";

    public CitizenMessage {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(shortText, "shortText");
        Objects.requireNonNull(accessCode, "accessCode");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** A text in Bahasa Indonesia and in English. */
    public record Text(String id, String en) {
        public Text {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(en, "en");
        }

        public String in(String language) {
            return "en".equals(language) ? en : id;
        }
    }
}
