package id.balai.tenancy.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import id.balai.platform.domain.TenantId;

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
        Notifications notifications,
        MailIntake mailIntake,
        Lapor lapor,
        Letters letters,
        CoordinationTeam coordinationTeam) {

    public TenantDefinition {
        officeHours = officeHours != null ? officeHours : new Hours(LocalTime.of(8, 0), LocalTime.of(16, 0), null);
        hosts = hosts != null ? List.copyOf(hosts) : List.of();
        branding = branding != null ? branding : new Branding(null, null);
        orgUnits = orgUnits != null ? List.copyOf(orgUnits) : List.of();
        complaintCategories = complaintCategories != null ? List.copyOf(complaintCategories) : List.of();
        calendar = calendar != null ? calendar : new Calendar(null, null);
        parameters = parameters != null ? parameters : RegulationParameters.defaults();
        map = map != null ? map : new PublicMap(null, null, null, null, null);
        notifications = notifications != null ? notifications : new Notifications(null, null, null);
        letters = letters != null ? letters : new Letters(null, null, null, null, null, null, null, null, null, null);
    }

    /** The e-mail intake, if the regency has one. */
    public java.util.Optional<MailIntake> mailIntakeIfAny() {
        return java.util.Optional.ofNullable(mailIntake);
    }

    public TenantId id() {
        return new TenantId(slug);
    }

    /**
     * The channels a citizen may choose to hear back on now (issue 16): those of the notification policy that the
     * regency can use. E-mail always; SMS with a hotline; WhatsApp once its channel is configured.
     */
    public List<String> citizenChannels() {
        boolean sms = channels != null && channels.smsNumber() != null && !channels.smsNumber().isBlank();
        boolean whatsApp = channels != null && channels.whatsApp() != null;
        return notifications.channels().stream().filter(c -> switch (c) {
            case "EMAIL" -> true;
            case "SMS" -> sms;
            case "WHATSAPP" -> whatsApp;
            default -> false;
        }).toList();
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

    /** How Balai talks to the regency's IMAP server. */
    public enum MailSecurity {
        /** TLS from the first byte (imaps, usually port 993). */
        TLS,
        /** Plain IMAP upgraded with STARTTLS, required (usually port 143). */
        STARTTLS,
        /** No encryption: only for a server on the same host (the password would cross the network in clear). */
        NONE
    }

    /**
     * The e-mail intake (issue item 3): the complaint and PPID mailboxes read over IMAP, every {@code pollSeconds}
     * (short enough that the reply leaves on the day of receipt, Perbup Luwu Timur Pasal 22(9)). Off when absent;
     * either mailbox may be absent. No secret is here: each mailbox names the environment variable holding its
     * password.
     */
    public record MailIntake(String host, Integer port, MailSecurity security, Mailbox complaints, Mailbox ppid,
            Integer pollSeconds) {
        public static final MailSecurity DEFAULT_SECURITY = MailSecurity.TLS;
        public static final int DEFAULT_POLL_SECONDS = 60;

        public MailIntake {
            security = security != null ? security : DEFAULT_SECURITY;
            pollSeconds = pollSeconds != null ? pollSeconds : DEFAULT_POLL_SECONDS;
        }
    }

    /**
     * One mailbox of the intake.
     *
     * @param address     its public address (a mail from it is the regency's own and never answered)
     * @param username    the IMAP login; the address when absent
     * @param passwordEnv the environment variable (BALAI_MAIL_…) that holds the password
     * @param folder      the folder read; INBOX when absent
     */
    public record Mailbox(String address, String username, String passwordEnv, String folder) {
        public static final String DEFAULT_FOLDER = "INBOX";

        public Mailbox {
            username = username != null ? username : address;
            folder = folder != null ? folder : DEFAULT_FOLDER;
        }
    }

    /**
     * What the regency tells citizens about their cases, and how (issue 16; SPIKM Pasal 5c and 7d, Perbup Luwu Timur
     * Pasal 22): the events (every one by default), the channels a citizen may choose (e-mail, SMS and WhatsApp by
     * default; SMS needs the hotline, WhatsApp its own configuration), and the quiet hours in which no SMS or
     * WhatsApp message leaves (21:00-07:00 in the regency's time zone by default; equal times switch them off).
     */
    public record Notifications(List<String> events, List<String> channels, QuietTime quietHours) {
        public static final List<String> ALL_EVENTS = List.of("COMPLAINT_RECEIVED", "CLARIFICATION_REQUESTED",
                "COMPLAINT_DISPATCHED", "COMPLAINT_REJECTED", "COMPLAINT_ANSWERED", "COMPLAINT_CLOSED",
                "PUBLICATION_CHANGED", "REQUEST_RECEIVED", "REQUEST_CONFIRMATION", "REQUEST_EXTENDED",
                "REQUEST_NOTICE_ISSUED", "REQUEST_OVERDUE", "OBJECTION_STEP");
        public static final List<String> ALL_CHANNELS = List.of("EMAIL", "SMS", "WHATSAPP");

        public Notifications {
            events = events != null ? List.copyOf(events) : ALL_EVENTS;
            channels = channels != null ? List.copyOf(channels) : ALL_CHANNELS;
            quietHours = quietHours != null ? quietHours : new QuietTime(LocalTime.of(21, 0), LocalTime.of(7, 0));
        }
    }

    /** A span of the night, {@code start} to {@code end} in the regency's time zone; it may cross midnight. */
    public record QuietTime(LocalTime start, LocalTime end) {
    }

    /**
     * The channels citizens use (SPIKM Pasal 8): the website, the SMS hotline, the e-mail address and, when the
     * regency has one, a WhatsApp Business number ({@code whatsApp} absent: the channel is off).
     */
    public record Channels(String website, String smsNumber, String email, WhatsApp whatsApp) {
        public Channels(String website, String smsNumber, String email) {
            this(website, smsNumber, email, null);
        }
    }

    /**
     * The regency's WhatsApp Business Cloud API number. The file holds no secret: it names the environment
     * variables that hold the access token, the app secret (which signs the webhook's deliveries) and the webhook's
     * verify token.
     *
     * @param phoneNumberId        the Cloud API's id of the number (not the number itself)
     * @param displayNumber        the number as citizens see it, for pages and help texts
     * @param graphApiUrl          the Graph API's base, version included
     * @param notificationTemplate the approved template sent outside the 24-hour customer service window; none:
     *                             nothing is sent outside it
     */
    public record WhatsApp(String phoneNumberId, String displayNumber, String graphApiUrl, String accessTokenEnv,
            String appSecretEnv, String verifyTokenEnv, WhatsAppTemplate notificationTemplate) {
        public static final String DEFAULT_GRAPH_API_URL = "https://graph.facebook.com/v21.0";

        public WhatsApp {
            graphApiUrl = graphApiUrl != null ? graphApiUrl : DEFAULT_GRAPH_API_URL;
        }
    }

    /**
     * An approved message template with one body parameter ({@code {{1}}}), which carries the message's text.
     *
     * @param language the template's language code as approved (Meta's codes: {@code id}, {@code en_US})
     */
    public record WhatsAppTemplate(String name, String language) {
        public static final String DEFAULT_LANGUAGE = "id";

        public WhatsAppTemplate {
            language = language != null ? language : DEFAULT_LANGUAGE;
        }
    }

    /**
     * A unit of the regency. {@code ppidDecree} is the decree that set up a village's or ward's PPID Pembantu: the
     * Keputusan Kepala Desa or Keputusan Lurah (Perbup Luwu Timur Pasal 8(6)); the definition rules require it there.
     */
    public record OrgUnit(String code, String name, String nameEn, OrgUnitKind kind, Boolean hostsSpikm,
            Boolean hostsPpidUtama, Boolean ppidPembantu, List<OrgUnit> children, Decree ppidDecree) {
        public OrgUnit {
            hostsSpikm = Boolean.TRUE.equals(hostsSpikm);
            hostsPpidUtama = Boolean.TRUE.equals(hostsPpidUtama);
            ppidPembantu = Boolean.TRUE.equals(ppidPembantu);
            children = children != null ? List.copyOf(children) : List.of();
        }

        public OrgUnit(String code, String name, String nameEn, OrgUnitKind kind, Boolean hostsSpikm,
                Boolean hostsPpidUtama, Boolean ppidPembantu, List<OrgUnit> children) {
            this(code, name, nameEn, kind, hostsSpikm, hostsPpidUtama, ppidPembantu, children, null);
        }

        /** The same unit with other children, keeping everything else. */
        public OrgUnit withChildren(List<OrgUnit> others) {
            return new OrgUnit(code, name, nameEn, kind, hostsSpikm, hostsPpidUtama, ppidPembantu, others,
                    ppidDecree);
        }
    }

    /**
     * The SPIKM's Tim Koordinasi as the Bupati's decree sets it (Perbup Muara Enim 29/2014 Pasal 4(1)a, 4(2)): the
     * decree and each member's post, name and office. Absent when the regency has not described it.
     */
    public record CoordinationTeam(Decree decree, List<TeamMember> members) {
        public CoordinationTeam {
            members = members != null ? List.copyOf(members) : List.of();
        }
    }

    /** A member of the Tim Koordinasi: the post of Pasal 4(1)a, the person's name and their office. */
    public record TeamMember(TeamPost post, String name, String position) {
    }

    /** The posts of the Tim Koordinasi, in the order of Pasal 4(1)a. */
    public enum TeamPost {
        PENGARAH, PENANGGUNG_JAWAB, KETUA, WAKIL_KETUA, SEKRETARIS, ANGGOTA
    }

    /** A decree by its number and date, e.g. Keputusan Kepala Desa Wewangriu Nomor 141/07/DW/V/2024. */
    public record Decree(String title, String number, LocalDate date) {
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
     * How the regency's official letters look and are numbered (Tata Naskah Dinas). Absent keys take the defaults
     * named here; the letters context reads them.
     *
     * @param government the kop's first line; default "PEMERINTAH " and the regency's name in capitals
     * @param office     the office that writes PPID letters, the kop's second line; default the PPID
     * @param address    the office's address on the kop
     * @param contact    telephone, e-mail and website on the kop
     * @param place      where letters are dated ("Malili, 7 Desember 2026"); default the regency's name
     * @param coatOfArms the regency's coat of arms: a PNG file in its folder, or a {@code data:image/png;base64,} URI
     * @param numbering  the letter number pattern: {kode}, {nomor}, {unit}, {tahun}; default
     *                   {kode}/{nomor}/{unit}/{tahun}
     * @param unit       the {unit} of PPID letters; default PPID
     * @param codes      the classification code ({kode}) per kind of letter; default 045.2 (public information)
     * @param spikmRegulation the regency's regulation on its SPIKM, cited as the legal basis of its SPIKM letters;
     *                   default the Perbup Muara Enim 29/2014 that Balai's SPIKM follows
     */
    public record Letters(String government, String office, String address, String contact, String place,
            String coatOfArms, String numbering, String unit, java.util.Map<String, String> codes,
            String spikmRegulation) {
        public Letters {
            codes = codes != null ? java.util.Map.copyOf(codes) : java.util.Map.of();
        }
    }
}
