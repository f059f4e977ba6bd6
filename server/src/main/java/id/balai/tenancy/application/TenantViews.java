package id.balai.tenancy.application;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import id.balai.tenancy.domain.RegulationParameters;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.infrastructure.OrgUnitRow;

/** What the API shows of a tenant: public facts only (a tenant definition holds no personal data). */
public final class TenantViews {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private TenantViews() {
    }

    public record Province(String code, String name) {
    }

    /** One line of the regency list on the landing page. */
    public record TenantSummary(String slug, String name, Province province, String timeZone) {
    }

    public record OfficeHours(String open, String close, String fridayClose) {
    }

    public record Channels(String website, String smsNumber, String email) {
    }

    public record Branding(String primaryColor, String logo) {
    }

    /** The portal's maps: tile template, credit, zoom range and where they open. */
    public record PublicMap(String tiles, String attribution, int maxZoom, double latitude, double longitude,
            int zoom) {
    }

    /** {@code ppidDecree}: the village head's or lurah's decree that set up the unit's PPID Pembantu (Pasal 8(6)). */
    public record OrgUnit(String code, String name, String nameEn, String kind, boolean hostsSpikm,
            boolean hostsPpidUtama, boolean ppidPembantu, List<OrgUnit> children, TenantDefinition.Decree ppidDecree) {
    }

    public record Category(String code, String name, String nameEn, String routeTo) {
    }

    /** A regency's public profile: what its portal shows and what clients need to talk to it. */
    public record TenantView(String slug, String name, String nameEn, String shortCode, String regionCode,
            Province province, String timeZone, String zoneId, OfficeHours officeHours, List<String> hosts,
            Channels channels, Branding branding, List<OrgUnit> orgUnits, List<Category> complaintCategories,
            RegulationParameters parameters, PublicMap map, List<String> notificationChannels) {
    }

    /** An org unit as stored, flat, with its parent's code. */
    public record OrgUnitLine(String code, String parentCode, String name, String nameEn, String kind,
            boolean hostsSpikm, boolean hostsPpidUtama, boolean ppidPembantu) {
    }

    public static TenantSummary summary(Tenant t) {
        TenantDefinition d = t.definition();
        return new TenantSummary(d.slug(), d.name(), new Province(d.province().code(), d.province().name()),
                d.timeZone().name());
    }

    public static TenantView view(Tenant t) {
        TenantDefinition d = t.definition();
        return new TenantView(d.slug(), d.name(), d.nameEn(), d.shortCode(), d.regionCode(),
                new Province(d.province().code(), d.province().name()), d.timeZone().name(), t.zone().getId(),
                new OfficeHours(time(d.officeHours().open()), time(d.officeHours().close()),
                        time(d.officeHours().fridayClose())),
                d.hosts(),
                new Channels(d.channels().website(), d.channels().smsNumber(), d.channels().email()),
                new Branding(d.branding().primaryColor(), d.branding().logo()),
                d.orgUnits().stream().map(TenantViews::unit).toList(),
                d.complaintCategories().stream().map(c -> new Category(c.code(), c.name(), c.nameEn(), c.routeTo()))
                        .toList(),
                d.parameters(), new PublicMap(d.map().tiles(), d.map().attribution(), d.map().maxZoom(),
                        d.map().center().latitude(), d.map().center().longitude(), d.map().zoom()),
                d.citizenChannels());
    }

    public static OrgUnitLine line(OrgUnitRow r) {
        return new OrgUnitLine(r.code(), r.parentCode(), r.name(), r.nameEn(), r.kind().name(), r.hostsSpikm(),
                r.hostsPpidUtama(), r.ppidPembantu());
    }

    private static OrgUnit unit(TenantDefinition.OrgUnit u) {
        return new OrgUnit(u.code(), u.name(), u.nameEn(), u.kind().name(), u.hostsSpikm(), u.hostsPpidUtama(),
                u.ppidPembantu(), u.children().stream().map(TenantViews::unit).toList(), u.ppidDecree());
    }

    private static String time(LocalTime t) {
        return t == null ? null : HH_MM.format(t);
    }
}
