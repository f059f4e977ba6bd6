package id.balai.notifications.domain;

import java.util.Objects;

import id.balai.privacy.domain.PersonRef;

/**
 * A WhatsApp message to a person of the vault. Like an SMS, the recipient is a reference: the number is read
 * through the vault, with {@code purpose} as the reason, only when the message is sent. The text goes as it is
 * within the citizen's 24-hour window, and otherwise as the parameter of the tenant's approved template
 * ({@link WhatsAppDelivery}).
 *
 * @param purpose     why the number is read (recorded with the read), e.g. "ME-2026-000123: balasan WhatsApp"
 * @param subjectType what the message is about, for the audit entry of the read (e.g. "complaint")
 * @param subjectId   its id
 */
public record OutgoingWhatsApp(PersonRef recipient, String text, String purpose, String subjectType,
        String subjectId) {
    /** What one message may carry (the Cloud API's limit for a text body is 4096 characters). */
    public static final int MAX_TEXT = 4096;

    public OutgoingWhatsApp {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A WhatsApp text has 1 to " + MAX_TEXT + " characters");
        }
    }
}
