package id.balai.tenancy.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.balai.tenancy.domain.TenantDefinition.ComplaintCategory;
import id.balai.tenancy.domain.TenantDefinition.OrgUnit;
import id.balai.tenancy.domain.TenantDefinition.PlacedUnit;

/**
 * What changed between two versions of a regency's definition, in short lines a reader takes in at a glance
 * ({@code unit DINKES renamed: 'Dinas Kesehatan' -> 'Dinas Kesehatan dan KB'}). Kept with each version and in the
 * audit entry; the full definitions are kept too, so this is a summary, not a patch.
 */
public final class DefinitionDiff {
    /** Beyond this many lines the summary says how many more there are. */
    static final int MAX_LINES = 40;

    private DefinitionDiff() {
    }

    public static List<String> between(TenantDefinition before, TenantDefinition after) {
        List<String> lines = new ArrayList<>();
        if (before == null) {
            lines.add("created with " + after.flattenedUnits().size() + " units and "
                    + after.complaintCategories().size() + " categories");
            return lines;
        }
        field(lines, "name", before.name(), after.name());
        field(lines, "nameEn", before.nameEn(), after.nameEn());
        field(lines, "shortCode", before.shortCode(), after.shortCode());
        field(lines, "regionCode", before.regionCode(), after.regionCode());
        field(lines, "province", before.province(), after.province());
        field(lines, "timeZone", before.timeZone(), after.timeZone());
        field(lines, "officeHours", before.officeHours(), after.officeHours());
        field(lines, "hosts", before.hosts(), after.hosts());
        changed(lines, "branding", before.branding(), after.branding());
        changed(lines, "channels", before.channels(), after.channels());
        changed(lines, "calendar", before.calendar(), after.calendar());
        changed(lines, "parameters", before.parameters(), after.parameters());
        changed(lines, "map", before.map(), after.map());
        changed(lines, "mailIntake", before.mailIntake(), after.mailIntake());
        units(lines, before, after);
        categories(lines, before, after);
        if (lines.isEmpty()) {
            lines.add("no change");
        }
        if (lines.size() > MAX_LINES) {
            int more = lines.size() - (MAX_LINES - 1);
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES - 1));
            cut.add("... and " + more + " more");
            return cut;
        }
        return lines;
    }

    private static void field(List<String> lines, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            lines.add(name + ": " + shown(before) + " -> " + shown(after));
        }
    }

    private static void changed(List<String> lines, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            lines.add(name + " changed");
        }
    }

    private static String shown(Object value) {
        if (value instanceof TenantDefinition.Hours h) {
            return h.open() + "-" + h.close() + (h.fridayClose() != null ? " (Fri " + h.fridayClose() + ")" : "");
        }
        if (value instanceof TenantDefinition.Province p) {
            return p.code() + " " + p.name();
        }
        return value == null ? "(none)" : value instanceof String s ? "'" + s + "'" : value.toString();
    }

    private static void units(List<String> lines, TenantDefinition before, TenantDefinition after) {
        Map<String, PlacedUnit> was = byCode(before);
        Map<String, PlacedUnit> is = byCode(after);
        for (PlacedUnit p : is.values()) {
            PlacedUnit old = was.get(p.unit().code());
            String code = p.unit().code();
            if (old == null) {
                lines.add("unit " + code + " added" + (p.parentCode() != null ? " under " + p.parentCode() : ""));
                continue;
            }
            OrgUnit a = old.unit();
            OrgUnit b = p.unit();
            if (!Objects.equals(a.name(), b.name()) || !Objects.equals(a.nameEn(), b.nameEn())) {
                lines.add("unit " + code + " renamed: " + shown(a.name()) + " -> " + shown(b.name()));
            }
            if (!Objects.equals(old.parentCode(), p.parentCode())) {
                lines.add("unit " + code + " moved: under " + shown(old.parentCode()) + " -> under "
                        + shown(p.parentCode()));
            }
            if (a.kind() != b.kind() || !a.hostsSpikm().equals(b.hostsSpikm())
                    || !a.hostsPpidUtama().equals(b.hostsPpidUtama()) || !a.ppidPembantu().equals(b.ppidPembantu())) {
                lines.add("unit " + code + " kind or roles changed");
            }
        }
        for (String code : was.keySet()) {
            if (!is.containsKey(code)) {
                lines.add("unit " + code + " deactivated");
            }
        }
    }

    private static Map<String, PlacedUnit> byCode(TenantDefinition d) {
        Map<String, PlacedUnit> m = new LinkedHashMap<>();
        d.flattenedUnits().forEach(p -> m.put(p.unit().code(), p));
        return m;
    }

    private static void categories(List<String> lines, TenantDefinition before, TenantDefinition after) {
        Map<String, ComplaintCategory> was = new LinkedHashMap<>();
        before.complaintCategories().forEach(c -> was.put(c.code(), c));
        Map<String, ComplaintCategory> is = new LinkedHashMap<>();
        after.complaintCategories().forEach(c -> is.put(c.code(), c));
        for (ComplaintCategory c : is.values()) {
            ComplaintCategory old = was.get(c.code());
            if (old == null) {
                lines.add("category " + c.code() + " added, routed to " + c.routeTo());
                continue;
            }
            if (!Objects.equals(old.name(), c.name()) || !Objects.equals(old.nameEn(), c.nameEn())) {
                lines.add("category " + c.code() + " renamed: " + shown(old.name()) + " -> " + shown(c.name()));
            }
            if (!Objects.equals(old.routeTo(), c.routeTo())) {
                lines.add("category " + c.code() + " routed: " + old.routeTo() + " -> " + c.routeTo());
            }
        }
        for (String code : was.keySet()) {
            if (!is.containsKey(code)) {
                lines.add("category " + code + " deactivated");
            }
        }
    }
}
