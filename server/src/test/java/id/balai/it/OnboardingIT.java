package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Live onboarding (issue: a regency onboarded by the platform operator is live at once, without a restart, on
 * every server instance sharing the database). Instance a is the Arquillian-managed `it` server; instance b is a
 * second Liberty server with the same application, started here, using a's database as an external one.
 */
class OnboardingIT extends BalaiIT {

    /** A regency in the third time zone (WIT), written as an operator would, in YAML. */
    private static final String JAYAPURA = """
            slug: jayapura
            name: Kabupaten Jayapura
            nameEn: Jayapura Regency
            shortCode: JP
            regionCode: "91.03"
            province:
              code: "91"
              name: Papua
            timeZone: WIT
            officeHours:
              open: "07:30"
              close: "16:00"
            hosts: []
            channels:
              website: jayapurakab.example
              smsNumber: "081100009103"
            orgUnits:
              - code: KOMINFO
                name: Dinas Komunikasi dan Informatika
                kind: AGENCY
                hostsSpikm: true
                hostsPpidUtama: true
              - code: PUPR
                name: Dinas Pekerjaan Umum dan Penataan Ruang
                kind: AGENCY
                ppidPembantu: true
            complaintCategories:
              - code: JALAN
                name: Jalan dan jembatan
                routeTo: PUPR
            calendar:
              daysOff:
                - date: "2026-12-01"
                  name: Contoh hari libur daerah
            """;

    private static final ExtraServer B = ExtraServer.b();

    private RequestSpecification b() {
        return B.api();
    }

    private void startB() throws Exception {
        B.start(ExtraServer.itPiiKeys());
    }

    @AfterAll
    static void stopB() throws Exception {
        B.stop();
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

    /** A YAML body as the bytes an operator's file holds. */
    private static byte[] yaml(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long tenants() throws Exception {
        try (Connection c = Db.asSuperuser(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from tenant")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aRegencyInWitOnboardedOnOneInstanceIsLiveAtOnceOnBoth() throws Exception {
        startB();
        String operator = officers().operatorToken();
        Response created = api().auth().oauth2(operator).contentType("application/yaml").body(yaml(JAYAPURA))
                .post("/api/platform/tenants");
        created.then().statusCode(201).body("tenant.slug", equalTo("jayapura"))
                .body("tenant.status", equalTo("ACTIVE")).body("admin.username", equalTo("admin"))
                .body("profile.zoneId", equalTo("Asia/Jayapura"));
        String password = created.path("admin.oneTimePassword");

        // instance a, at once: profile, calendar (WIT; the regency's own day off), categories, intake, portal page
        api().get("/api/t/jayapura").then().statusCode(200).body("timeZone", equalTo("WIT"));
        api().queryParam("from", "2026-11-30").queryParam("workingDays", 1).get("/api/t/jayapura/calendar/due")
                .then().statusCode(200).body("due", equalTo("2026-12-02"));
        api().header("Idempotency-Key", "k-jayapura-first").header("X-Forwarded-For", Officers.someAddress())
                .contentType(ContentType.JSON).body(Map.of("type", "COMPLAINT", "title", "Jalan Sentani rusak",
                        "description", "Jalan poros Sentani berlubang besar di depan pasar.", "category", "JALAN",
                        "anonymous", true))
                .post("/api/t/jayapura/complaints").then().statusCode(201)
                .body("trackingNumber", org.hamcrest.Matchers.startsWith("JP-"));
        assertThat(api().accept("text/html").get("/jayapura/").then().statusCode(200).extract().asString())
                .contains("<div id=\"root\"");
        api().get("/api/tenants").then().statusCode(200).body("slug", hasItem("jayapura"));

        // instance b, within seconds: the same, and the first admin signs in there
        eventually(Duration.ofSeconds(20), () -> b().get("/api/t/jayapura").statusCode() == 200,
                "instance b serves the new regency");
        b().queryParam("from", "2026-11-30").queryParam("workingDays", 1).get("/api/t/jayapura/calendar/due")
                .then().statusCode(200).body("due", equalTo("2026-12-02"));
        // The one-time password the onboarding showed signs in only to choose a new one (ASVS 2.5.1).
        String oneTime = b().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("tenant", "jayapura", "username", "admin", "password", password))
                .post("/api/auth/login").then().statusCode(200).body("restricted", equalTo("PASSWORD_CHANGE"))
                .extract().path("accessToken");
        b().auth().oauth2(oneTime).get("/api/t/jayapura/users").then().statusCode(403)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"));
        String own = officers().replaceOneTimePassword("jayapura", "admin", password);
        String adminToken = b().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("tenant", "jayapura", "username", "admin", "password", own))
                .post("/api/auth/login").then().statusCode(200).body("restricted", org.hamcrest.Matchers.nullValue())
                .extract().path("accessToken");
        b().auth().oauth2(adminToken).get("/api/t/jayapura/users").then().statusCode(200)
                .body("items.username", hasItem("admin"));

        // suspended on b: a's portal API says so within seconds, and comes back after reactivation
        b().auth().oauth2(operator).post("/api/platform/tenants/jayapura/suspension").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        eventually(Duration.ofSeconds(20), () -> "TENANT_SUSPENDED".equals(api().get("/api/t/jayapura")
                .then().extract().path("code")), "instance a sees the suspension");
        api().get("/api/t/jayapura").then().statusCode(404).body("message.id",
                org.hamcrest.Matchers.containsString("dihentikan sementara"));
        api().get("/api/tenants").then().body("slug", org.hamcrest.Matchers.not(hasItem("jayapura")));
        api().auth().oauth2(operator).get("/api/platform/tenants").then().statusCode(200)
                .body("find { it.slug == 'jayapura' }.status", equalTo("SUSPENDED"));
        api().auth().oauth2(operator).delete("/api/platform/tenants/jayapura/suspension").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        eventually(Duration.ofSeconds(20), () -> b().get("/api/t/jayapura").statusCode() == 200,
                "instance b sees the reactivation");
    }

    @Test
    void aDefinitionWithSeveralErrorsIsRefusedWithEveryOneByPathAndNothingIsCreated() throws Exception {
        String operator = officers().operatorToken();
        long before = tenants();
        String broken = JAYAPURA.replace("slug: jayapura", "slug: Jaya Pura").replace("timeZone: WIT",
                "timeZone: JST").replace("shortCode: JP", "shortCode: jp1234");
        Response r = api().auth().oauth2(operator).contentType("application/yaml").body(yaml(broken))
                .post("/api/platform/tenants");
        r.then().statusCode(422).body("code", equalTo("TENANT_DEFINITION_INVALID"));
        List<String> paths = r.jsonPath().getList("problems.path");
        assertThat(paths).contains("$.slug", "$.timeZone", "$.shortCode");

        // clashes with existing regencies: every one, by path
        String clash = JAYAPURA.replace("slug: jayapura", "slug: muara-enim").replace("shortCode: JP",
                "shortCode: LT").replace("\"081100009103\"", "\"081100007324\"");
        Response c = api().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        new com.fasterxml.jackson.databind.ObjectMapper(
                                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(clash)))
                .post("/api/platform/tenants");
        c.then().statusCode(409).body("code", equalTo("TENANT_CLASHES"));
        assertThat(c.jsonPath().getList("problems.path", String.class)).contains("$.slug", "$.shortCode",
                "$.channels.smsNumber");

        api().auth().oauth2(operator).contentType("application/yaml").body(yaml("slug: ["))
                .post("/api/platform/tenants").then().statusCode(422).body("problems[0].path", equalTo("$"));
        assertThat(tenants()).isEqualTo(before);
    }

    @Test
    void onlyThePlatformOperatorOnboards() {
        api().contentType("application/yaml").body(yaml(JAYAPURA)).post("/api/platform/tenants").then().statusCode(401);
        String tenantAdmin = officers().adminToken("muara-enim");
        api().auth().oauth2(tenantAdmin).contentType("application/yaml").body(yaml(JAYAPURA))
                .post("/api/platform/tenants").then().statusCode(403);
        api().auth().oauth2(tenantAdmin).post("/api/platform/tenants/luwu-timur/suspension").then().statusCode(403);
        api().get("/api/t/luwu-timur").then().statusCode(200);
    }
}
