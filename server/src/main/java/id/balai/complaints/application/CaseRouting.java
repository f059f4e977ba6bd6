package id.balai.complaints.application;

import java.util.List;

import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;

/**
 * Where a case may go, by the regency's definition: the agencies a dispatch goes to when the central administrator
 * names none (the category's agency, SPIKM Pasal 7c, 8), and the units and categories an officer may name.
 */
public final class CaseRouting {
    private CaseRouting() {
    }

    /**
     * The units a dispatch goes to: those asked for, each a unit of the regency, or the category's agency when none
     * is asked for; a report without category then needs them named ({@code UNITS_REQUIRED}).
     */
    public static List<String> dispatchUnits(Tenant tenant, Complaint c, List<String> asked) {
        List<String> units = asked == null || asked.isEmpty() ? defaultUnits(tenant, c) : asked;
        units.forEach(u -> requireUnit(tenant, u, "units"));
        return units;
    }

    /** A unit of the regency, or {@code UNKNOWN_ORG_UNIT} on {@code field}. */
    public static String requireUnit(Tenant tenant, String code, String field) {
        if (code == null
                || tenant.definition().flattenedUnits().stream().noneMatch(p -> p.unit().code().equals(code))) {
            throw ComplaintErrors.invalid("UNKNOWN_ORG_UNIT", "Unit organisasi tidak dikenal.", "Unknown org unit.",
                    field);
        }
        return code;
    }

    /** A category of the regency, or {@code UNKNOWN_CATEGORY}. */
    public static String requireCategory(Tenant tenant, String code) {
        return tenant.definition().complaintCategories().stream().map(TenantDefinition.ComplaintCategory::code)
                .filter(k -> k.equals(code.trim())).findFirst()
                .orElseThrow(() -> ComplaintErrors.invalid("UNKNOWN_CATEGORY", "Kategori tidak dikenal.",
                        "Unknown category.", "category"));
    }

    /** A category's name as the regency calls it (its code when it has none). */
    public static String categoryName(Tenant tenant, String code) {
        return tenant.definition().complaintCategories().stream().filter(k -> k.code().equals(code))
                .map(TenantDefinition.ComplaintCategory::name).findFirst().orElse(code);
    }

    private static List<String> defaultUnits(Tenant tenant, Complaint c) {
        return tenant.definition().complaintCategories().stream().filter(k -> k.code().equals(c.category()))
                .map(TenantDefinition.ComplaintCategory::routeTo).findFirst().map(List::of)
                .orElseThrow(() -> ComplaintErrors.invalid("UNITS_REQUIRED",
                        "Laporan tanpa kategori: pilih unit tujuan.", "A report without category: choose the units.",
                        "units"));
    }
}
