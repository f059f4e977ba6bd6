package id.balai.platform.interfaces;

import id.balai.platform.domain.Message;

/**
 * The body of every error answer: a stable {@code code}, the message in Bahasa Indonesia and English, and the
 * input {@code field} it concerns (null when it concerns the request as a whole).
 */
public record ApiError(int status, String code, Message message, String field) {

    public static ApiError of(int status, String code, String id, String en) {
        return new ApiError(status, code, Message.of(id, en), null);
    }
}
