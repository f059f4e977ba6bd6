package id.balai.tenancy.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

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
        RegulationParameters parameters,
        PublicMap map,
        Lapor lapor) {

    public TenantDefinition {
        officeHours = officeHours != null ? officeHours : new Hours(LocalTime.of(8, 0), LocalTime.of(16, 0), null);
        hosts = hosts != null ? List.copyOf(hosts) : List.of();
        branding = branding != null ? branding : new Branding(null, null);
        orgUnits = orgUnits != null ? List.copyOf(orgUnits) : List.of();
        complaintCategories = complaintCategories != null ? List.copyOf(complaintCategories) : List.of();
        calendar = calendar != null ? calendar : new Calendar(null, null);
        parameters = parameters != null ? parameters : RegulationParameters.defaults();
        map = map != null ? map : new PublicMap(null, null, null, null, null);
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

    /**
     * The portal's maps (issue 15): the tile source (a URL template on one HTTPS host, OpenStreetMap's by default;
     * the portal's Content-Security-Policy allows exactly that host), its attribution, and where the map opens.
     */
    public record PublicMap(String tiles, String attribution, Integer maxZoom, MapPoint center, Integer zoom) {
        public static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
        public static final String OSM_ATTRIBUTION = "© kontributor OpenStreetMap";
        /** The middle of Indonesia, for a regency that names no centre. */
        public static final MapPoint INDONESIA = new MapPoint(-2.5, 118.0);

        public PublicMap {
            boolean ownTiles = tiles != null;
            tiles = ownTiles ? tiles : OSM_TILES;
            attribution = attribution != null ? attribution : ownTiles ? "" : OSM_ATTRIBUTION;
            maxZoom = maxZoom != null ? maxZoom : 19;
            zoom = zoom != null ? zoom : center != null ? 11 : 5;
            center = center != null ? center : INDONESIA;
        }

        /** {@code https://host[:port]}: the one origin images may come from besides the portal itself. */
        public String tileOrigin() {
            java.net.URI uri = java.net.URI.create(tiles.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
            return uri.getScheme() + "://" + uri.getRawAuthority();
        }
    }

    public record MapPoint(double latitude, double longitude) {
    }

    /**
     * The link to SP4N-LAPOR!, the national complaint application (Perpres 95/2018); absent, the link is off. The
     * token is never here: {@code tokenEnv} names the environment variable that holds it.
     *
     * @param pullSeconds  how often reports LAPOR! dispatched to the regency are pulled
     * @param retrySeconds the wait after a failed send, doubled after every further failure
     * @param maxAttempts  sends of one step before it is given up (the error stays recorded)
     * @param topics       LAPOR!'s topics and the regency's complaint categories, both ways
     * @param agencies     LAPOR!'s agencies and the regency's units
     */
    public record Lapor(String baseUrl, String tokenEnv, Integer pullSeconds, Integer retrySeconds,
            Integer maxAttempts, List<LaporTopic> topics, List<LaporAgency> agencies) {
        public static final int DEFAULT_PULL_SECONDS = 300;
        public static final int DEFAULT_RETRY_SECONDS = 30;
        public static final int DEFAULT_MAX_ATTEMPTS = 5;

        public Lapor {
            pullSeconds = pullSeconds != null ? pullSeconds : DEFAULT_PULL_SECONDS;
            retrySeconds = retrySeconds != null ? retrySeconds : DEFAULT_RETRY_SECONDS;
            maxAttempts = maxAttempts != null ? maxAttempts : DEFAULT_MAX_ATTEMPTS;
            topics = topics != null ? List.copyOf(topics) : List.of();
            agencies = agencies != null ? List.copyOf(agencies) : List.of();
        }

        /** The category of a report on {@code topic}, when the file maps it. */
        public java.util.Optional<String> categoryOf(String topic) {
            return topics.stream().filter(t -> t.topic().equalsIgnoreCase(topic == null ? "" : topic.trim()))
                    .map(LaporTopic::category).findFirst();
        }

        /** LAPOR!'s topic for a category: the first mapping that names it. */
        public java.util.Optional<String> topicOf(String category) {
            return topics.stream().filter(t -> t.category().equals(category)).map(LaporTopic::topic).findFirst();
        }

        /** The unit that follows up what LAPOR! sends to {@code agency}, when the file maps it. */
        public java.util.Optional<String> unitOf(String agency) {
            return agencies.stream().filter(a -> a.agency().equalsIgnoreCase(agency == null ? "" : agency.trim()))
                    .map(LaporAgency::unit).findFirst();
        }
    }

    public record LaporTopic(String topic, String category) {
    }

    public record LaporAgency(String agency, String unit) {
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
}
