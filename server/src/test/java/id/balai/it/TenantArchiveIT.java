package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Moving a regency between deployments (issue: export one tenant's complete data and import it into another Balai
 * database; the round trip keeps everything, the audit chain included). The target is a second deployment: its
 * own Liberty server on an empty database, with no tenant files, holding the same personal-data keys.
 */
class TenantArchiveIT extends BalaiIT {
    private static final String DB = "balai_import";
    private static final String OPERATOR_PASSWORD = "Pindah-Kabupaten-2026!";
    private static ExtraServer target;

    private static String url(String db) {
        return "jdbc:postgresql://127.0.0.1:" + System.getProperty("balai.it.db.port", "15433") + "/" + db;
    }

    private static ExtraServer target() throws Exception {
        if (target != null) {
            return target;
        }
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DB + " with (force)");
            s.execute("create database " + DB);
        }
        Path build = Path.of(System.getProperty("balai.it.data.dir")).getParent();
        Path tenants = build.resolve("it-tenants-empty");
        Path dataDir = build.resolve("it-data-import");
        ExtraServer.deleteTree(tenants);
        ExtraServer.deleteTree(dataDir);
        Path source = Path.of(System.getProperty("balai.it.tenants.dir"));
        ExtraServer.copyTree(source.resolve("schema"), tenants.resolve("schema"));
        ExtraServer.copyTree(source.resolve("_national"), tenants.resolve("_national"));
        // With an external database the first operator's password comes from configuration, as in production.
        int port = Integer.getInteger("balai.it.b.http.port", 9181) + 1;
        target = ExtraServer.copyOfB("it-import", port, port + 363, Map.of("DB_URL", url(DB), "BALAI_TENANTS_DIR",
                tenants.toString(), "BALAI_DATA_DIR", dataDir.toString(), "BALAI_OPERATOR_INITIAL_PASSWORD",
                OPERATOR_PASSWORD));
        target.start(ExtraServer.itPiiKeys());
        return target;
    }

    @AfterAll
    static void stopTarget() throws Exception {
        if (target != null) {
            target.stop();
        }
    }


    private static String login(io.restassured.specification.RequestSpecification on, String tenant, String user,
            String password) {
        return on.header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("tenant", tenant, "username", user, "password", password)).post("/api/auth/login")
                .then().statusCode(200).extract().path("accessToken");
    }

    private static long count(String db, String table, String tenant) throws Exception {
        try (Connection c = DriverManager.getConnection(url(db), "postgres", "");
                PreparedStatement ps = c.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void luwuTimurMovesToAnEmptyDeploymentWithEveryRowItsAuditChainAndItsPeople() throws Exception {
        // something personal and something public to follow across
        Response receipt = api().header("Idempotency-Key", "k-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("type", "COMPLAINT", "title", "Tambang mencemari sungai", "description",
                        "Air sungai di desa kami keruh sejak ada tambang di hulu.", "category", "TAMBANG-LINGKUNGAN",
                        "anonymous", false, "reporter", Map.of("name", "Andi Baso", "phone", "081355501111")))
                .post("/api/t/luwu-timur/complaints");
        receipt.then().statusCode(201);
        Map<String, String> central = officers().create("luwu-timur", officers().adminToken("luwu-timur"),
                List.of("CENTRAL_ADMIN"), null);

        String operator = officers().operatorToken();
        api().auth().oauth2(officers().adminToken("luwu-timur")).get("/api/platform/tenants/luwu-timur/archive")
                .then().statusCode(403);
        byte[] archive = api().auth().oauth2(operator).get("/api/platform/tenants/luwu-timur/archive").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();

        ExtraServer to = target();
        String toOperator = login(to.api(), "", "operator", OPERATOR_PASSWORD);
        to.api().get("/api/t/luwu-timur").then().statusCode(404);
        Response imported = to.api().auth().oauth2(toOperator).multiPart("archive", "luwu-timur.zip", archive,
                "application/zip").post("/api/platform/tenants/archives");
        imported.then().statusCode(201).body("tenant", equalTo("luwu-timur"));
        Map<String, Integer> rows = imported.jsonPath().getMap("rows");
        assertThat(rows).containsKeys("officer", "complaint", "audit_entry", "person", "org_unit");
        // every row the snapshot had (the source moves on: its jobs and sign-ins keep writing)
        for (Map.Entry<String, Integer> t : rows.entrySet()) {
            if (t.getKey().startsWith("audit_")) {
                continue;
            }
            assertThat(count(DB, t.getKey(), "luwu-timur")).as(t.getKey()).isEqualTo(t.getValue().longValue())
                    .isLessThanOrEqualTo(count("balai", t.getKey(), "luwu-timur"));
        }
        // The audit trail whole: chained entries and journaled acts (which the job on either side moves from the
        // journal onto the chain at any moment, so only their sum is stable).
        long audited = rows.get("audit_entry") + rows.getOrDefault("audit_journal", 0);
        assertThat(count(DB, "audit_record", "luwu-timur")).as("audit_record").isEqualTo(audited)
                .isLessThanOrEqualTo(count("balai", "audit_record", "luwu-timur"));
        assertThat(count(DB, "audit_head", "luwu-timur")).isEqualTo(1);
        assertThat(rows.get("complaint")).isPositive();
        // its district and village boundaries too (issue 15 item 4): the map there draws the same areas
        assertThat(rows).containsEntry("tenant_boundaries", 1);
        assertThat(rows.get("officer")).isGreaterThanOrEqualTo(2);

        // live at once there: the portal API, the officers' passwords, the chain, the people, the reporter's code
        to.api().get("/api/t/luwu-timur").then().statusCode(200).body("timeZone", equalTo("WITA"));
        assertThat(to.api().get("/api/t/luwu-timur/public/areas").then().statusCode(200).extract().jsonPath()
                .getList("features.properties.orgUnit")).contains("KEC-MALILI", "DESA-USSU");
        String admin = login(to.api(), "luwu-timur", "admin", Officers.initialPassword("luwu-timur", "admin"));
        to.api().auth().oauth2(admin).get("/api/t/luwu-timur/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
        to.api().queryParam("code", (String) receipt.path("accessCode"))
                .get("/api/t/luwu-timur/complaints/" + receipt.path("trackingNumber")).then().statusCode(200)
                .body("title", equalTo("Tambang mencemari sungai"));
        String centralThere = login(to.api(), "luwu-timur", central.get("username"), central.get("password"));
        List<Map<String, Object>> items = to.api().auth().oauth2(centralThere).queryParam("size", 100)
                .get("/api/t/luwu-timur/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        String id = items.stream().filter(i -> receipt.path("trackingNumber").equals(i.get("trackingNumber")))
                .findFirst().map(i -> (String) i.get("id")).orElseThrow();
        to.api().auth().oauth2(centralThere).get("/api/t/luwu-timur/officer/complaints/" + id + "/reporter").then()
                .statusCode(200).body("name", equalTo("Andi Baso"));

        // the numbering carries on after the last number handed out at the source (a sequence per series there
        // and here, carried in the archive's counters): a new report there never takes a number already used
        String moved = receipt.path("trackingNumber");
        String next = to.api().header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(Map.of("type", "COMPLAINT", "title", "Jalan desa longsor", "description",
                        "Jalan desa kami longsor setelah hujan deras semalam.", "category", "TAMBANG-LINGKUNGAN",
                        "anonymous", true))
                .post("/api/t/luwu-timur/complaints").then().statusCode(201).extract().path("trackingNumber");
        assertThat(next.substring(0, next.lastIndexOf('-'))).isEqualTo(moved.substring(0, moved.lastIndexOf('-')));
        assertThat(Long.parseLong(next.substring(next.lastIndexOf('-') + 1)))
                .isGreaterThan(Long.parseLong(moved.substring(moved.lastIndexOf('-') + 1)));

        // once only; and a file that is no archive is refused with nothing stored
        to.api().auth().oauth2(toOperator).multiPart("archive", "luwu-timur.zip", archive, "application/zip")
                .post("/api/platform/tenants/archives").then().statusCode(409).body("code", equalTo("TENANT_EXISTS"))
                .body("message.id", org.hamcrest.Matchers.containsString("sudah ada di sini"))
                .body("message.en", org.hamcrest.Matchers.containsString("already exists here"));
        to.api().auth().oauth2(toOperator).multiPart("archive", "x.zip", "bukan zip".getBytes(), "application/zip")
                .post("/api/platform/tenants/archives").then().statusCode(400)
                .body("code", equalTo("ARCHIVE_UNREADABLE"));
    }
}
