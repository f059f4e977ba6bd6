package id.balai.complaints.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.balai.platform.domain.TenantId;

/**
 * A text an officer starts an answer, a response to the reporter or a clarification request from (issue 17 item 5):
 * regency-wide (no unit: the regency administrator's) or one agency's (its operators'). Placeholders in braces are
 * filled from the case; one the case has no value for stays as written, for the officer to fill by hand.
 *
 * @param orgUnit the agency whose template it is; empty for a regency-wide one
 */
public record ResponseTemplate(TenantId tenant, UUID id, Optional<String> orgUnit, Purpose purpose, String name,
        String body, Instant updatedAt, String updatedBy) {

    /** Where a template is used. */
    public enum Purpose {
        /** An agency's answer to the central administrator (SPIKM Pasal 7g). */
        ANSWER,
        /** The central administrator's response to the reporter (SPIKM Pasal 5c). */
        RESPONSE,
        /** The central administrator's question to the reporter. */
        CLARIFICATION
    }

    /** The placeholders a template may use, filled from the case. */
    public static final java.util.List<String> PLACEHOLDERS = java.util.List.of("nomor", "judul", "kategori", "unit",
            "tanggal", "diterima", "tenggat");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    /** Whether {@code unit}'s operators may use this template: a regency-wide one, or their agency's own. */
    public boolean usableBy(Optional<String> unit) {
        return orgUnit.isEmpty() || unit.isEmpty() || orgUnit.equals(unit);
    }

    /** The body with every placeholder that has a value replaced by it. */
    public String fill(Map<String, String> values) {
        return fill(body, values);
    }

    /** {@code text} with each {@code {name}} that {@code values} has replaced by its value; others stay as written. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
