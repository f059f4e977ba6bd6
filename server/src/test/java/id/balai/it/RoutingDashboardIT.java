package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 17: the routing suggestion (item 3), the dashboards (item 6) and the consequence-test team's powers (item 9).
 */
class RoutingDashboardIT extends BalaiIT {
    private static final String T = "muara-enim";
    private static final String QUEUE = "/api/t/" + T + "/officer/complaints";
    private final Map<String, String> tokens = new HashMap<>();

    private String token(String tenant, String role, String unit) {
        return tokens.computeIfAbsent(tenant + role + unit, k -> {
            Map<String, String> o = officers().create(tenant, officers().adminToken(tenant), List.of(role), unit);
            return officers().token(tenant, o.get("username"), o.get("password"));
        });
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String submit(String title, String description, String category) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "title", title, "description",
                description, "anonymous", true));
        if (category != null) {
            body.put("category", category);
        }
        String tracking = api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + T + "/complaints").then().statusCode(201).extract().path("trackingNumber");
        List<Map<String, Object>> items = as(token(T, "CENTRAL_ADMIN", null)).queryParam("size", 100).get(QUEUE)
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
    }

    @Test
    void theSuggestionProposesAnAgencyWithAConfidenceAndDispatchesNothing() {
        String central = token(T, "CENTRAL_ADMIN", null);
        String id = submit("Puskesmas tutup siang hari",
                "Layanan kesehatan di puskesmas kami tutup sebelum jam pelayanan, pasien pulang tanpa berobat.", null);
        String path = "/api/t/" + T + "/officer/routing/complaints/" + id;

        JsonPath s = as(central).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(s.getString("orgUnit")).isEqualTo("DINKES");
        assertThat(s.getString("name")).isNotBlank();
        assertThat(s.getDouble("confidence")).isBetween(0.0, 1.0);
        assertThat(s.getString("source")).isIn("CATEGORY_MAP", "HISTORY");
        assertThat(s.getList("alternatives")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(s.getInt("model.minHistory")).isEqualTo(100);

        // Retraining on demand answers with what the model learnt from; the suggestion still stands.
        JsonPath m = as(central).post("/api/t/" + T + "/officer/routing/model/training").then().statusCode(200)
                .extract().jsonPath();
        assertThat(m.getString("basis")).isIn("CATEGORY_MAP", "HISTORY");
        assertThat(m.getInt("examples")).isGreaterThan(0);
        as(central).get(path).then().statusCode(200).body("orgUnit", equalTo("DINKES"));
        as(token(T, "TENANT_ADMIN", null)).get("/api/t/" + T + "/officer/routing/model").then().statusCode(200);

        // The officer decides: the case is still waiting for verification, with no dispatch.
        as(central).get(QUEUE + "/" + id).then().statusCode(200).body("status", equalTo("RECEIVED"))
                .body("dispatches.size()", equalTo(0));

        // A report with no word the model knows falls back on its category, without a probability.
        String unknown = submit("Xyzzy qwerty", "Plugh frobozz grue.", "PENDIDIKAN");
        JsonPath f = as(central).get("/api/t/" + T + "/officer/routing/complaints/" + unknown).then()
                .statusCode(200).extract().jsonPath();
        assertThat(f.getString("orgUnit")).isEqualTo("DISDIK");
        assertThat(f.getString("source")).isEqualTo("CATEGORY");
        assertThat(f.getString("confidence")).isNull();
    }

    @Test
    void theSuggestionIsForTheCentralAdministratorAndTheCoordinatorOfTheRegencyOnly() {
        String id = submit("Sampah menumpuk", "Sampah di TPS pasar tidak diangkut seminggu.", null);
        String path = "/api/t/" + T + "/officer/routing/complaints/" + id;
        api().get(path).then().statusCode(401);
        as(token(T, "OPS_COORDINATOR", null)).get(path).then().statusCode(200);
        as(token(T, "AGENCY_OPERATOR", "DLH")).get(path).then().statusCode(403);
        as(token(T, "BUPATI", null)).get(path).then().statusCode(403);
        as(token(T, "OPS_COORDINATOR", null)).post("/api/t/" + T + "/officer/routing/model/training").then()
                .statusCode(403);
        as(token(T, "CENTRAL_ADMIN", null)).get("/api/t/" + T + "/officer/routing/complaints/" + UUID.randomUUID())
                .then().statusCode(404);
        as(token(T, "CENTRAL_ADMIN", null)).get("/api/t/" + T + "/officer/routing/complaints/not-a-uuid")
                .then().statusCode(404);
        // Another regency's officer, on this regency's path or on its own with this regency's case: 404.
        String other = token("luwu-timur", "CENTRAL_ADMIN", null);
        as(other).get(path).then().statusCode(404);
        as(other).get("/api/t/luwu-timur/officer/routing/complaints/" + id).then().statusCode(404);
    }

    @Test
    void everyDashboardCountIsTheTotalOfTheQueueItNames() {
        String admin = officers().adminToken(T);
        OpenCase.dispatchedTo(this::api, officers(), T, admin, "KESEHATAN");
        submit("Jalan berlubang", "Jalan desa berlubang di depan sekolah.", "INFRASTRUKTUR");

        checkAgainstQueues(token(T, "CENTRAL_ADMIN", null), "CENTRAL", List.of("RECEIVED", "VERIFIED"));
        checkAgainstQueues(token(T, "AGENCY_OPERATOR", "DINKES"), "AGENCY", null);
        checkAgainstQueues(token(T, "COORDINATION_TEAM", null), "OVERSIGHT", List.of("RECEIVED", "VERIFIED"));

        JsonPath central = as(token(T, "CENTRAL_ADMIN", null)).get("/api/t/" + T + "/officer/dashboard/complaints")
                .then().statusCode(200).extract().jsonPath();
        assertThat(central.getList("trend")).hasSize(12);
        assertThat(central.getList("trend.received", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isGreaterThanOrEqualTo(2);
        LocalDate firstWeek = LocalDate.parse(central.getString("trend[0].startsOn"));
        assertThat(firstWeek.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(central.getInt("workingDaysLeftThisWeek")).isBetween(0, 7);
    }

    /** Each waiting tile, the overdue tile and "due this week" against the queues' own totals. */
    private void checkAgainstQueues(String token, String scope, List<String> dueStatuses) {
        JsonPath d = as(token).get("/api/t/" + T + "/officer/dashboard/complaints").then().statusCode(200)
                .extract().jsonPath();
        assertThat(d.getString("scope")).isEqualTo(scope);
        List<Map<String, Object>> waiting = d.getList("waiting");
        assertThat(waiting).isNotEmpty();
        for (Map<String, Object> tile : waiting) {
            @SuppressWarnings("unchecked")
            Map<String, String> q = (Map<String, String>) tile.get("queue");
            assertThat(((Number) tile.get("count")).longValue()).as("%s %s", scope, tile.get("key"))
                    .isEqualTo(total(token, "", q));
        }
        assertThat(d.getLong("overdue.count")).isEqualTo(total(token, "/overdue", Map.of()));

        LocalDate today = LocalDate.parse(d.getString("today"));
        String nextMonday = LocalDate.parse(d.getString("weekEndsOn")).plusDays(1).toString();
        assertThat(d.getString("dueThisWeek.queue.dueBefore")).isEqualTo(nextMonday);
        long due = 0;
        if (dueStatuses == null) {
            for (String s : List.of("SENT", "RECEIVED", "IN_PROGRESS")) {
                due += total(token, "", Map.of("unitStatus", s, "dueBefore", nextMonday))
                        - total(token, "", Map.of("unitStatus", s, "dueBefore", today.toString()));
            }
        } else {
            for (String s : dueStatuses) {
                due += total(token, "", Map.of("status", s, "dueBefore", nextMonday))
                        - total(token, "", Map.of("status", s, "dueBefore", today.toString()));
            }
        }
        assertThat(d.getLong("dueThisWeek.count")).isEqualTo(due);
    }

    private long total(String token, String suffix, Map<String, String> query) {
        return as(token).queryParams(query).get(QUEUE + suffix).then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    @Test
    void theDashboardIsForComplaintOfficersOfTheRegency() {
        String path = "/api/t/" + T + "/officer/dashboard/complaints";
        api().get(path).then().statusCode(401);
        as(token(T, "PPID_MAIN", null)).get(path).then().statusCode(403);
        as(token(T, "TENANT_ADMIN", null)).get(path).then().statusCode(403);
        as(token(T, "BUPATI", null)).get(path).then().statusCode(200).body("scope", equalTo("OVERSIGHT"));
        as(token(T, "OPS_COORDINATOR", null)).get(path).then().statusCode(200);
        as(token("luwu-timur", "CENTRAL_ADMIN", null)).get(path).then().statusCode(404);
    }

    @Test
    void thePpidDashboardCountsAreTheTotalsOfTheRequestQueues() {
        String requests = "/api/t/" + T + "/officer/information-requests";
        String path = "/api/t/" + T + "/officer/dashboard/requests";
        for (String token : List.of(token(T, "PPID_MAIN", null), token(T, "PPID_ASSISTANT", "PUPR"),
                token(T, "ATASAN_PPID", null))) {
            JsonPath d = as(token).get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> waiting = d.getList("waiting");
            assertThat(waiting).extracting(w -> w.get("key")).containsExactly("AWAITING_CONFIRMATION", "REGISTERED",
                    "ROUTED");
            for (Map<String, Object> w : waiting) {
                assertThat(((Number) w.get("count")).longValue()).isEqualTo(as(token)
                        .queryParam("status", w.get("key")).get(requests).then().statusCode(200).extract()
                        .jsonPath().getLong("total"));
            }
            assertThat(d.getLong("overdue.count")).isEqualTo(as(token).get(requests + "/overdue").then()
                    .statusCode(200).extract().jsonPath().getLong("total"));
            assertThat(d.getLong("dueSoon.count")).isEqualTo(as(token).get(requests + "/due-soon").then()
                    .statusCode(200).extract().jsonPath().getLong("total"));
            assertThat(d.getList("trend")).hasSize(12);
        }
        assertThat(as(token(T, "PPID_ASSISTANT", "PUPR")).get(path).then().extract().jsonPath()
                .getString("orgUnit")).isEqualTo("PUPR");
        api().get(path).then().statusCode(401);
        as(token(T, "CENTRAL_ADMIN", null)).get(path).then().statusCode(403);
        as(token(T, "CONSEQUENCE_TEST_TEAM", null)).get(path).then().statusCode(403);
        as(token("luwu-timur", "CENTRAL_ADMIN", null)).get(path).then().statusCode(404);
    }

    /**
     * Item 9: the consequence-test team (Perbup LT Pasal 6(2), 16(2)) tests and proposes exemptions and reads the
     * register; it does not describe, publish or fix entries, decide or review exemptions, nor touch cases.
     */
    @Test
    void theConsequenceTestTeamReadsTheRegisterAndProposesButDoesNothingElse() {
        String reg = "/api/t/" + T + "/officer/register";
        String team = token(T, "CONSEQUENCE_TEST_TEAM", null);
        String ppid = token(T, "PPID_MAIN", null);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Kajian tambang " + UUID.randomUUID(), "summary",
                "Kajian dampak", "holdingOfficial", "Kepala Dinas", "holdingUnit", "PUPR", "personResponsible",
                "Kabid", "madeOn", "2025-11-03", "madePlace", "Muara Enim", "forms", List.of("SOFTCOPY"),
                "retentionPeriod", "5 tahun", "infoClass", "SETIAP_SAAT"));
        body.put("ownerPpid", "PUPR");
        String entry = as(ppid).body(body).post(reg + "/entries").then().statusCode(201).extract().path("entry.id");

        as(team).get(reg + "/entries").then().statusCode(200);
        as(team).get(reg + "/entries/" + entry).then().statusCode(200);
        String test = as(team).body(Map.of("ground", "A", "harmTest", "Membuka kajian ini mengganggu penyidikan.",
                "political", "Tidak berdampak politik.", "economic", "Tidak berdampak ekonomi.", "socioCultural",
                "Dapat meresahkan warga.", "defenceSecurity", "Tidak berdampak.", "meetingOn",
                LocalDate.now().minusDays(1).toString(), "members", List.of("Ketua", "Anggota"))).post(reg + "/entries/" + entry
                        + "/consequence-tests").then().statusCode(201).extract().path("id");
        as(team).get(reg + "/consequence-tests/" + test).then().statusCode(200);

        as(team).body(Map.of("title", "x")).post(reg + "/entries").then().statusCode(403);
        as(team).post(reg + "/entries/" + entry + "/verification").then().statusCode(403);
        as(team).post(reg + "/entries/" + entry + "/authentication").then().statusCode(403);
        as(team).post(reg + "/entries/" + entry + "/publication").then().statusCode(403);
        as(team).body(Map.of("code", "X")).post(reg + "/entries/" + entry + "/codification").then().statusCode(403);
        as(team).body(Map.of("decision", "EXEMPT")).post(reg + "/consequence-tests/" + test + "/decision").then()
                .statusCode(403);
        as(team).body(Map.of("reason", "x")).post(reg + "/consequence-tests/" + test + "/review").then()
                .statusCode(403);
        as(team).body(Map.of("unit", "DLH")).post(reg + "/deliveries").then().statusCode(403);
        as(team).get(QUEUE).then().statusCode(403);
        as(team).get("/api/t/" + T + "/officer/dashboard/complaints").then().statusCode(403);
    }
}
