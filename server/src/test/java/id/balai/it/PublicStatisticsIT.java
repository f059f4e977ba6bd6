package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The public statistics (issue 15 item 5) end to end: complaints and an information request go through the public
 * API in Muara Enim, one complaint is dispatched to PUPR and answered; a superuser connection then moves them to a
 * February 2025 week of their own, so that other tests' cases do not change the counts. The statistics count them
 * without a name, a phone number, a tracking number or a text; Luwu Timur's statistics do not include them. The LLID
 * is public only once published (Perbup Luwu Timur Pasal 19).
 */
class PublicStatisticsIT extends BalaiIT {
    private static final String T = "muara-enim";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** A Tuesday; the answer comes on the Thursday, 2 working days later, before the due date. */
    private static final LocalDate DAY = LocalDate.of(2025, 2, 11);
    private static final String NAME = "Rahmat Hidayat Statistik";
    private static final String PHONE = "081277770042";
    private static final String TITLE = "Lampu jalan padam di simpang statistik";

    private final Map<String, String> tokens = new HashMap<>();

    private String token(String role, String unit) {
        return tokens.computeIfAbsent(role + unit, k -> {
            Map<String, String> o = officers().create(T, officers().adminToken(T), List.of(role), unit);
            return officers().token(T, o.get("username"), o.get("password"));
        });
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String[] submit(String category) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "title", TITLE, "description",
                "Deskripsi rahasia statistik: sudah dua minggu gelap.", "category", category, "anonymous", false,
                "confidential", false, "reporter", Map.of("name", NAME, "phone", PHONE)));
        String tn = api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + T + "/complaints").then().statusCode(201).extract().path("trackingNumber");
        List<Map<String, Object>> items = as(token("CENTRAL_ADMIN", null)).queryParam("size", 100)
                .get("/api/t/" + T + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        String id = items.stream().filter(i -> tn.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        return new String[] {tn, id};
    }

    private void step(String token, String id, String action, Object body) {
        RequestSpecification r = as(token);
        if (body != null) {
            r = r.body(body);
        }
        r.post("/api/t/" + T + "/officer/complaints/" + id + "/" + action).then().statusCode(200);
    }

    private static void update(Connection su, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = su.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private JsonPath statistics(String tenant) {
        return api().queryParam("from", DAY.minusDays(3).toString()).queryParam("to", DAY.plusDays(3).toString())
                .get("/api/t/" + tenant + "/public/statistics").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath j, String list, String key) {
        List<Map<String, Object>> items = j.getList(list);
        return items.stream().filter(i -> key.equals(i.get("key"))).mapToLong(i -> ((Number) i.get("count"))
                .longValue()).sum();
    }

    @Test
    void countsTheRegencysCasesWithoutAPersonAndOnlyItsOwn() throws SQLException {
        String admin = token("CENTRAL_ADMIN", null);
        String pupr = token("AGENCY_OPERATOR", "PUPR");
        String[] answered = submit("INFRASTRUKTUR");
        step(admin, answered[1], "verification", Map.of());
        step(admin, answered[1], "dispatch", Map.of());
        step(pupr, answered[1], "receipt", null);
        step(pupr, answered[1], "answer", Map.of("text", "Lampu diganti besok."));
        String[] waiting = submit("KESEHATAN");
        String registration = api().header("Idempotency-Key", "k-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(InformationRequestIT.form("READ", null)).post("/api/t/" + T + "/information-requests").then()
                .statusCode(201).extract().path("registrationNumber");

        try (Connection su = Db.asSuperuser()) {
            for (String tn : List.of(answered[0], waiting[0])) {
                update(su, "update complaint set received_on = ?, received_at = ? where tenant_id = ? "
                        + "and tracking_number = ?", DAY, Timestamp.from(DAY.atTime(9, 0).atZone(WIB).toInstant()),
                        T, tn);
            }
            update(su, "update complaint_dispatch d set sent_at = ?, due_on = ?, answered_at = ? from complaint c "
                    + "where c.tenant_id = d.tenant_id and c.id = d.complaint_id and c.tenant_id = ? "
                    + "and c.tracking_number = ?", Timestamp.from(DAY.atTime(10, 0).atZone(WIB).toInstant()),
                    DAY.plusDays(7), Timestamp.from(DAY.plusDays(2).atTime(10, 0).atZone(WIB).toInstant()), T,
                    answered[0]);
            update(su, "update complaint set rating = 4 where tenant_id = ? and tracking_number = ?", T,
                    answered[0]);
            update(su, "update information_request set received_on = ? where tenant_id = ? "
                    + "and registration_number = ?", DAY, T, registration);
        }

        JsonPath j = statistics(T);
        assertThat(j.getLong("complaints.total")).isEqualTo(2);
        assertThat(count(j, "complaints.byCategory", "INFRASTRUKTUR")).isEqualTo(1);
        assertThat(count(j, "complaints.byCategory", "KESEHATAN")).isEqualTo(1);
        assertThat(count(j, "complaints.byMonth", "2025-02")).isEqualTo(2);
        assertThat(count(j, "complaints.byAgency", "PUPR")).isEqualTo(1);
        List<Map<String, Object>> statuses = j.getList("complaints.byStatus");
        assertThat(statuses.stream().mapToLong(s -> ((Number) s.get("count")).longValue()).sum()).isEqualTo(2);
        assertThat(j.getString("agencies.find { it.unit == 'PUPR' }.answered")).isEqualTo("1");
        assertThat(j.getDouble("agencies.find { it.unit == 'PUPR' }.medianWorkingDays")).isEqualTo(2.0);
        List<Map<String, Object>> agencies = j.getList("agencies");
        assertThat(agencies).allSatisfy(a -> assertThat(((Number) a.get("medianWorkingDays")).doubleValue())
                .isGreaterThanOrEqualTo(0));
        assertThat(j.getDouble("agencies.find { it.unit == 'PUPR' }.answeredByDue")).isEqualTo(1.0);
        assertThat(j.getDouble("satisfaction.mean")).isEqualTo(4.0);
        assertThat(j.getLong("satisfaction.count")).isEqualTo(1);
        assertThat(j.getLong("information.requests")).isEqualTo(1);
        assertThat(count(j, "information.outcomes", "PENDING")
                + count(j, "information.outcomes", "GRANTED_FULL") + count(j, "information.outcomes", "GRANTED_PART")
                + count(j, "information.outcomes", "REFUSED") + count(j, "information.outcomes", "NOT_HELD")
                + count(j, "information.outcomes", "LAPSED")).isEqualTo(j.getLong("information.requests"));

        String raw = api().queryParam("from", DAY.minusDays(3).toString()).queryParam("to", DAY.plusDays(3).toString())
                .get("/api/t/" + T + "/public/statistics").asString();
        assertThat(raw).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain(answered[0])
                .doesNotContain(waiting[0]).doesNotContain(registration).doesNotContain(TITLE)
                .doesNotContain("Deskripsi rahasia").doesNotContain("Andi Baso");

        JsonPath other = statistics("luwu-timur");
        assertThat(other.getLong("complaints.total")).isZero();
        assertThat(other.getLong("information.requests")).isZero();

        byte[] csv = api().queryParam("from", DAY.minusDays(3).toString()).queryParam("to", DAY.plusDays(3).toString())
                .queryParam("format", "csv").get("/api/t/" + T + "/public/statistics").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("section,key,value").contains("complaints,total,2")
                .contains("complaints_by_category,INFRASTRUKTUR,1").doesNotContain(NAME).doesNotContain(answered[0]);
    }

    @Test
    void badDatesAndTooLongPeriodsAre400() {
        api().queryParam("from", "2025-02-30").get("/api/t/" + T + "/public/statistics").then().statusCode(400)
                .body("field", equalTo("from"));
        api().queryParam("from", "2024-01-01").queryParam("to", "2025-06-01").get("/api/t/" + T
                + "/public/statistics").then().statusCode(400);
        api().queryParam("format", "xml").get("/api/t/" + T + "/public/statistics").then().statusCode(400);
        api().get("/api/t/no-such-regency/public/statistics").then().statusCode(404);
        api().get("/api/t/" + T + "/public/statistics").then().statusCode(200);
    }

    @Test
    void aClientThatAsksMoreThanThirtyTimesAMinuteWaitsAndOthersDoNot() {
        // Each client is its own address (the tests' server trusts the loopback proxy's X-Forwarded-For).
        String scraper = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        RateWindows.awaitRoom(java.time.Duration.ofMinutes(1), java.time.Duration.ofSeconds(20));
        for (int i = 0; i < 30; i++) {
            api().header("X-Forwarded-For", scraper).get("/api/t/" + T + "/public/statistics").then().statusCode(200);
        }
        api().header("X-Forwarded-For", scraper).queryParam("format", "csv").get("/api/t/" + T + "/public/statistics")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("code", equalTo("RATE_LIMITED"));
        api().header("X-Forwarded-For", scraper).get("/api/t/" + T + "/public/llid/2025").then().statusCode(429);
        api().header("X-Forwarded-For", "198.51.100.7").get("/api/t/" + T + "/public/statistics").then()
                .statusCode(200);
    }

    @Test
    void theLlidIsPublicOnlyOncePublished() {
        // A year no other test has published (the tests share one database and run in any order).
        int year = 2010;
        while (api().get("/api/t/" + T + "/public/llid/" + year).statusCode() != 404) {
            year++;
        }
        as(token("PPID_MAIN", null)).queryParam("year", year)
                .post("/api/t/" + T + "/officer/information-reports/llid/publication").then().statusCode(200);
        api().get("/api/t/" + T + "/public/llid/" + year).then().statusCode(200)
                .header("Content-Type", startsWith("application/pdf"));
        assertThat(api().get("/api/t/" + T + "/public/statistics").jsonPath().getList("llidYears", Integer.class))
                .contains(year);
    }
}
