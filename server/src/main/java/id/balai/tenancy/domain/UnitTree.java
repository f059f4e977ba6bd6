package id.balai.tenancy.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import id.balai.tenancy.domain.TenantDefinition.OrgUnit;

/**
 * Edits of a regency's unit tree, each answering a new tree (the records are immutable): add a unit under a parent,
 * change one in place, take one out (with its sub-units), find one. What the result must satisfy (codes unique,
 * villages under districts, one SPIKM and one PPID Utama host, categories routed to units that exist) is checked
 * afterwards on the whole definition, as every definition is.
 */
public final class UnitTree {
    private UnitTree() {
    }

    public static Optional<OrgUnit> find(List<OrgUnit> units, String code) {
        for (OrgUnit u : units) {
            if (u.code().equals(code)) {
                return Optional.of(u);
            }
            Optional<OrgUnit> below = find(u.children(), code);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    /** @param parent the parent's code, or null for the top level; the unit goes last among its siblings */
    public static List<OrgUnit> add(List<OrgUnit> units, String parent, OrgUnit unit) {
        if (parent == null) {
            List<OrgUnit> out = new ArrayList<>(units);
            out.add(unit);
            return out;
        }
        return units.stream().map(u -> {
            List<OrgUnit> children = u.code().equals(parent) ? add(u.children(), null, unit)
                    : add(u.children(), parent, unit);
            return with(u, children);
        }).toList();
    }

    public static List<OrgUnit> change(List<OrgUnit> units, String code, UnaryOperator<OrgUnit> change) {
        return units.stream().map(u -> u.code().equals(code) ? change.apply(u)
                : with(u, change(u.children(), code, change))).toList();
    }

    /** The tree without the unit (and whatever sits under it). */
    public static List<OrgUnit> remove(List<OrgUnit> units, String code) {
        return units.stream().filter(u -> !u.code().equals(code)).map(u -> with(u, remove(u.children(), code)))
                .toList();
    }

    /** True when {@code code} is {@code ancestor} or sits somewhere under it. */
    public static boolean within(List<OrgUnit> units, String ancestor, String code) {
        return find(units, ancestor).map(a -> a.code().equals(code) || find(a.children(), code).isPresent())
                .orElse(false);
    }

    public static OrgUnit with(OrgUnit u, List<OrgUnit> children) {
        return u.withChildren(children);
    }

    /** The definition with another unit tree. */
    public static TenantDefinition withUnits(TenantDefinition d, List<OrgUnit> units) {
        return new TenantDefinition(d.slug(), d.name(), d.nameEn(), d.shortCode(), d.regionCode(), d.province(),
                d.timeZone(), d.officeHours(), d.hosts(), d.branding(), d.channels(), units, d.complaintCategories(),
                d.calendar(), d.parameters(), d.map(), d.notifications(), d.mailIntake(), d.lapor(), d.letters(),
                d.coordinationTeam());
    }

    /** The definition with other complaint categories. */
    public static TenantDefinition withCategories(TenantDefinition d,
            List<TenantDefinition.ComplaintCategory> categories) {
        return new TenantDefinition(d.slug(), d.name(), d.nameEn(), d.shortCode(), d.regionCode(), d.province(),
                d.timeZone(), d.officeHours(), d.hosts(), d.branding(), d.channels(), d.orgUnits(), categories,
                d.calendar(), d.parameters(), d.map(), d.notifications(), d.mailIntake(), d.lapor(), d.letters(),
                d.coordinationTeam());
    }
}
