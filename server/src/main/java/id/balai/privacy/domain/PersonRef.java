package id.balai.privacy.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A person's entry in the vault, as a case refers to it. The reference carries nothing about the person; with the
 * tenant it is the key of the vault's row.
 */
public record PersonRef(UUID value) {
    public PersonRef {
        Objects.requireNonNull(value, "value");
    }

    public static PersonRef random() {
        return new PersonRef(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
