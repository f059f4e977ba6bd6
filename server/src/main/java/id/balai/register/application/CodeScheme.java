package id.balai.register.application;

import id.balai.register.domain.RegisterEntry;
import id.balai.tenancy.domain.TenantDefinition;

/**
 * The codification scheme of Perbup Pasal 16(3)d when the PPID Utama gives no code of its own:
 * {@code <tenant short code>.<owning PPID unit>.<class letter>.<year and sequence of the entry number>}, e.g.
 * {@code ME.PUPR.B.2026-000012}. It is unique because the entry number is, and it sorts by unit and class.
 */
public final class CodeScheme {
    private CodeScheme() {
    }

    public static String codeFor(TenantDefinition tenant, RegisterEntry e) {
        String number = e.number();
        String tail = number.substring(number.indexOf('-') + 1);
        return tenant.shortCode() + "." + e.ownerPpid() + "." + e.infoClass().letter() + "." + tail;
    }
}
