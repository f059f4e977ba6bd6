package id.balai.platform.interfaces;

import id.balai.platform.domain.Message;

/**
 * The body of every error answer: a stable {@code code}, the message in Bahasa Indonesia and English, the input
 * {@code field} it concerns (null when it concerns the request as a whole) and, when a whole document was checked,
 * every {@code problems} found, by path (omitted otherwise).
 */
public record ApiError(int status, String code, Message message, String field,
        java.util.List<id.balai.platform.domain.DomainException.Detail> problems) {

    public ApiError(int status, String code, Message message, String field) {
        this(status, code, message, field, null);
    }

    public static ApiError of(int status, String code, String id, String en) {
        return new ApiError(status, code, Message.of(id, en), null);
    }
}
