package id.balai.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Creates the synthetic regencies through the operator's API ({@code POST /api/platform/tenants}), exactly as an
 * operator onboards one: validation, org units, categories, calendar and first admin account are the server's own.
 */
final class Onboarder {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Indonesia's provinces (Kemendagri code, name, time zone). */
    static final String[][] PROVINCES = {
        {"11", "Aceh", "WIB"}, {"12", "Sumatera Utara", "WIB"}, {"13", "Sumatera Barat", "WIB"}, {"14", "Riau", "WIB"},
        {"15", "Jambi", "WIB"}, {"16", "Sumatera Selatan", "WIB"}, {"17", "Bengkulu", "WIB"}, {"18", "Lampung", "WIB"},
        {"19", "Kepulauan Bangka Belitung", "WIB"}, {"21", "Kepulauan Riau", "WIB"}, {"31", "DKI Jakarta", "WIB"},
        {"32", "Jawa Barat", "WIB"}, {"33", "Jawa Tengah", "WIB"}, {"34", "DI Yogyakarta", "WIB"},
        {"35", "Jawa Timur", "WIB"}, {"36", "Banten", "WIB"}, {"51", "Bali", "WITA"},
        {"52", "Nusa Tenggara Barat", "WITA"}, {"53", "Nusa Tenggara Timur", "WITA"},
        {"61", "Kalimantan Barat", "WIB"}, {"62", "Kalimantan Tengah", "WIB"}, {"63", "Kalimantan Selatan", "WITA"},
        {"64", "Kalimantan Timur", "WITA"}, {"65", "Kalimantan Utara", "WITA"}, {"71", "Sulawesi Utara", "WITA"},
        {"72", "Sulawesi Tengah", "WITA"}, {"73", "Sulawesi Selatan", "WITA"}, {"74", "Sulawesi Tenggara", "WITA"},
        {"75", "Gorontalo", "WITA"}, {"76", "Sulawesi Barat", "WITA"}, {"81", "Maluku", "WIT"},
        {"82", "Maluku Utara", "WIT"}, {"91", "Papua", "WIT"}, {"92", "Papua Barat", "WIT"},
        {"93", "Papua Selatan", "WIT"}, {"94", "Papua Tengah", "WIT"}, {"95", "Papua Pegunungan", "WIT"},
        {"96", "Papua Barat Daya", "WIT"}
    };

    static final String[][] AGENCIES = {
        {"DINKES", "Dinas Kesehatan"}, {"DISDIK", "Dinas Pendidikan"}, {"PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"},
        {"DLH", "Dinas Lingkungan Hidup"}, {"DINSOS", "Dinas Sosial"}, {"DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil"},
        {"DISHUB", "Dinas Perhubungan"}, {"DPMPTSP", "Dinas Penanaman Modal dan PTSP"}, {"BPBD", "Badan Penanggulangan Bencana Daerah"},
        {"DISTAN", "Dinas Pertanian"}, {"DKP", "Dinas Kelautan dan Perikanan"}, {"DISPAR", "Dinas Pariwisata"},
        {"DISNAKER", "Dinas Tenaga Kerja"}, {"DPMD", "Dinas Pemberdayaan Masyarakat dan Desa"}, {"BAPPEDA", "Badan Perencanaan Pembangunan Daerah"},
        {"BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"}, {"INSPEKTORAT", "Inspektorat Daerah"},
        {"DISPERINDAG", "Dinas Perindustrian dan Perdagangan"}, {"SATPOLPP", "Satuan Polisi Pamong Praja"},
        {"PERKIM", "Dinas Perumahan dan Kawasan Permukiman"}
    };

    static final String[][] CATEGORIES = {
        {"JALAN", "Jalan dan jembatan", "PUPR"}, {"KESEHATAN", "Kesehatan", "DINKES"},
        {"PENDIDIKAN", "Pendidikan", "DISDIK"}, {"SAMPAH", "Kebersihan dan sampah", "DLH"},
        {"BANSOS", "Bantuan sosial", "DINSOS"}, {"ADMINDUK", "Administrasi kependudukan", "DISDUKCAPIL"},
        {"TRANSPORTASI", "Transportasi", "DISHUB"}, {"PERIZINAN", "Perizinan", "DPMPTSP"},
        {"BENCANA", "Bencana", "BPBD"}, {"KETERTIBAN", "Ketertiban umum", "SATPOLPP"},
        {"LAINNYA", "Lainnya", "KOMINFO"}
    };

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private String token;

    Onboarder(String api) {
        this.api = api.replaceAll("/+$", "");
    }

    void signIn(String password) throws IOException, InterruptedException {
        JsonNode r = send("POST", "/api/auth/login",
                Map.of("tenant", "", "username", "operator", "password", password), 200);
        token = r.get("accessToken").asText();
    }

    Set<String> existingSlugs() throws IOException, InterruptedException {
        Set<String> slugs = new HashSet<>();
        for (JsonNode t : send("GET", "/api/platform/tenants", null, 200)) {
            slugs.add(t.get("slug").asText());
        }
        return slugs;
    }

    /** The synthetic tenant number {@code i} (1-based); deterministic, unique codes and numbers. */
    static Map<String, Object> definition(int i) {
        String[] p = PROVINCES[(i - 1) % PROVINCES.length];
        int inProvince = (i - 1) / PROVINCES.length;
        Map<String, Object> d = new LinkedHashMap<>();
        String n = String.format("%03d", i);
        d.put("slug", "kab-bench-" + n);
        d.put("name", "Kabupaten Contoh " + n);
        d.put("shortCode", shortCode(i));
        d.put("regionCode", p[0] + "." + String.format("%02d", 40 + inProvince));
        d.put("province", Map.of("code", p[0], "name", p[1]));
        d.put("timeZone", p[2]);
        d.put("channels", Map.of("website", "kab-bench-" + n + ".example", "smsNumber", String.format("0819%08d", i)));
        List<Object> units = new ArrayList<>();
        units.add(Map.of("code", "SETDA", "name", "Sekretariat Daerah", "kind", "REGIONAL_SECRETARIAT", "ppidPembantu", true));
        units.add(Map.of("code", "KOMINFO", "name", "Dinas Komunikasi dan Informatika", "kind", "AGENCY",
                "hostsSpikm", true, "hostsPpidUtama", true));
        for (int a = 0; a < AGENCIES.length; a++) {
            units.add(Map.of("code", AGENCIES[a][0], "name", AGENCIES[a][1], "kind", "AGENCY", "ppidPembantu", a % 2 == 0));
        }
        units.add(Map.of("code", "DPRD", "name", "Sekretariat DPRD", "kind", "DPRD_SECRETARIAT", "ppidPembantu", true));
        for (int k = 1; k <= 8; k++) {
            List<Object> villages = new ArrayList<>();
            for (int v = 1; v <= 3; v++) {
                String name = "Desa " + Words.PLACES[(k * 3 + v) % Words.PLACES.length].replaceFirst("^[A-Za-z]+ ", "")
                        + " " + v;
                Map<String, Object> village = new java.util.LinkedHashMap<>(Map.of("code",
                        String.format("DESA-%02d-%02d", k, v), "name", name, "kind", "VILLAGE", "ppidPembantu", v == 1));
                if (v == 1) {
                    // A village's PPID Pembantu is set up by the village head's decree (Perbup LT Pasal 8(6)).
                    village.put("ppidDecree", Map.of("title", "Keputusan Kepala " + name, "number",
                            String.format("141/%02d/%02d/2025", k, v), "date", "2025-02-03"));
                }
                villages.add(village);
            }
            units.add(Map.of("code", String.format("KEC-%02d", k), "name", "Kecamatan Contoh " + k, "kind", "DISTRICT",
                    "ppidPembantu", true, "children", villages));
        }
        d.put("orgUnits", units);
        List<Object> categories = new ArrayList<>();
        for (String[] c : CATEGORIES) {
            categories.add(Map.of("code", c[0], "name", c[1], "routeTo", c[2]));
        }
        d.put("complaintCategories", categories);
        return d;
    }

    /** Three letters, Q first (the sample tenants use two letters): QAA, QAB, ... */
    static String shortCode(int i) {
        int k = i - 1;
        return "Q" + (char) ('A' + (k / 26) % 26) + (char) ('A' + k % 26);
    }

    /** @return the first admin's username and one-time password, as the operator is shown them once */
    String[] onboard(Map<String, Object> definition) throws IOException, InterruptedException {
        JsonNode admin = send("POST", "/api/platform/tenants", definition, 201).get("admin");
        return new String[] {admin.get("username").asText(), admin.get("oneTimePassword").asText()};
    }

    private JsonNode send(String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IOException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
