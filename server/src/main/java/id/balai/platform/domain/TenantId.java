package id.balai.platform.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant's identifier, shared by every context: its slug (e.g. {@code muara-enim}), which leads every key of every
 * tenant-owned row.
 */
public record TenantId(String value) {
    private static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]{1,48}[a-z0-9]$");

    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a tenant slug: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
