package id.balai.notifications.domain;

import java.util.Objects;
import java.util.UUID;

import id.balai.privacy.domain.PersonRef;

/**
 * A citizen's wish to hear about one case on one channel: a reference into the vault, never an address. The token is
 * the capability in the e-mail's unsubscribe link.
 *
 * @param subjectType {@code complaint} or {@code information_request}
 * @param reference   the case's tracking or registration number, shown on the unsubscribe page
 * @param language    {@code id} or {@code en}: the language of short texts (e-mail always carries both)
 */
public record Subscription(String subjectType, UUID subjectId, String reference, ContactChannel channel,
        PersonRef person, String language, String token, boolean unsubscribed) {
    public Subscription {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(person, "person");
        language = "en".equals(language) ? "en" : "id";
    }
}
