package id.balai.notifications.domain;

import java.util.Objects;

import id.balai.privacy.domain.PersonRef;

/**
 * An SMS to a person of the vault. The recipient is a reference, not a number: the number is read through the
 * vault, with {@code purpose} as the reason, only when the message is sent.
 *
 * @param fromNumber  the tenant's hotline
 * @param purpose     why the number is read (recorded with the read), e.g. "ME-2026-000123: jawaban lewat SMS"
 * @param subjectType what the message is about, for the audit entry of the read (e.g. "complaint")
 * @param subjectId   its id
 */
public record OutgoingSms(String fromNumber, PersonRef recipient, String text, String purpose, String subjectType,
        String subjectId) {
    public OutgoingSms {
        Objects.requireNonNull(fromNumber, "fromNumber");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
    }
}
