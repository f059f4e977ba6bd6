package id.balai.notifications.domain;

import java.util.Objects;
import java.util.Optional;

import id.balai.privacy.domain.PersonRef;

/**
 * An e-mail to an officer's work address or to a person of the vault. A citizen's address is never carried in
 * clear: it is read through the vault, with {@code purpose} as the reason, only when the message is sent.
 *
 * @param address     an officer's work address; empty for a person of the vault
 * @param person      a citizen in the vault; empty for an officer
 * @param purpose     why it is sent (and why a citizen's address is read), e.g. "ME-2026-000123: pengingat"
 * @param subjectType what the message is about (e.g. "complaint")
 * @param subjectId   its id
 * @param inReplyTo   the Message-ID of the citizen's e-mail this one answers (set as In-Reply-To and References),
 *                    or empty for a message that starts a conversation
 */
public record OutgoingMail(Optional<String> address, Optional<PersonRef> person, String subject, String body,
        String purpose, String subjectType, String subjectId, Optional<String> inReplyTo) {
    public OutgoingMail {
        inReplyTo = inReplyTo == null ? Optional.empty() : inReplyTo;
        if (address.isPresent() == person.isPresent()) {
            throw new IllegalArgumentException("An e-mail goes to exactly one of an address or a person");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    /** To an officer's work address. */
    public static OutgoingMail toOfficer(String address, String subject, String body, String purpose,
            String subjectType, String subjectId) {
        return new OutgoingMail(Optional.of(address), Optional.empty(), subject, body, purpose, subjectType,
                subjectId, Optional.empty());
    }

    /** To a citizen, whose address the vault holds. */
    public static OutgoingMail toPerson(PersonRef person, String subject, String body, String purpose,
            String subjectType, String subjectId) {
        return new OutgoingMail(Optional.empty(), Optional.of(person), subject, body, purpose, subjectType,
                subjectId, Optional.empty());
    }

    /** The same message as the answer to the citizen's e-mail with this Message-ID. */
    public OutgoingMail answering(String messageId) {
        return new OutgoingMail(address, person, subject, body, purpose, subjectType, subjectId,
                Optional.of(messageId));
    }
}
