package id.balai.platform.domain;

import java.util.Objects;

/** A user-facing text in Bahasa Indonesia (first) and English. */
public record Message(String id, String en) {
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(en, "en");
    }

    public static Message of(String id, String en) {
        return new Message(id, en);
    }
}
