package id.balai.tenancy.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import id.balai.platform.domain.PhoneNumber;

/**
 * The rules of a regency's definition that its JSON schema cannot express: what must be unique, what must exist,
 * what must agree with what. They read the document itself rather than the {@link TenantDefinition} record, so that
 * they run even where the schema already found something wrong (a value of the wrong type is skipped here: the
 * schema reports it) and every problem is named with the document's own path. Every path that accepts a definition
 * (tenant files at start, onboarding, archive import, a replacement, an admin's edit) applies all of them, through
 * {@code TenantFileReader}.
 */
public final class DefinitionRules {

    /**
     * First path segments that Balai's own pages and endpoints use, so never a tenant's slug: the platform
     * operator's pages ({@code /platform/...}), the provincial admin's ({@code /provinsi/...}), and the paths the
     * server answers itself (SpaFallbackFilter's pass-through list).
     */
    public static final Set<String> RESERVED_SLUGS = Set.of("platform", "provinsi", "province", "api", "assets",
            "health", "openapi", "metrics", "open311", "ibm");

    private static final LocalTime DEFAULT_OPEN = LocalTime.of(8, 0);
    private static final LocalTime DEFAULT_CLOSE = LocalTime.of(16, 0);

    private DefinitionRules() {
    }

    /** Every rule about the definition on its own; empty when all hold. */
    public static List<DefinitionProblem> check(JsonNode doc) {
        List<DefinitionProblem> problems = new ArrayList<>();
        reservedSlug(doc, problems);
        regionInProvince(doc, problems);
        officeHours(doc, problems);
        Map<String, String> unitCodes = orgUnits(doc, problems);
        categories(doc, unitCodes, problems);
        daysOff(doc, problems);
        mapZoom(doc, problems);
        mailIntakeSecurity(doc, problems);
        lapor(doc, unitCodes, problems);
        coordinationTeam(doc, problems);
        return problems;
    }

    /** The Tim Koordinasi has one chair (Perbup Muara Enim Pasal 4(1)a angka 3). */
    private static void coordinationTeam(JsonNode doc, List<DefinitionProblem> problems) {
        JsonNode members = doc.path("coordinationTeam").path("members");
        if (!members.isArray() || members.isEmpty()) {
            return;
        }
        long chairs = 0;
        for (JsonNode m : members) {
            chairs += "KETUA".equals(m.path("post").asText()) ? 1 : 0;
        }
        if (chairs != 1) {
            problems.add(DefinitionProblem.of("$.coordinationTeam.members",
                    "the Tim Koordinasi has exactly one KETUA (chair), found " + chairs,
                    "Tim Koordinasi mempunyai tepat satu Ketua, ada " + chairs));
        }
    }

    /**
     * What the definition takes that another regency already has: the slug, the short code (tracking numbers), a
     * host name (requests are routed by host) and the SMS hotline (the receiver of an SMS selects the regency,
     * SPIKM Pasal 8).
     */
    public static List<DefinitionProblem> clashes(JsonNode doc, Collection<TenantDefinition> others) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Optional<String> slug = text(doc.path("slug"));
        Optional<String> shortCode = text(doc.path("shortCode"));
        Optional<PhoneNumber> sms = text(doc.path("channels").path("smsNumber")).flatMap(PhoneNumber::parse);
        Map<String, String> hostOwners = new HashMap<>();
        Map<String, String> shortCodeOwners = new HashMap<>();
        Map<PhoneNumber, String> smsOwners = new HashMap<>();
        for (TenantDefinition o : others) {
            if (slug.isPresent() && slug.get().equals(o.slug())) {
                problems.add(DefinitionProblem.clash("$.slug", "tenant " + o.slug() + " already exists",
                        "kabupaten/kota " + o.slug() + " sudah ada"));
            }
            shortCodeOwners.putIfAbsent(o.shortCode(), o.slug());
            o.hosts().forEach(h -> hostOwners.putIfAbsent(h.toLowerCase(Locale.ROOT), o.slug()));
            if (o.channels() != null) {
                PhoneNumber.parse(o.channels().smsNumber()).ifPresent(n -> smsOwners.putIfAbsent(n, o.slug()));
            }
        }
        shortCode.map(shortCodeOwners::get).ifPresent(owner -> problems.add(DefinitionProblem.clash("$.shortCode",
                "short code " + shortCode.get() + " is already used by tenant " + owner,
                "kode singkat " + shortCode.get() + " sudah dipakai kabupaten/kota " + owner)));
        JsonNode hosts = doc.path("hosts");
        for (int i = 0; i < hosts.size(); i++) {
            Optional<String> host = text(hosts.get(i));
            if (host.isPresent() && hostOwners.containsKey(host.get().toLowerCase(Locale.ROOT))) {
                String owner = hostOwners.get(host.get().toLowerCase(Locale.ROOT));
                problems.add(DefinitionProblem.clash("$.hosts[" + i + "]",
                        host.get() + " is already declared by tenant " + owner,
                        host.get() + " sudah dinyatakan oleh kabupaten/kota " + owner));
            }
        }
        sms.map(smsOwners::get).ifPresent(owner -> problems.add(DefinitionProblem.clash("$.channels.smsNumber",
                doc.path("channels").path("smsNumber").asText() + " is already the SMS number of tenant " + owner,
                doc.path("channels").path("smsNumber").asText() + " sudah menjadi nomor SMS kabupaten/kota "
                        + owner)));
        return problems;
    }

    private static void reservedSlug(JsonNode doc, List<DefinitionProblem> problems) {
        text(doc.path("slug")).filter(RESERVED_SLUGS::contains).ifPresent(s -> problems.add(DefinitionProblem.of(
                "$.slug", "'" + s + "' is reserved for Balai's own pages",
                "'" + s + "' dipakai oleh halaman Balai sendiri")));
    }

    /** The Kemendagri region code is the province's code, a dot, the regency's number. */
    private static void regionInProvince(JsonNode doc, List<DefinitionProblem> problems) {
        Optional<String> region = text(doc.path("regionCode"));
        Optional<String> province = text(doc.path("province").path("code"));
        if (region.isPresent() && province.isPresent() && !region.get().startsWith(province.get() + ".")) {
            problems.add(DefinitionProblem.of("$.regionCode",
                    "region code " + region.get() + " is not in province " + province.get() + ": it must start with "
                            + province.get() + ".",
                    "kode wilayah " + region.get() + " tidak berada di provinsi " + province.get()
                            + ": harus diawali " + province.get() + "."));
        }
    }

    /** An IMAP login without encryption would send the mailbox's password across the network in clear. */
    private static void mailIntakeSecurity(JsonNode doc, List<DefinitionProblem> problems) {
        JsonNode intake = doc.path("mailIntake");
        String host = intake.path("host").asText("");
        if ("NONE".equals(intake.path("security").asText())
                && !Set.of("localhost", "127.0.0.1", "::1").contains(host.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(DefinitionProblem.of("$.mailIntake.security",
                    "security NONE would send the IMAP password in clear to " + host
                            + ": use TLS or STARTTLS (NONE only for localhost)",
                    "security NONE akan mengirim kata sandi IMAP tanpa enkripsi ke " + host
                            + ": gunakan TLS atau STARTTLS (NONE hanya untuk localhost)"));
        }
    }

    /** A map that opens closer than its tiles go would show an empty grey square. */
    private static void mapZoom(JsonNode doc, List<DefinitionProblem> problems) {
        JsonNode map = doc.path("map");
        int max = map.path("maxZoom").isInt() ? map.path("maxZoom").intValue() : 19;
        if (map.path("zoom").isInt() && map.path("zoom").intValue() > max) {
            problems.add(DefinitionProblem.of("$.map.zoom",
                    "the map opens at zoom " + map.path("zoom").intValue() + " but its tiles stop at " + max
                            + ": zoom must be at most maxZoom",
                    "peta dibuka pada zoom " + map.path("zoom").intValue() + " padahal ubinnya hanya sampai " + max
                            + ": zoom paling besar sama dengan maxZoom"));
        }
    }

    /** An office that closes before it opens would make every receipt date and deadline undefined. */
    private static void officeHours(JsonNode doc, List<DefinitionProblem> problems) {
        JsonNode hours = doc.path("officeHours");
        Optional<LocalTime> open = hours.has("open") ? time(hours.get("open")) : Optional.of(DEFAULT_OPEN);
        Optional<LocalTime> close = hours.has("close") ? time(hours.get("close")) : Optional.of(DEFAULT_CLOSE);
        if (open.isEmpty()) {
            return;
        }
        if (close.isPresent() && !close.get().isAfter(open.get())) {
            problems.add(DefinitionProblem.of(hours.has("close") ? "$.officeHours.close" : "$.officeHours.open",
                    "the office closes at " + close.get() + ", not after it opens at " + open.get(),
                    "kantor tutup pukul " + close.get() + ", tidak setelah buka pukul " + open.get()));
        }
        Optional<LocalTime> friday = hours.has("fridayClose") ? time(hours.get("fridayClose")) : Optional.empty();
        if (friday.isPresent() && !friday.get().isAfter(open.get())) {
            problems.add(DefinitionProblem.of("$.officeHours.fridayClose",
                    "on Fridays the office closes at " + friday.get() + ", not after it opens at " + open.get(),
                    "pada hari Jumat kantor tutup pukul " + friday.get() + ", tidak setelah buka pukul "
                            + open.get()));
        }
    }

    /** @return every unit code with its path */
    private static Map<String, String> orgUnits(JsonNode doc, List<DefinitionProblem> problems) {
        Map<String, String> codes = new HashMap<>();
        JsonNode units = doc.path("orgUnits");
        if (!units.isArray()) {
            return codes;
        }
        List<String> spikm = new ArrayList<>();
        List<String> ppid = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            unit(units.get(i), "$.orgUnits[" + i + "]", null, codes, spikm, ppid, problems);
        }
        hosts(spikm, "hostsSpikm", "SPIKM", "SPIKM", problems);
        hosts(ppid, "hostsPpidUtama", "the PPID Utama", "PPID Utama", problems);
        return codes;
    }

    private static void unit(JsonNode unit, String path, String parentKind, Map<String, String> codes,
            List<String> spikm, List<String> ppid, List<DefinitionProblem> problems) {
        if (!unit.isObject()) {
            return;
        }
        Optional<String> code = text(unit.path("code"));
        Optional<String> kind = text(unit.path("kind"));
        if (code.isPresent()) {
            String first = codes.putIfAbsent(code.get(), path + ".code");
            if (first != null) {
                problems.add(DefinitionProblem.of(path + ".code",
                        "duplicate org unit code " + code.get() + " (first at " + first + ")",
                        "kode unit organisasi " + code.get() + " ganda (pertama di " + first + ")"));
            }
        }
        if (unit.path("hostsSpikm").asBoolean(false)) {
            spikm.add(path + ".hostsSpikm");
        }
        if (unit.path("hostsPpidUtama").asBoolean(false)) {
            ppid.add(path + ".hostsPpidUtama");
        }
        // A desa or kelurahan is part of a kecamatan (UU 23/2014 Ps 1 no. 43, PP 17/2018 Ps 1).
        boolean local = kind.filter(k -> k.equals("VILLAGE") || k.equals("WARD")).isPresent();
        if (local && !"DISTRICT".equals(parentKind)) {
            problems.add(DefinitionProblem.of(path + ".kind",
                    "a " + kind.get() + " must sit under a DISTRICT",
                    (kind.get().equals("VILLAGE") ? "desa" : "kelurahan") + " harus berada di bawah kecamatan "
                            + "(DISTRICT)"));
        }
        // A village's or ward's PPID Pembantu is set up by the village head's or the lurah's decree (Perbup Luwu
        // Timur Pasal 8(6)); without one it is not a PPID Pembantu in law.
        if (local && unit.path("ppidPembantu").asBoolean(false) && !unit.path("ppidDecree").isObject()) {
            problems.add(DefinitionProblem.of(path + ".ppidDecree",
                    "a " + kind.get() + " with ppidPembantu: true names the decree that set it up (title, number, "
                            + "date; Perbup Pasal 8(6))",
                    (kind.get().equals("VILLAGE") ? "PPID Pembantu desa ditetapkan dengan Keputusan Kepala Desa"
                            : "PPID Pembantu kelurahan ditetapkan dengan Keputusan Lurah")
                            + "; sebutkan keputusannya (judul, nomor, tanggal; Perbup Pasal 8 ayat 6)"));
        }
        JsonNode children = unit.path("children");
        for (int i = 0; i < children.size(); i++) {
            unit(children.get(i), path + ".children[" + i + "]", kind.orElse(null), codes, spikm, ppid, problems);
        }
    }

    /** Exactly one unit hosts SPIKM (Perbup Muara Enim Ps 3(1)), exactly one the PPID Utama (Perbup LT Ps 8(2)). */
    private static void hosts(List<String> flagged, String key, String en, String id,
            List<DefinitionProblem> problems) {
        if (flagged.isEmpty()) {
            problems.add(DefinitionProblem.of("$.orgUnits",
                    "exactly one unit must host " + en + " (" + key + ": true), found 0",
                    "tepat satu unit harus menjadi tempat " + id + " (" + key + ": true), tidak ada"));
        }
        if (flagged.size() > 1) {
            for (String path : flagged) {
                problems.add(DefinitionProblem.of(path,
                        "exactly one unit must host " + en + " (" + key + ": true), found " + flagged.size(),
                        "tepat satu unit harus menjadi tempat " + id + " (" + key + ": true), ada "
                                + flagged.size()));
            }
        }
    }

    private static void categories(JsonNode doc, Map<String, String> unitCodes, List<DefinitionProblem> problems) {
        JsonNode categories = doc.path("complaintCategories");
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            JsonNode c = categories.get(i);
            String path = "$.complaintCategories[" + i + "]";
            Optional<String> code = text(c.path("code"));
            if (code.isPresent()) {
                String first = seen.putIfAbsent(code.get(), path + ".code");
                if (first != null) {
                    problems.add(DefinitionProblem.of(path + ".code",
                            "duplicate category code " + code.get() + " (first at " + first + ")",
                            "kode kategori " + code.get() + " ganda (pertama di " + first + ")"));
                }
            }
            // SPIKM Pasal 7c: an item is dispatched to the unit its category names.
            Optional<String> routeTo = text(c.path("routeTo"));
            if (routeTo.isPresent() && doc.path("orgUnits").isArray() && !unitCodes.containsKey(routeTo.get())) {
                problems.add(DefinitionProblem.of(path + ".routeTo", "no org unit with code " + routeTo.get(),
                        "tidak ada unit organisasi dengan kode " + routeTo.get()));
            }
        }
    }

    /** What LAPOR! sends is mapped onto the regency's own categories and units: those must exist. */
    private static void lapor(JsonNode doc, Map<String, String> unitCodes, List<DefinitionProblem> problems) {
        JsonNode lapor = doc.path("lapor");
        java.util.Set<String> categoryCodes = new java.util.HashSet<>();
        doc.path("complaintCategories").forEach(c -> text(c.path("code")).ifPresent(categoryCodes::add));
        JsonNode topics = lapor.path("topics");
        for (int i = 0; i < topics.size(); i++) {
            Optional<String> category = text(topics.get(i).path("category"));
            if (category.isPresent() && !categoryCodes.contains(category.get())) {
                problems.add(DefinitionProblem.of("$.lapor.topics[" + i + "].category",
                        "no complaint category with code " + category.get(),
                        "tidak ada kategori pengaduan dengan kode " + category.get()));
            }
        }
        JsonNode agencies = lapor.path("agencies");
        for (int i = 0; i < agencies.size(); i++) {
            Optional<String> unit = text(agencies.get(i).path("unit"));
            if (unit.isPresent() && doc.path("orgUnits").isArray() && !unitCodes.containsKey(unit.get())) {
                problems.add(DefinitionProblem.of("$.lapor.agencies[" + i + "].unit",
                        "no org unit with code " + unit.get(), "tidak ada unit organisasi dengan kode " + unit.get()));
            }
        }
    }

    private static void daysOff(JsonNode doc, List<DefinitionProblem> problems) {
        JsonNode days = doc.path("calendar").path("daysOff");
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            String path = "$.calendar.daysOff[" + i + "].date";
            Optional<String> date = text(days.get(i).path("date"));
            if (date.isPresent() && seen.putIfAbsent(date.get(), path) != null) {
                problems.add(DefinitionProblem.of(path, date.get() + " is listed twice (first at "
                        + seen.get(date.get()) + ")", date.get() + " tercantum dua kali (pertama di "
                        + seen.get(date.get()) + ")"));
            }
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static Optional<LocalTime> time(JsonNode node) {
        try {
            return text(node).map(LocalTime::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty(); // the schema reports the format
        }
    }
}
