package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A running regency's definition is replaced by the platform operator (issue 14, item 4): validated as every
 * definition is, the slug fixed, no unit with open cases taken away, kept as versions, audited, live at once; it is
 * exported back as YAML or JSON. And for a file-based regency: a file unchanged since it was last applied leaves a
 * live edit in place at the next start, a changed file wins as a new version.
 */
class DefinitionChangeIT extends BalaiIT {
    private static ExtraServer fileServer;

    @AfterAll
    static void stopFileServer() throws Exception {
        if (fileServer != null) {
            fileServer.stop();
        }
    }

    private static void eventually(Duration limit, Supplier<Boolean> condition, String what)
            throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not within " + limit + ": " + what);
    }

    private Response put(String operator, String slug, String yaml) {
        // The bytes are UTF-8 and the type says so (REST Assured would otherwise declare ISO-8859-1, and the server
        // would read the map credit's "©" as two other characters).
        return api().auth().oauth2(operator).contentType("application/yaml; charset=UTF-8")
                .body(yaml.getBytes(StandardCharsets.UTF_8)).put("/api/platform/tenants/" + slug + "/definition");
    }

    @Test
    void theOperatorReplacesADefinitionAndItIsLiveVersionedAndAuditedAtOnce() throws Exception {
        String operator = officers().operatorToken();
        String slug = "uji-ganti";
        String original = Regencies.definition(slug, "UJ", "081100009970");
        Regencies.onboard(this::api, operator, original);

        String changed = original.replace("name: Dinas Pekerjaan Umum\n", "name: Dinas PUPR\n")
                .replace("close: \"16:00\"", "close: \"16:00\"\n  fridayClose: \"11:30\"")
                + """
                  - code: KESEHATAN
                    name: Layanan kesehatan
                    routeTo: KEC-SATU
                """;
        Response r = put(operator, slug, changed);
        r.then().statusCode(200).body("slug", equalTo(slug)).body("version", equalTo(2))
                .body("changes", hasItem("unit PUPR renamed: 'Dinas Pekerjaan Umum' -> 'Dinas PUPR'"))
                .body("changes", hasItem("category KESEHATAN added, routed to KEC-SATU"));
        assertThat((String) r.path("sha256")).hasSize(64);

        // live at once: the portal's profile, the categories a citizen picks from, a complaint in the new one
        api().get("/api/t/" + slug).then().statusCode(200).body("officeHours.fridayClose", equalTo("11:30"))
                .body("complaintCategories.code", hasItem("KESEHATAN"));
        api().header("Idempotency-Key", "k-" + UUID.randomUUID()).header("X-Forwarded-For", Officers.someAddress())
                .contentType(ContentType.JSON).body(Map.of("type", "COMPLAINT", "title", "Puskesmas tutup",
                        "description", "Puskesmas desa tutup pada jam layanan tanpa pemberitahuan.", "category",
                        "KESEHATAN", "anonymous", true))
                .post("/api/t/" + slug + "/complaints").then().statusCode(201);

        // versions: newest first, who, how, digest, what changed
        Response versions = api().auth().oauth2(operator).get("/api/platform/tenants/" + slug + "/definition/versions");
        versions.then().statusCode(200).body("[0].version", equalTo(2)).body("[0].way", equalTo("REPLACEMENT"))
                .body("[0].sha256", equalTo(r.path("sha256"))).body("[1].version", equalTo(1))
                .body("[1].way", equalTo("ONBOARDING"));
        assertThat((String) versions.path("[0].by")).isNotBlank().doesNotStartWith("file:");
        assertThat((String) versions.path("[0].at")).isNotBlank();
        api().auth().oauth2(operator).accept("application/json")
                .get("/api/platform/tenants/" + slug + "/definition/versions/1").then().statusCode(200)
                .body("orgUnits[1].name", equalTo("Dinas Pekerjaan Umum"));
        api().auth().oauth2(operator).get("/api/platform/tenants/" + slug + "/definition/versions/9").then()
                .statusCode(404).body("code", equalTo("DEFINITION_VERSION_NOT_FOUND"));

        // audited in the regency's chain and the platform's
        assertThat(Regencies.auditActions(slug, slug)).contains("TENANT_DEFINITION_REPLACED");
        assertThat(Regencies.auditActions("_platform", slug)).contains("TENANT_ONBOARDED",
                "TENANT_DEFINITION_REPLACED");
        String admin = Regencies.adminToken(officers(), slug);
        api().auth().oauth2(admin).get("/api/t/" + slug + "/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void theDefinitionIsExportedAsYamlOrJsonAndAnExportPutBackChangesNothing() {
        String operator = officers().operatorToken();
        String slug = "uji-ekspor";
        Regencies.onboard(this::api, operator, Regencies.definition(slug, "UE", "081100009971"));
        String yaml = api().auth().oauth2(operator).accept("application/yaml")
                .get("/api/platform/tenants/" + slug + "/definition").then().statusCode(200)
                .contentType(containsString("application/yaml")).extract().asString();
        assertThat(yaml).contains("slug: \"" + slug + "\"").contains("KEC-SATU").doesNotContain("null");
        api().auth().oauth2(operator).accept("application/json").get("/api/platform/tenants/" + slug + "/definition")
                .then().statusCode(200).contentType(containsString("application/json"))
                .body("slug", equalTo(slug)).body("orgUnits[2].children[0].kind", equalTo("VILLAGE"));

        put(operator, slug, yaml).then().statusCode(200).body("version", equalTo(1))
                .body("changes", equalTo(List.of("no change")));
        api().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(api().auth().oauth2(operator).accept("application/json")
                        .get("/api/platform/tenants/" + slug + "/definition").asString())
                .put("/api/platform/tenants/" + slug + "/definition").then().statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void theSlugCannotChangeAndAUnitWithOpenCasesCannotDisappear() throws Exception {
        String operator = officers().operatorToken();
        String slug = "uji-sibuk";
        String original = Regencies.definition(slug, "US", "081100009972");
        Regencies.onboard(this::api, operator, original);

        put(operator, slug, original.replace("slug: " + slug, "slug: uji-lain")).then().statusCode(422)
                .body("code", equalTo("TENANT_DEFINITION_INVALID")).body("problems[0].path", equalTo("$.slug"));
        put(operator, "tidak-ada", original).then().statusCode(404).body("code", equalTo("TENANT_NOT_FOUND"));

        // a complaint dispatched to PUPR and still open there
        OpenCase.dispatchedTo(this::api, officers(), slug, Regencies.adminToken(officers(), slug), "JALAN");
        String withoutPupr = original.replace("""
                  - code: PUPR
                    name: Dinas Pekerjaan Umum
                    kind: AGENCY
                    ppidPembantu: true
                """, "").replace("routeTo: PUPR", "routeTo: KOMINFO");
        Response r = put(operator, slug, withoutPupr);
        r.then().statusCode(409).body("code", equalTo("ORG_UNIT_HAS_OPEN_CASES"))
                .body("message.id", containsString("kasus terbuka")).body("message.en", containsString("open cases"))
                .body("problems[0].path", equalTo("PUPR"));
        api().get("/api/t/" + slug + "/org-units").then().body("code", hasItem("PUPR"));
        assertThat(api().auth().oauth2(operator).get("/api/platform/tenants/" + slug + "/definition/versions")
                .then().extract().jsonPath().getList("version")).hasSize(1);
    }

    @Test
    void onlyThePlatformOperatorReadsAndReplacesDefinitions() {
        String operator = officers().operatorToken();
        String admin = officers().adminToken("muara-enim");
        String base = "/api/platform/tenants/muara-enim/definition";
        for (String path : List.of(base, base + "/versions", base + "/versions/1")) {
            api().get(path).then().statusCode(401);
            api().auth().oauth2(admin).get(path).then().statusCode(403);
            api().auth().oauth2(operator).get(path).then().statusCode(200);
        }
        api().contentType("application/yaml").body("slug: x".getBytes()).put(base).then().statusCode(401);
        api().auth().oauth2(admin).contentType("application/yaml").body("slug: x".getBytes()).put(base).then()
                .statusCode(403);
        api().auth().oauth2(operator).get("/api/platform/tenants/tidak-ada/definition").then().statusCode(404);
        api().auth().oauth2(operator).get("/api/platform/tenants/tidak-ada/definition/versions").then()
                .statusCode(404);
        // a regency of the tests' files: version 1 is the file it was loaded from
        api().auth().oauth2(operator).get(base + "/versions").then().statusCode(200)
                .body("[-1].version", equalTo(1)).body("[-1].by", containsString("muara-enim"));
    }

    /**
     * A file-based regency changed live keeps the change at the next start while its file is unchanged; a changed
     * file wins and is a new version. The starts are those of another server on the same database with its own
     * tenants folder (as a restarted instance would be); it also shows that a change made on one instance is served
     * by another within seconds.
     */
    @Test
    void aFileUnchangedSinceLastAppliedKeepsTheLiveEditAndAChangedFileWins() throws Exception {
        String operator = officers().operatorToken();
        String slug = "uji-berkas";
        Path build = Path.of(System.getProperty("balai.it.data.dir")).getParent();
        Path tenants = build.resolve("it-tenants-file");
        ExtraServer.deleteTree(tenants);
        Path source = Path.of(System.getProperty("balai.it.tenants.dir"));
        ExtraServer.copyTree(source.resolve("schema"), tenants.resolve("schema"));
        ExtraServer.copyTree(source.resolve("_national"), tenants.resolve("_national"));
        Path file = tenants.resolve(slug).resolve("tenant.yaml");
        Files.createDirectories(file.getParent());
        String original = Regencies.definition(slug, "UB", "081100009973");
        Files.writeString(file, original);
        int port = Integer.getInteger("balai.it.b.http.port", 9181) + 2;
        fileServer = ExtraServer.copyOfB("it-file", port, port + 363, Map.of("BALAI_TENANTS_DIR", tenants.toString()));

        fileServer.start(ExtraServer.itPiiKeys());
        eventually(Duration.ofSeconds(20), () -> api().get("/api/t/" + slug).statusCode() == 200,
                "instance a serves the regency the other loaded from its file");
        String base = "/api/platform/tenants/" + slug + "/definition";
        api().auth().oauth2(operator).get(base + "/versions").then().statusCode(200)
                .body("[0].way", equalTo("FILE")).body("size()", equalTo(1));

        // a live edit on instance a, served by the other within seconds
        put(operator, slug, original.replace("name: Kecamatan Satu", "name: Kecamatan Satu Baru")).then()
                .statusCode(200).body("version", equalTo(2));
        eventually(Duration.ofSeconds(20), () -> "Kecamatan Satu Baru".equals(fileServer.api()
                .get("/api/t/" + slug).path("orgUnits[2].name")), "the other instance serves the live edit");

        // the next start with the file unchanged: the live edit stays, no new version
        fileServer.stop();
        fileServer.start(ExtraServer.itPiiKeys());
        fileServer.api().get("/api/t/" + slug).then().statusCode(200).body("orgUnits[2].name",
                equalTo("Kecamatan Satu Baru"));
        api().auth().oauth2(operator).get(base + "/versions").then().body("size()", equalTo(2));

        // a changed file wins at the next start, as a new version made by the file
        Files.writeString(file, original.replace("name: Desa Satu", "name: Desa Satu Makmur"));
        fileServer.stop();
        fileServer.start(ExtraServer.itPiiKeys());
        fileServer.api().get("/api/t/" + slug).then().statusCode(200)
                .body("orgUnits[2].name", equalTo("Kecamatan Satu"))
                .body("orgUnits[2].children[0].name", equalTo("Desa Satu Makmur"));
        Response versions = api().auth().oauth2(operator).get(base + "/versions");
        versions.then().body("size()", equalTo(3)).body("[0].way", equalTo("FILE"))
                .body("[0].by", containsString(slug + "/tenant.yaml"))
                .body("[0].changes", hasItem("unit KEC-SATU renamed: 'Kecamatan Satu Baru' -> 'Kecamatan Satu'"))
                .body("[0].changes", not(hasItem("no change")));
        eventually(Duration.ofSeconds(20), () -> "Desa Satu Makmur".equals(api().get("/api/t/" + slug)
                .path("orgUnits[2].children[0].name")), "instance a serves the file's version");
    }
}
