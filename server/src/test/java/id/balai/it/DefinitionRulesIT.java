package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.restassured.response.Response;

/**
 * One check of a regency's definition on every path (issue 14, item 3): each cross-field rule's broken definition
 * (the tests' tenant folder holds one file per rule, {@code server/src/test/tenants/rusak-*}) is refused with its
 * path on the file path at start, on onboarding, on archive import and on the replacement of a running regency's
 * definition; nothing is created or changed, and bad input is never a 5xx.
 */
class DefinitionRulesIT extends BalaiIT {

    /** A broken file, the path its problem must be reported at, and whether it is a clash with Muara Enim. */
    record Case(String folder, String path, boolean clash) {
    }

    static final List<Case> CASES = List.of(
            new Case("rusak-wilayah", "$.regionCode", false),
            new Case("rusak-jam", "$.officeHours.close", false),
            new Case("rusak-jumat", "$.officeHours.fridayClose", false),
            new Case("rusak-kode-unit", "$.orgUnits[1].children[0].code", false),
            new Case("rusak-spikm", "$.orgUnits[1].hostsSpikm", false),
            new Case("rusak-ppid", "$.orgUnits", false),
            new Case("rusak-desa", "$.orgUnits[0].children[0].kind", false),
            new Case("rusak-rute", "$.complaintCategories[0].routeTo", false),
            new Case("rusak-kategori", "$.complaintCategories[1].code", false),
            new Case("rusak-libur", "$.calendar.daysOff[1].date", false),
            new Case("rusak-kunci", "$.parameters.complaint.bogus", false),
            new Case("rusak-host", "$.hosts[0]", true),
            new Case("rusak-singkat", "$.shortCode", true),
            new Case("rusak-sms", "$.channels.smsNumber", true));

    /** The slug differs from the folder: a file problem; on the replacement, a slug that changes. */
    static final Case SLUG = new Case("rusak-folder", "$.slug", false);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private void assertRefused(SoftAssertions soft, Case c, Response r) {
        soft.assertThat(r.statusCode()).as(c.folder() + ": " + r.asString()).isEqualTo(c.clash() ? 409 : 422);
        soft.assertThat((String) r.path("code")).as(c.folder())
                .isEqualTo(c.clash() ? "TENANT_CLASHES" : "TENANT_DEFINITION_INVALID");
        soft.assertThat(r.jsonPath().getList("problems.path", String.class)).as(c.folder()).contains(c.path());
        soft.assertThat((String) r.path("message.id")).as(c.folder()).isNotBlank();
        soft.assertThat((String) r.path("message.en")).as(c.folder()).isNotBlank();
        soft.assertThat(r.jsonPath().getList("problems.messageId", String.class)).as(c.folder())
                .allSatisfy(m -> assertThat(m).isNotBlank());
    }

    @Test
    void theFilePathRejectsEachBrokenFileByFileAndPathAndStartsTheOthers() {
        String health = api().get("/health/ready").then().statusCode(200).extract().asString();
        SoftAssertions soft = new SoftAssertions();
        for (Case c : concat(CASES, SLUG)) {
            // "rejected.N": "<folder>/tenant.yaml: <path>: <message>; ..."
            soft.assertThat(health).as(c.folder()).containsPattern(java.util.regex.Pattern.quote(
                    c.folder() + "/tenant.yaml: ") + "[^\"]*" + java.util.regex.Pattern.quote(c.path() + ":"));
            soft.assertThat(api().get("/api/t/" + c.folder()).statusCode()).as(c.folder()).isEqualTo(404);
        }
        soft.assertAll();
        api().get("/api/t/muara-enim").then().statusCode(200);
    }

    /**
     * A regency's boundaries (issue 15 item 4) are checked with its definition wherever they travel with it: its
     * folder at start (rusak-batas: a desa half outside its kecamatan) and an archive's boundaries table.
     */
    @Test
    void brokenBoundariesAreRefusedByPathInTheFolderAtStartAndInAnArchive() throws Exception {
        String path = "boundaries.geojson:$.features[1].geometry";
        String health = api().get("/health/ready").then().statusCode(200).extract().asString();
        assertThat(health).containsPattern(java.util.regex.Pattern.quote("rusak-batas/tenant.yaml: ") + "[^\"]*"
                + java.util.regex.Pattern.quote(path + ":"));
        api().get("/api/t/rusak-batas").then().statusCode(404);

        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("balai.it.tenants.dir"), "rusak-batas");
        String geojson = java.nio.file.Files.readString(folder.resolve("boundaries.geojson"));
        ObjectNode row = JSON.createObjectNode().put("tenant_id", "rusak-batas");
        row.set("geojson", JSON.readTree(geojson));
        Response r = api().auth().oauth2(officers().operatorToken())
                .multiPart("archive", "rusak-batas.zip", archive("rusak-batas", Regencies.brokenFile("rusak-batas"),
                        Map.of("tables/tenant_boundaries.jsonl", JSON.writeValueAsBytes(row))), "application/zip")
                .post("/api/platform/tenants/archives");
        r.then().statusCode(422).body("code", org.hamcrest.Matchers.equalTo("TENANT_DEFINITION_INVALID"));
        assertThat(r.jsonPath().getList("problems.path", String.class)).containsExactly(path);
        assertThat(r.jsonPath().getList("problems.messageId", String.class)).singleElement()
                .satisfies(m -> assertThat(m).contains("DESA-SATU").contains("KEC-SATU"));
        api().get("/api/t/rusak-batas").then().statusCode(404);
    }

    @Test
    void onboardingRefusesEachBrokenDefinitionWithItsPathAndCreatesNothing() throws Exception {
        String operator = officers().operatorToken();
        SoftAssertions soft = new SoftAssertions();
        for (Case c : CASES) {
            Response r = api().auth().oauth2(operator).contentType("application/yaml")
                    .body(Regencies.brokenFile(c.folder()).getBytes(StandardCharsets.UTF_8))
                    .post("/api/platform/tenants");
            assertRefused(soft, c, r);
            soft.assertThat(api().get("/api/t/" + c.folder()).statusCode()).as(c.folder()).isEqualTo(404);
        }
        soft.assertAll();
    }

    @Test
    void archiveImportRefusesEachBrokenDefinitionWithItsPathAndWritesNothing() throws Exception {
        String operator = officers().operatorToken();
        SoftAssertions soft = new SoftAssertions();
        for (Case c : concat(CASES, SLUG)) {
            Response r = api().auth().oauth2(operator)
                    .multiPart("archive", c.folder() + ".zip", archive(c.folder(), Regencies.brokenFile(c.folder())),
                            "application/zip")
                    .post("/api/platform/tenants/archives");
            assertRefused(soft, c, r);
            soft.assertThat(api().get("/api/t/" + c.folder()).statusCode()).as(c.folder()).isEqualTo(404);
        }
        soft.assertAll();
    }

    @Test
    void theReplacementRefusesEachBrokenDefinitionWithItsPathAndChangesNothing() throws Exception {
        String operator = officers().operatorToken();
        String slug = "uji-aturan-ganti";
        Regencies.onboard(this::api, operator, Regencies.definition(slug, "UG", "081100009960"));
        String before = api().auth().oauth2(operator).accept("application/json")
                .get("/api/platform/tenants/" + slug + "/definition").then().statusCode(200).extract().asString();
        SoftAssertions soft = new SoftAssertions();
        for (Case c : concat(CASES, SLUG)) {
            String text = Regencies.brokenFile(c.folder());
            if (c != SLUG) {
                text = text.replace("slug: " + c.folder(), "slug: " + slug);
            }
            // A running regency keeps its short code: the broken files' own codes are set to it, and the one that
            // takes another regency's code is refused for changing it (422) before any clash.
            boolean changesShortCode = c.path().equals("$.shortCode");
            if (!changesShortCode) {
                text = text.replaceFirst("(?m)^shortCode: .*$", "shortCode: UG");
            }
            Response r = api().auth().oauth2(operator).contentType("application/yaml")
                    .body(text.getBytes(StandardCharsets.UTF_8))
                    .put("/api/platform/tenants/" + slug + "/definition");
            assertRefused(soft, changesShortCode ? new Case(c.folder(), c.path(), false) : c, r);
        }
        soft.assertAll();
        assertThat(api().auth().oauth2(operator).accept("application/json")
                .get("/api/platform/tenants/" + slug + "/definition").then().statusCode(200).extract().asString())
                .isEqualTo(before);
        assertThat(api().auth().oauth2(operator).get("/api/platform/tenants/" + slug + "/definition/versions")
                .then().statusCode(200).extract().jsonPath().getList("version")).hasSize(1);
    }

    @Test
    void severalCrossFieldErrorsAreListedEveryOneWithSchemaErrorsAndClashes() {
        String operator = officers().operatorToken();
        String broken = Regencies.definition("uji-banyak", "ME", "081100009961")
                .replace("regionCode: \"99.50\"", "regionCode: \"16.50\"")
                .replace("close: \"16:00\"", "close: \"07:00\"")
                .replace("routeTo: PUPR", "routeTo: TIDAK-ADA")
                .replace("    kind: DISTRICT\n", "    kind: DISTRICT\n    hostsSpikm: true\n")
                .replace("timeZone: WIB", "timeZone: JST") + "warna: merah\n";
        Response r = api().auth().oauth2(operator).contentType("application/yaml")
                .body(broken.getBytes(StandardCharsets.UTF_8)).post("/api/platform/tenants");
        r.then().statusCode(422);
        assertThat(r.jsonPath().getList("problems.path", String.class)).contains("$.regionCode",
                "$.officeHours.close", "$.complaintCategories[0].routeTo", "$.orgUnits[0].hostsSpikm",
                "$.orgUnits[2].hostsSpikm", "$.timeZone", "$.warna", "$.shortCode");
    }

    @Test
    void badInputIsNeverAServerError() throws Exception {
        String operator = officers().operatorToken();
        for (String body : List.of("", "slug: [", "- a\n- b\n", "{}", "null", "slug: 12\norgUnits: 5\n")) {
            int status = api().auth().oauth2(operator).contentType("application/yaml")
                    .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/platform/tenants").statusCode();
            assertThat(status).as(body).isBetween(400, 499);
        }
        byte[] notAnArchive = archive("uji-rusak", "slug: [");
        assertThat(api().auth().oauth2(operator).multiPart("archive", "x.zip", notAnArchive, "application/zip")
                .post("/api/platform/tenants/archives").statusCode()).isBetween(400, 499);
    }

    /** An archive holding only its manifest and its tenant row: the definition is checked before anything else. */
    private static byte[] archive(String tenant, String yaml) throws Exception {
        return archive(tenant, yaml, Map.of());
    }

    /** The same, with more entries (a table's rows, say). */
    private static byte[] archive(String tenant, String yaml, Map<String, byte[]> entries) throws Exception {
        ObjectNode row = JSON.createObjectNode();
        row.put("tenant_id", tenant);
        try {
            row.set("definition", JSON.valueToTree(YAML.readTree(yaml)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            row.put("definition", yaml);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(JSON.writeValueAsBytes(Map.of("format", "balai-tenant-archive/1", "tenant", tenant,
                    "schemaVersion", "0", "exportedAt", "2026-01-01T00:00:00Z", "rows", Map.of())));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("tenant.json"));
            zip.write(JSON.writeValueAsBytes(row));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static List<Case> concat(List<Case> cases, Case more) {
        List<Case> all = new java.util.ArrayList<>(cases);
        all.add(more);
        return all;
    }
}
