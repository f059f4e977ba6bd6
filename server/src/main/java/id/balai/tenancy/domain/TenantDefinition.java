package id.balai.tenancy.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.balai.calendar.domain.OfficeHours;

/**
 * Everything that makes one regency different from another, as declared in its tenant file
 * ({@code tenants/<slug>/tenant.yaml}; every key is documented in {@code tenants/README.md}). Values the file
 * leaves out take the law's defaults here; the JSON schema states the same defaults, and a test keeps the two
 * equal.
 */
public record TenantDefinition(
        String slug,
        String name,
        String nameEn,
        String shortCode,
        String regionCode,
        Province province,
        TimeZoneCode timeZone,
        Hours officeHours,
        List<String> hosts,
        Branding branding,
        Channels channels,
        List<OrgUnit> orgUnits,
        List<ComplaintCategory> complaintCategories,
        Calendar calendar,
        RegulationParameters parameters) {

    public TenantDefinition {
        officeHours = officeHours != null ? officeHours : new Hours(LocalTime.of(8, 0), LocalTime.of(16, 0), null);
        hosts = hosts != null ? List.copyOf(hosts) : List.of();
        branding = branding != null ? branding : new Branding(null, null);
        orgUnits = orgUnits != null ? List.copyOf(orgUnits) : List.of();
        complaintCategories = complaintCategories != null ? List.copyOf(complaintCategories) : List.of();
        calendar = calendar != null ? calendar : new Calendar(null, null);
        parameters = parameters != null ? parameters : RegulationParameters.defaults();
    }

    public TenantId id() {
        return new TenantId(slug);
    }

    public record Province(String code, String name) {
    }

    public record Hours(LocalTime open, LocalTime close, LocalTime fridayClose) {
        public OfficeHours toOfficeHours() {
            return new OfficeHours(open, close, fridayClose);
        }
    }

    public record Branding(String primaryColor, String logo) {
    }

    /** The channels citizens use (SPIKM Pasal 8): the website, the SMS hotline and the e-mail address. */
    public record Channels(String website, String smsNumber, String email) {
    }

    public record OrgUnit(String code, String name, String nameEn, OrgUnitKind kind, Boolean hostsSpikm,
            Boolean hostsPpidUtama, Boolean ppidPembantu, List<OrgUnit> children) {
        public OrgUnit {
            hostsSpikm = Boolean.TRUE.equals(hostsSpikm);
            hostsPpidUtama = Boolean.TRUE.equals(hostsPpidUtama);
            ppidPembantu = Boolean.TRUE.equals(ppidPembantu);
            children = children != null ? List.copyOf(children) : List.of();
        }
    }

    /** A complaint category and the agency it is dispatched to by default (SPIKM Pasal 5b, 7c). */
    public record ComplaintCategory(String code, String name, String nameEn, String routeTo) {
    }

    public record Calendar(Boolean cutiBersamaAreDaysOff, List<TenantDayOff> daysOff) {
        public Calendar {
            cutiBersamaAreDaysOff = cutiBersamaAreDaysOff == null || cutiBersamaAreDaysOff;
            daysOff = daysOff != null ? List.copyOf(daysOff) : List.of();
        }
    }

    public record TenantDayOff(LocalDate date, String name) {
    }

    /** A unit with its parent's code, in pre-order (a parent always before its children). */
    public record PlacedUnit(OrgUnit unit, String parentCode, int position) {
    }

    /** Every unit of the tree in pre-order. */
    public List<PlacedUnit> flattenedUnits() {
        List<PlacedUnit> out = new ArrayList<>();
        for (OrgUnit u : orgUnits) {
            place(u, null, out);
        }
        return out;
    }

    private static void place(OrgUnit unit, String parent, List<PlacedUnit> out) {
        out.add(new PlacedUnit(unit, parent, out.size()));
        for (OrgUnit child : unit.children()) {
            place(child, unit.code(), out);
        }
    }

    /**
     * The rules a schema cannot express: what must be unique, what must exist, and where units may sit. The
     * schema has already checked types and formats.
     */
    /**
     * First path segments that Balai's own pages and endpoints use, so never a tenant's slug: the platform
     * operator's pages ({@code /platform/...}), the provincial admin's ({@code /provinsi/...}), and the paths the
     * server answers itself (SpaFallbackFilter's pass-through list).
     */
    public static final Set<String> RESERVED_SLUGS = Set.of("platform", "provinsi", "province", "api", "assets",
            "health", "openapi", "metrics", "open311", "ibm");

    public List<DefinitionProblem> problems() {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (slug != null && RESERVED_SLUGS.contains(slug)) {
            problems.add(new DefinitionProblem("$.slug", "'" + slug + "' is reserved for Balai's own pages"));
        }
        Set<String> codes = new HashSet<>();
        int spikmHosts = 0;
        int ppidHosts = 0;
        List<PlacedUnit> units = flattenedUnits();
        java.util.Map<String, OrgUnitKind> kinds = new java.util.HashMap<>();
        for (PlacedUnit p : units) {
            kinds.put(p.unit().code(), p.unit().kind());
        }
        for (PlacedUnit p : units) {
            OrgUnit u = p.unit();
            String where = "$.orgUnits[code=" + u.code() + "]";
            if (!codes.add(u.code())) {
                problems.add(new DefinitionProblem(where + ".code", "duplicate org unit code " + u.code()));
            }
            if (u.hostsSpikm()) {
                spikmHosts++;
            }
            if (u.hostsPpidUtama()) {
                ppidHosts++;
            }
            boolean local = u.kind() == OrgUnitKind.VILLAGE || u.kind() == OrgUnitKind.WARD;
            if (local && (p.parentCode() == null || kinds.get(p.parentCode()) != OrgUnitKind.DISTRICT)) {
                problems.add(new DefinitionProblem(where + ".kind",
                        "a " + u.kind() + " must sit under a DISTRICT"));
            }
        }
        if (spikmHosts != 1) {
            problems.add(new DefinitionProblem("$.orgUnits",
                    "exactly one unit must host SPIKM (hostsSpikm: true), found " + spikmHosts));
        }
        if (ppidHosts != 1) {
            problems.add(new DefinitionProblem("$.orgUnits",
                    "exactly one unit must host the PPID Utama (hostsPpidUtama: true), found " + ppidHosts));
        }
        Set<String> categoryCodes = new HashSet<>();
        for (int i = 0; i < complaintCategories.size(); i++) {
            ComplaintCategory c = complaintCategories.get(i);
            if (!categoryCodes.add(c.code())) {
                problems.add(new DefinitionProblem("$.complaintCategories[" + i + "].code",
                        "duplicate category code " + c.code()));
            }
            if (!codes.contains(c.routeTo())) {
                problems.add(new DefinitionProblem("$.complaintCategories[" + i + "].routeTo",
                        "no org unit with code " + c.routeTo()));
            }
        }
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < calendar.daysOff().size(); i++) {
            if (!dates.add(calendar.daysOff().get(i).date())) {
                problems.add(new DefinitionProblem("$.calendar.daysOff[" + i + "].date", "listed twice"));
            }
        }
        return problems;
    }
}
