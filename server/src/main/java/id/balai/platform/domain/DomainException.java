package id.balai.platform.domain;

import java.util.Optional;

/**
 * A rule of the domain said no. It carries a stable {@code code} that clients can rely on, a bilingual message,
 * the input field it concerns (if any) and its {@link Kind}; the REST layer maps the kind to an HTTP status.
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal this is, independent of the transport. */
    public enum Kind {
        /** The input is malformed or out of range (400). */
        INVALID,
        /** The caller could not be authenticated: wrong credentials, no or a revoked session (401). */
        UNAUTHENTICATED,
        /** The caller is known but may not do this (403). */
        FORBIDDEN,
        /** The input is well-formed but cannot be processed with the data we have (422). */
        UNPROCESSABLE,
        /** The thing does not exist, or is not visible to the caller (404). */
        NOT_FOUND,
        /** The state of the thing does not allow it (409). */
        CONFLICT,
        /** Too many attempts: try again later (429, with Retry-After). */
        TOO_MANY_REQUESTS
    }

    private final Kind kind;
    private final String code;
    private final Message userMessage;
    private final String field;
    private final java.util.List<Detail> details;

    /**
     * One of several things wrong, by path (a whole definition checked at once lists them all).
     *
     * @param message   in English
     * @param messageId in Bahasa Indonesia, when the rule that found it says it in both (absent otherwise)
     */
    public record Detail(String path, String message, String messageId) {
        public Detail(String path, String message) {
            this(path, message, null);
        }
    }

    public DomainException(Kind kind, String code, Message userMessage, String field) {
        this(kind, code, userMessage, field, java.util.List.of());
    }

    public DomainException(Kind kind, String code, Message userMessage, String field, java.util.List<Detail> details) {
        super(code + ": " + userMessage.en());
        this.kind = kind;
        this.code = code;
        this.userMessage = userMessage;
        this.field = field;
        this.details = java.util.List.copyOf(details);
    }

    /** Every problem found, when there were several; empty otherwise. */
    public java.util.List<Detail> details() {
        return details;
    }

    public DomainException(Kind kind, String code, Message userMessage) {
        this(kind, code, userMessage, null);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Message userMessage() {
        return userMessage;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
