package id.balai.onboarding.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.tenancy.application.TenantDefinitions;
import id.balai.tenancy.domain.DefinitionVersions.Current;
import id.balai.tenancy.domain.DefinitionVersions;
import id.balai.tenancy.domain.OrgUnitKind;
import id.balai.tenancy.domain.StoredOrganisation;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition.ComplaintCategory;
import id.balai.tenancy.domain.TenantDefinition.OrgUnit;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.UnitTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A regency's admin edits its organisation while it runs (issue 14): units are added, renamed, moved under another
 * parent and deactivated (never deleted: cases keep pointing at them; never one that holds open cases), complaint
 * categories are added, renamed, routed elsewhere (SPIKM Pasal 7c) and deactivated. Each edit is a change of the
 * regency's definition: checked as every definition is, kept as a version, recorded in the tenant's audit chain,
 * live at once on every instance.
 */
@ApplicationScoped
public class OrganisationChanges {

    @Inject
    TenantDefinitions definitions;

    @Inject
    TenantRecords records;

    /** A new unit. @param parent the parent's code, or null/blank for the top level */
    public record NewUnit(String code, String name, String nameEn, OrgUnitKind kind, String parent,
            boolean ppidPembantu, TenantDefinition.Decree ppidDecree) {
    }

    /**
     * A change of a unit; a null leaves that part as it is.
     *
     * @param parent the new parent's code, or "" for the top level
     * @param active false deactivates the unit, true reactivates a deactivated one
     * @param ppidDecree the village head's or lurah's decree setting up its PPID Pembantu (Perbup LT Pasal 8(6))
     */
    public record UnitChange(String name, String nameEn, String parent, Boolean ppidPembantu, Boolean active,
            TenantDefinition.Decree ppidDecree) {
    }

    public record NewCategory(String code, String name, String nameEn, String routeTo) {
    }

    /** A change of a category; a null leaves that part as it is. */
    public record CategoryChange(String name, String nameEn, String routeTo, Boolean active) {
    }

    public List<StoredOrganisation.Unit> units(Tenant tenant) {
        return definitions.units(tenant.id());
    }

    public List<StoredOrganisation.Category> categories(Tenant tenant) {
        return definitions.categories(tenant.id());
    }

    public StoredOrganisation.Unit addUnit(Tenant tenant, NewUnit in, Actor actor) {
        required(in.code(), "code");
        required(in.name(), "name");
        if (in.kind() == null) {
            throw invalid("kind", "Jenis unit wajib diisi.", "The unit's kind is required.");
        }
        Optional<StoredOrganisation.Unit> stored = storedUnit(tenant, in.code());
        if (stored.isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ORG_UNIT_EXISTS", stored.get().active()
                    ? Message.of("Unit " + in.code() + " sudah ada.", "Unit " + in.code() + " already exists.")
                    : Message.of("Unit " + in.code() + " sudah ada dan nonaktif; aktifkan kembali dengan "
                            + "PUT dan active: true.", "Unit " + in.code() + " exists and is deactivated; reactivate "
                                    + "it with PUT and active: true."), "code");
        }
        OrgUnit unit = new OrgUnit(in.code(), in.name(), blankToNull(in.nameEn()), in.kind(), false, false,
                in.ppidPembantu(), List.of(), in.ppidPembantu() ? in.ppidDecree() : null);
        change(tenant, actor, "ORG_UNIT_ADDED", in.code(), current -> {
            String parent = blankToNull(in.parent());
            requireParent(current, parent);
            return UnitTree.withUnits(current.definition(), UnitTree.add(current.definition().orgUnits(), parent,
                    unit));
        });
        return storedUnit(tenant, in.code()).orElseThrow();
    }

    public StoredOrganisation.Unit changeUnit(Tenant tenant, String code, UnitChange in, Actor actor) {
        StoredOrganisation.Unit stored = storedUnit(tenant, code).orElseThrow(() -> unitNotFound(code));
        String action = Boolean.FALSE.equals(in.active()) ? "ORG_UNIT_DEACTIVATED"
                : Boolean.TRUE.equals(in.active()) && !stored.active() ? "ORG_UNIT_REACTIVATED" : "ORG_UNIT_CHANGED";
        change(tenant, actor, action, code, current -> {
            TenantDefinition d = current.definition();
            Optional<OrgUnit> unit = UnitTree.find(d.orgUnits(), code);
            if (Boolean.FALSE.equals(in.active())) {
                return deactivate(d, unit.orElseThrow(() -> invalid("active", "Unit " + code + " sudah nonaktif.",
                        "Unit " + code + " is deactivated already.")));
            }
            if (unit.isEmpty()) {
                if (!Boolean.TRUE.equals(in.active())) {
                    throw new DomainException(DomainException.Kind.CONFLICT, "ORG_UNIT_INACTIVE",
                            Message.of("Unit " + code + " nonaktif; aktifkan kembali dengan active: true.",
                                    "Unit " + code + " is deactivated; reactivate it with active: true."), "active");
                }
                // Back where it was, unless it is told where; it hosts no service until the definition says so.
                String parent = in.parent() != null ? blankToNull(in.parent()) : stored.parentCode();
                requireParent(current, parent);
                boolean pembantu = in.ppidPembantu() != null ? in.ppidPembantu() : stored.ppidPembantu();
                OrgUnit back = new OrgUnit(code, or(in.name(), stored.name()), or(in.nameEn(), stored.nameEn()),
                        stored.kind(), false, false, pembantu, List.of(), pembantu ? in.ppidDecree() : null);
                return UnitTree.withUnits(d, UnitTree.add(d.orgUnits(), parent, back));
            }
            OrgUnit u = unit.get();
            boolean pembantu = in.ppidPembantu() != null ? in.ppidPembantu() : u.ppidPembantu();
            OrgUnit renamed = new OrgUnit(code, or(in.name(), u.name()), in.nameEn() != null
                    ? blankToNull(in.nameEn()) : u.nameEn(), u.kind(), u.hostsSpikm(), u.hostsPpidUtama(),
                    pembantu, u.children(), !pembantu ? null : in.ppidDecree() != null ? in.ppidDecree()
                            : u.ppidDecree());
            List<OrgUnit> units = UnitTree.change(d.orgUnits(), code, x -> renamed);
            if (in.parent() != null) {
                String parent = blankToNull(in.parent());
                if (parent != null && UnitTree.within(units, code, parent)) {
                    throw invalid("parent", "Unit tidak dapat dipindah ke bawah dirinya sendiri atau sub-unitnya.",
                            "A unit cannot move under itself or one of its sub-units.");
                }
                requireParent(current, parent);
                units = UnitTree.add(UnitTree.remove(units, code), parent, renamed);
            }
            return UnitTree.withUnits(d, units);
        });
        return storedUnit(tenant, code).orElseThrow();
    }

    private TenantDefinition deactivate(TenantDefinition d, OrgUnit unit) {
        if (!unit.children().isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ORG_UNIT_HAS_SUB_UNITS",
                    Message.of("Unit " + unit.code() + " masih memiliki sub-unit; pindahkan atau nonaktifkan dulu.",
                            "Unit " + unit.code() + " still has sub-units; move or deactivate them first."), "active");
        }
        List<String> routed = d.complaintCategories().stream().filter(c -> c.routeTo().equals(unit.code()))
                .map(ComplaintCategory::code).toList();
        if (!routed.isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ORG_UNIT_RECEIVES_CATEGORIES",
                    Message.of("Kategori " + String.join(", ", routed) + " diteruskan ke unit " + unit.code()
                            + "; arahkan ke unit lain dulu.", "Categories " + String.join(", ", routed)
                                    + " are routed to unit " + unit.code() + "; route them elsewhere first."),
                    "active");
        }
        return UnitTree.withUnits(d, UnitTree.remove(d.orgUnits(), unit.code()));
    }

    public StoredOrganisation.Category addCategory(Tenant tenant, NewCategory in, Actor actor) {
        required(in.code(), "code");
        required(in.name(), "name");
        required(in.routeTo(), "routeTo");
        Optional<StoredOrganisation.Category> stored = storedCategory(tenant, in.code());
        if (stored.isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "CATEGORY_EXISTS", stored.get().active()
                    ? Message.of("Kategori " + in.code() + " sudah ada.", "Category " + in.code() + " already exists.")
                    : Message.of("Kategori " + in.code() + " sudah ada dan nonaktif; aktifkan kembali dengan "
                            + "PUT dan active: true.", "Category " + in.code() + " exists and is deactivated; "
                                    + "reactivate it with PUT and active: true."), "code");
        }
        change(tenant, actor, "CATEGORY_ADDED", in.code(), current -> {
            List<ComplaintCategory> categories = new ArrayList<>(current.definition().complaintCategories());
            categories.add(new ComplaintCategory(in.code(), in.name(), blankToNull(in.nameEn()), in.routeTo()));
            return UnitTree.withCategories(current.definition(), categories);
        });
        return storedCategory(tenant, in.code()).orElseThrow();
    }

    public StoredOrganisation.Category changeCategory(Tenant tenant, String code, CategoryChange in, Actor actor) {
        StoredOrganisation.Category stored = storedCategory(tenant, code).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "CATEGORY_NOT_FOUND", Message.of("Kategori " + code
                        + " tidak ditemukan.", "Category " + code + " not found."), "code"));
        String action = Boolean.FALSE.equals(in.active()) ? "CATEGORY_DEACTIVATED"
                : Boolean.TRUE.equals(in.active()) && !stored.active() ? "CATEGORY_REACTIVATED" : "CATEGORY_CHANGED";
        change(tenant, actor, action, code, current -> {
            List<ComplaintCategory> categories = new ArrayList<>(current.definition().complaintCategories());
            int at = -1;
            for (int i = 0; i < categories.size(); i++) {
                if (categories.get(i).code().equals(code)) {
                    at = i;
                }
            }
            if (Boolean.FALSE.equals(in.active())) {
                if (at < 0) {
                    throw invalid("active", "Kategori " + code + " sudah nonaktif.",
                            "Category " + code + " is deactivated already.");
                }
                categories.remove(at);
            } else if (at < 0) {
                if (!Boolean.TRUE.equals(in.active())) {
                    throw new DomainException(DomainException.Kind.CONFLICT, "CATEGORY_INACTIVE",
                            Message.of("Kategori " + code + " nonaktif; aktifkan kembali dengan active: true.",
                                    "Category " + code + " is deactivated; reactivate it with active: true."),
                            "active");
                }
                categories.add(new ComplaintCategory(code, or(in.name(), stored.name()),
                        or(in.nameEn(), stored.nameEn()), or(in.routeTo(), stored.routeTo())));
            } else {
                ComplaintCategory c = categories.get(at);
                categories.set(at, new ComplaintCategory(code, or(in.name(), c.name()),
                        in.nameEn() != null ? blankToNull(in.nameEn()) : c.nameEn(), or(in.routeTo(), c.routeTo())));
            }
            return UnitTree.withCategories(current.definition(), categories);
        });
        return storedCategory(tenant, code).orElseThrow();
    }

    /** One edit: applied to the definition in force, checked, kept as a version, audited, live everywhere. */
    private void change(Tenant tenant, Actor actor, String action, String subject,
            java.util.function.Function<Current, TenantDefinition> edit) {
        String slug = tenant.id().value();
        records.change(slug, current -> definitions.checkReplacement(slug, edit.apply(current)),
                DefinitionVersions.Way.ADMIN_EDIT, actor, action, Map.of("subject", subject));
        definitions.refresh();
    }

    private static void requireParent(Current current, String parent) {
        if (parent != null && UnitTree.find(current.definition().orgUnits(), parent).isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "ORG_UNIT_PARENT_NOT_FOUND",
                    Message.of("Unit induk " + parent + " tidak ada atau nonaktif.",
                            "The parent unit " + parent + " does not exist or is deactivated."), "parent");
        }
    }

    private Optional<StoredOrganisation.Unit> storedUnit(Tenant tenant, String code) {
        return definitions.units(tenant.id()).stream().filter(u -> u.code().equals(code)).findFirst();
    }

    private Optional<StoredOrganisation.Category> storedCategory(Tenant tenant, String code) {
        return definitions.categories(tenant.id()).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    private static DomainException unitNotFound(String code) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ORG_UNIT_NOT_FOUND",
                Message.of("Unit " + code + " tidak ditemukan.", "Unit " + code + " not found."), "code");
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "'" + field + "' wajib diisi.", "'" + field + "' is required.");
        }
    }

    private static DomainException invalid(String field, String id, String en) {
        return new DomainException(DomainException.Kind.INVALID, "ORGANISATION_INPUT_INVALID", Message.of(id, en),
                field);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
