package id.balai.register.interfaces;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.balai.register.domain.AvailableForm;
import id.balai.register.domain.RegisterErrors;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.platform.domain.IsoDates;

/** Checks of the register's input at the boundary: every refusal names its field. */
final class RegisterInput {
    private RegisterInput() {
    }

    static String text(String value, String field, int min, int max, String nameId, String nameEn) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw RegisterErrors.invalid("FIELD_REQUIRED", nameId + " wajib diisi.", nameEn + " is required.", field);
        }
        if (v.length() < min || v.length() > max) {
            throw RegisterErrors.invalid("FIELD_LENGTH", nameId + " harus " + min + " sampai " + max + " karakter.",
                    nameEn + " must be " + min + " to " + max + " characters.", field);
        }
        return v;
    }

    static String optionalText(String value, String field, int max, String nameId, String nameEn) {
        return value == null || value.isBlank() ? null : text(value, field, 1, max, nameId, nameEn);
    }

    static LocalDate date(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw RegisterErrors.invalid("FIELD_REQUIRED", "Tanggal wajib diisi.", "The date is required.",
                        field);
            }
            return null;
        }
        return IsoDates.parse(value, field);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw RegisterErrors.invalid("INVALID_VALUE", "Nilai tidak dikenal untuk " + field + ".",
                    "Unknown value for " + field + ".", field);
        }
    }

    static Set<AvailableForm> forms(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw RegisterErrors.invalid("FIELD_REQUIRED", "Bentuk informasi yang tersedia wajib diisi.",
                    "The available forms are required.", "forms");
        }
        Set<AvailableForm> out = EnumSet.noneOf(AvailableForm.class);
        for (String v : values) {
            out.add(enumOf(AvailableForm.class, v, "forms"));
        }
        return out;
    }

    /** Any unit of the tenant. */
    static TenantDefinition.OrgUnit unit(Tenant tenant, String code, String field) {
        return tenant.definition().flattenedUnits().stream().map(TenantDefinition.PlacedUnit::unit)
                .filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> RegisterErrors.invalid("UNKNOWN_ORG_UNIT", "Unit organisasi tidak dikenal.",
                        "Unknown org unit.", field));
    }

    /** A unit that is a PPID: a PPID Pembantu, or the unit hosting the PPID Utama (Perbup Pasal 13). */
    static String ppid(Tenant tenant, String code, String field) {
        TenantDefinition.OrgUnit u = unit(tenant, code, field);
        if (!u.ppidPembantu() && !u.hostsPpidUtama()) {
            throw RegisterErrors.invalid("NOT_A_PPID", "Unit ini bukan PPID Utama maupun PPID Pembantu.",
                    "This unit is neither the PPID Utama nor a PPID Pembantu.", field);
        }
        return u.code();
    }

    static UUID uuid(String id, RuntimeException notFound) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound;
        }
    }
}
