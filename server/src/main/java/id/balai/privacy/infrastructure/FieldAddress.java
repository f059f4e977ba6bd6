package id.balai.privacy.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * Where an encrypted value belongs: tenant, column and row. It is bound to the ciphertext as associated data, so
 * a value copied to another tenant's row, another person's row or another column no longer decrypts.
 *
 * @param column the table and column, e.g. {@code person.name_enc}
 */
public record FieldAddress(TenantId tenant, String column, UUID row) {
    public FieldAddress {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(row, "row");
    }

    byte[] bytes() {
        // Slugs, column names and UUIDs hold no '|', so the joined form is unambiguous.
        return ("balai-pii|" + tenant.value() + "|" + column + "|" + row).getBytes(StandardCharsets.UTF_8);
    }
}
