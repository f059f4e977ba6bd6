package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * The platform as a new user meets it: Liberty with the embedded PostgreSQL, tenants loaded from their folders
 * (a copied folder is a new tenant, a broken file is rejected by name and field while the others run), the
 * portal, health and OpenAPI.
 */
class PlatformIT extends BalaiIT {

    @Test
    void readinessIsUpWithTheDatabaseAndTenants() {
        Response r = api().get("/health/ready");
        r.then().statusCode(200).body("status", equalTo("UP"));
        List<Map<String, Object>> checks = r.jsonPath().getList("checks");
        assertThat(checks).extracting(c -> c.get("name")).contains("database", "tenants");
    }

    @Test
    void pingAnswersWithoutTenantOrDatabase() {
        api().get("/api/ping").then().statusCode(200).body("status", equalTo("ok"));
    }

    @Test
    void theTenantListHasTheSampleTenantsAndTheCopiedOneButNotTheBrokenOne() {
        api().get("/api/tenants").then().statusCode(200)
                .body("slug", hasItems("muara-enim", "luwu-timur", "luwu-utara"))
                .body("slug", not(hasItem("rusak")))
                .body("find { it.slug == 'luwu-utara' }.name", equalTo("Kabupaten Luwu Utara"))
                .body("find { it.slug == 'muara-enim' }.province.name", equalTo("Sumatera Selatan"))
                .body("find { it.slug == 'luwu-timur' }.timeZone", equalTo("WITA"));
    }

    @Test
    void aBrokenTenantFileIsReportedByFileAndFieldInReadinessAndTheLog() throws IOException {
        String health = api().get("/health/ready").asString();
        assertThat(health).contains("rusak/tenant.yaml").contains("$.parameters.informationRequest.noticeWorkingDays");

        Path logs = Path.of(System.getProperty("balai.it.server.dir", "target/liberty/wlp/usr/servers/it"))
                .resolve("logs");
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("messages")).toList()) {
                // JSON logs escape the slash.
                text.append(Files.readString(f).replace("\\/", "/"));
            }
        }
        assertThat(text).contains("Tenant file rejected").contains("rusak/tenant.yaml")
                .contains("$.parameters.informationRequest.noticeWorkingDays");
    }

    @Test
    void aTenantProfileShowsItsChannelsAndParameters() {
        api().get("/api/t/muara-enim").then().statusCode(200)
                .body("name", equalTo("Kabupaten Muara Enim"))
                .body("channels.smsNumber", equalTo("082374048333"))
                .body("channels.website", equalTo("info.muaraenimkab.go.id"))
                .body("zoneId", equalTo("Asia/Jakarta"))
                .body("officeHours.open", equalTo("08:00"))
                .body("parameters.informationRequest.noticeWorkingDays", equalTo(10));
        api().get("/api/t/luwu-timur").then().statusCode(200)
                .body("zoneId", equalTo("Asia/Makassar"))
                .body("parameters.complaint.followUpWorkingDays", equalTo(7));
    }

    @Test
    void anUnknownOrBrokenTenantIsA404WithABilingualJsonError() {
        for (String slug : List.of("tidak-ada", "rusak", "Muara-Enim")) {
            api().get("/api/t/" + slug).then().statusCode(404)
                    .contentType(containsString("application/json"))
                    .body("code", equalTo("TENANT_NOT_FOUND"))
                    .body("message.id", equalTo("Kabupaten/kota tidak ditemukan."))
                    .body("message.en", equalTo("Regency not found."));
        }
    }

    @Test
    void anUnknownApiPathIsA404WithAJsonError() {
        api().get("/api/tidak/ada").then().statusCode(404)
                .contentType(containsString("application/json"))
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aDeclaredHostNameResolvesItsTenant() {
        api().header("Host", "muara-enim.localhost:9180").get("/api/tenants/current").then()
                .statusCode(200).body("slug", equalTo("muara-enim"));
        api().header("Host", "luwu-timur.localhost").get("/api/tenants/current").then()
                .statusCode(200).body("slug", equalTo("luwu-timur"));
        api().get("/api/tenants/current").then().statusCode(404).body("code", equalTo("TENANT_NOT_FOUND"));
    }

    @Test
    void theOrgUnitsComeFromTheDatabaseUnderTheTenantsScope() {
        // Row-level security hides every row unless the tenant is set for the transaction: rows here prove the
        // scope reaches the JPA queries, and their codes prove no other tenant's rows came along.
        List<String> me = api().get("/api/t/muara-enim/org-units").then().statusCode(200)
                .extract().jsonPath().getList("code");
        List<String> lt = api().get("/api/t/luwu-timur/org-units").then().statusCode(200)
                .extract().jsonPath().getList("code");
        assertThat(me).contains("KOMINFO").doesNotHaveDuplicates();
        assertThat(lt).contains("KOMINFO").doesNotHaveDuplicates();
        assertThat(me).isNotEqualTo(lt);
    }

    @Test
    void thePortalPageIsTheReactApp() {
        for (String path : List.of("/", "/muara-enim/", "/luwu-timur/")) {
            api().get(path).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .body(containsString("<div id=\"root\">"));
        }
    }

    @Test
    void theOpenApiDocumentAndUiAreReachable() {
        api().get("/openapi").then().statusCode(200)
                .body(containsString("/api/t/{tenant}/calendar/due"))
                .body(containsString("/api/tenants"));
        api().get("/openapi/ui/").then().statusCode(200).body(containsString("<html"));
    }
}
