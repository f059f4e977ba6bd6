package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The link to SP4N-LAPOR! (Perpres 95/2018) against a local HTTP server standing in for LAPOR!'s integration API
 * ({@link LaporStandIn}; LAPOR!'s own documentation is for registered developers only). A regency is onboarded with
 * the link pointing at the stand-in, another with a token the stand-in refuses; the shipped regencies have no link.
 */
class LaporLinkIT extends BalaiIT {
    private static final String T = "uji-lapor";
    private static final String REFUSED = "uji-lapor-tolak";
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static LaporStandIn lapor;
    private static boolean onboarded;
    private static final Map<String, String> TOKENS = new HashMap<>();

    @BeforeAll
    static void startStandIn() throws Exception {
        lapor = new LaporStandIn(Integer.getInteger("balai.it.lapor.port", 14190),
                System.getProperty("balai.it.lapor.token", "balai-it-throwaway-lapor-token"));
    }

    @AfterAll
    static void stopStandIn() {
        lapor.close();
    }

    private static String definition(String slug, String shortCode, String sms, String tokenEnv) {
        return Regencies.definition(slug, shortCode, sms) + """
                lapor:
                  baseUrl: http://127.0.0.1:%d
                  tokenEnv: %s
                  pullSeconds: 1
                  retrySeconds: 1
                  maxAttempts: 3
                  topics:
                    - topic: Infrastruktur
                      category: JALAN
                  agencies:
                    - agency: Dinas PU Kabupaten Uji
                      unit: PUPR
                """.formatted(Integer.getInteger("balai.it.lapor.port", 14190), tokenEnv);
    }

    private synchronized void onboard() {
        if (!onboarded) {
            String operator = officers().operatorToken();
            Regencies.onboard(this::api, operator, definition(T, "UL", "081100009991", "BALAI_LAPOR_TOKEN_IT"));
            Regencies.onboard(this::api, operator,
                    definition(REFUSED, "UX", "081100009992", "BALAI_LAPOR_TOKEN_IT_WRONG"));
            onboarded = true;
        }
    }

    private String token(String tenant, String role, String unit) {
        onboard();
        return TOKENS.computeIfAbsent(tenant + role + unit, k -> {
            String admin = tenant.startsWith("uji-") ? Regencies.adminToken(officers(), tenant)
                    : officers().adminToken(tenant);
            Map<String, String> o = officers().create(tenant, admin, List.of(role), unit);
            return officers().token(tenant, o.get("username"), o.get("password"));
        });
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void eventually(Supplier<Boolean> condition, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not within " + WAIT + ": " + what);
    }

    /** A citizen's report on the web; returns its tracking number. */
    private String webReport(String tenant, boolean anonymous, String name, String phone) {
        return webReport(tenant, anonymous, name, phone, "Lampu jalan di depan sekolah padam sebulan.");
    }

    private String webReport(String tenant, boolean anonymous, String name, String phone, String text) {
        onboard();
        Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "title", "Lampu jalan padam",
                "description", text,
                "category", "JALAN", "location", "Desa Satu", "anonymous", anonymous, "confidential", false));
        if (!tenant.startsWith("uji-")) {
            body.put("category", "INFRASTRUKTUR");
        }
        body.put("reporter", Map.of("name", name, "phone", phone));
        Response r = api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + tenant + "/complaints");
        r.then().statusCode(201);
        return r.path("trackingNumber");
    }

    private List<Map<String, Object>> queue(String tenant, String channel) {
        RequestSpecification r = as(token(tenant, "CENTRAL_ADMIN", null)).queryParam("size", 100);
        if (channel != null) {
            r = r.queryParam("channel", channel);
        }
        return r.get("/api/t/" + tenant + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    private String idOf(String tenant, String tracking) {
        return queue(tenant, null).stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
    }

    private List<Map<String, Object>> withLaporId(String laporId) {
        return queue(T, "SP4N_LAPOR").stream().filter(i -> laporId.equals(i.get("laporTrackingId"))).toList();
    }

    private void step(String token, String id, String action, Object body) {
        as(token).body(body).post("/api/t/" + T + "/officer/complaints/" + id + "/" + action).then().statusCode(200);
    }

    private static List<String> statuses(LaporStandIn.Report r) {
        return r.updates.stream().map(u -> u.path("status").asText()).toList();
    }

    @Test
    void aReportLaporDispatchesIsHandledInBalaiAndItsFollowUpAndAnswerGoBack() throws Exception {
        lapor.dispatch("LPR-D1", "Infrastruktur", "Dinas PU Kabupaten Uji",
                Map.of("name", "Rahmat Hidayat", "phone", "081355501234"));
        eventually(() -> withLaporId("LPR-D1").size() == 1, "LPR-D1 in the central administrator's queue");
        String id = (String) withLaporId("LPR-D1").get(0).get("id");
        String admin = token(T, "CENTRAL_ADMIN", null);
        as(admin).get("/api/t/" + T + "/officer/complaints/" + id).then().statusCode(200)
                .body("channel", equalTo("SP4N_LAPOR")).body("status", equalTo("RECEIVED"))
                .body("category", equalTo("JALAN")).body("lapor.trackingId", equalTo("LPR-D1"))
                .body("lapor.origin", equalTo("LAPOR")).body("lapor.suggestedUnit.code", equalTo("PUPR"))
                .body("hasReporterContact", equalTo(true));

        String pupr = token(T, "AGENCY_OPERATOR", "PUPR");
        step(admin, id, "verification", Map.of("note", "Lokasi jelas"));
        step(admin, id, "dispatch", Map.of("units", List.of("PUPR")));
        step(pupr, id, "receipt", Map.of());
        step(pupr, id, "answer", Map.of("text", "Tim menambal minggu ini."));
        step(admin, id, "response", Map.of("response", "Jalan poros desa ditambal Dinas PU pada pekan ini."));

        LaporStandIn.Report r = lapor.report("LPR-D1");
        eventually(() -> statuses(r).contains("answered"), "the answer at LAPOR!");
        assertThat(statuses(r)).contains("received", "verified", "in_follow_up", "answered");
        assertThat(r.updates.stream().filter(u -> u.path("status").asText().equals("answered")).findFirst()
                .orElseThrow().path("message").asText())
                .isEqualTo("Jalan poros desa ditambal Dinas PU pada pekan ini.");
        // Internal notes never leave (the agency's own answer to the central administrator is internal).
        assertThat(r.updates.toString()).doesNotContain("Tim menambal minggu ini.");
        assertNoKeySentTwiceEffectively(r);
    }

    @Test
    void aBalaiReportIsSharedWithoutItsReporterAndItsStatusAndPublicationFollow() throws Exception {
        String tracking = webReport(T, true, "Siti Aminah", "081355507777");
        eventually(() -> lapor.sharedAs(tracking) != null, "the report shared to LAPOR!");
        LaporStandIn.Report r = lapor.sharedAs(tracking);
        assertThat(r.shared.path("anonymous").asBoolean()).isTrue();
        assertThat(r.shared.path("public").asBoolean()).isFalse();
        assertThat(r.shared.path("topic").asText()).isEqualTo("Infrastruktur");
        assertThat(r.shared.has("reporter")).isFalse();

        String admin = token(T, "CENTRAL_ADMIN", null);
        String id = idOf(T, tracking);
        eventually(() -> as(admin).get("/api/t/" + T + "/officer/complaints/" + id).path("lapor.trackingId") != null,
                "the LAPOR! id on the case");
        as(admin).get("/api/t/" + T + "/officer/complaints/" + id).then().body("lapor.trackingId",
                equalTo(r.trackingId)).body("lapor.origin", equalTo("BALAI"));

        step(admin, id, "verification", Map.of("note", "Benar ada"));
        eventually(() -> statuses(r).contains("verified"), "the verification at LAPOR!");
        as(admin).body(Map.of("title", "Lampu jalan depan sekolah padam", "text", "Lampu jalan padam sebulan.",
                "publicAttachments", List.of(), "reason", "layak diketahui publik"))
                .post("/api/t/" + T + "/officer/complaints/" + id + "/publication").then().statusCode(200);
        eventually(() -> r.updates.stream().anyMatch(u -> u.path("public").asBoolean()), "the public version");
        JsonNode published = r.updates.stream().filter(u -> u.path("public").asBoolean()).findFirst().orElseThrow();
        assertThat(published.path("publicTitle").asText()).isEqualTo("Lampu jalan depan sekolah padam");

        // The anonim reporter's identity never left Balai, in any call.
        String everything = lapor.calls.toString();
        assertThat(everything).doesNotContain("081355507777").doesNotContain("6281355507777");
        assertThat(lapor.callsWithKeyPrefix(T + ":" + tracking + ":").stream().map(LaporStandIn.Call::body)
                .toList().toString()).doesNotContain("Siti Aminah").doesNotContain("reporter");
        assertNoKeySentTwiceEffectively(r);
    }

    @Test
    void aCallLaporTookButDidNotConfirmIsSentAgainAndCountedOnce() throws Exception {
        lapor.crashAfterTaking("tiang roboh");
        String tracking = webReport(T, false, "Budi Santoso", "081355508888", "Lampu jalan padam, tiang roboh.");
        eventually(() -> {
            LaporStandIn.Report r = lapor.sharedAs(tracking);
            return r != null && r.updates.size() >= 2;
        }, "the report and its first two steps at LAPOR!");
        // The share and a step were taken and then "crashed": each was sent again under the same key ...
        List<LaporStandIn.Call> calls = lapor.callsWithKeyPrefix(T + ":" + tracking + ":");
        assertThat(calls.stream().filter(c -> c.status() == 500)).isNotEmpty();
        assertThat(calls.stream().map(LaporStandIn.Call::key).distinct().count()).isLessThan(calls.size());
        // ... and LAPOR! holds it once: one report, each step once.
        assertThat(lapor.reportsSharedAs(tracking)).isEqualTo(1);
        assertNoKeySentTwiceEffectively(lapor.sharedAs(tracking));
        assertThat(statuses(lapor.sharedAs(tracking))).containsExactly("received", "received");
        // Each send that went through started the count of failures again: the case is not given up.
        String admin = token(T, "CENTRAL_ADMIN", null);
        String path = "/api/t/" + T + "/officer/complaints/" + idOf(T, tracking);
        eventually(() -> as(admin).get(path).path("lapor.lastError") == null, "the last send confirmed");
        as(admin).get(path).then().statusCode(200).body("lapor.givenUpAt", nullValue())
                .body("lapor.sentSeq", equalTo(2));
    }

    @Test
    void aDispatchedReportPulledTwiceAndByConcurrentPullsMakesOneCase() throws Exception {
        onboard();
        String admin = token(T, "CENTRAL_ADMIN", null);
        lapor.dispatch("LPR-D2", "Topik lain", "Instansi lain", null);
        List<CompletableFuture<Integer>> pulls = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> as(admin).post("/api/t/" + T
                        + "/officer/lapor/pulls").then().statusCode(200).extract().<Integer>path("created")))
                .toList();
        int created = pulls.stream().mapToInt(CompletableFuture::join).sum();
        eventually(() -> withLaporId("LPR-D2").size() == 1, "LPR-D2 in the queue");
        Thread.sleep(3000); // the job pulls every second meanwhile: LPR-D2 is listed on every pull
        assertThat(withLaporId("LPR-D2")).hasSize(1);
        assertThat(created).isLessThanOrEqualTo(1);
        assertThat(count("select count(*) from complaint c join lapor_link l on l.tenant_id = c.tenant_id "
                + "and l.complaint_id = c.id where l.lapor_id = 'LPR-D2'")).isEqualTo(1);
        // An unmapped topic leaves the category for the central administrator; an unmapped agency suggests none.
        String id = (String) withLaporId("LPR-D2").get(0).get("id");
        as(admin).get("/api/t/" + T + "/officer/complaints/" + id).then().statusCode(200)
                .body("category", nullValue()).body("lapor.suggestedUnit", nullValue())
                .body("hasReporterContact", equalTo(false));
    }

    @Test
    void aRefusedTokenIsRetriedThenGivenUpWithTheErrorRecorded() throws Exception {
        String tracking = webReport(REFUSED, false, "Ani Lestari", "081355509999");
        String admin = token(REFUSED, "CENTRAL_ADMIN", null);
        eventually(() -> !as(admin).get("/api/t/" + REFUSED + "/officer/lapor").jsonPath()
                .getList("failing.givenUpAt").stream().allMatch(g -> g == null), "the send given up");
        Response status = as(admin).get("/api/t/" + REFUSED + "/officer/lapor");
        status.then().statusCode(200).body("on", equalTo(true)).body("failing[0].attempts", equalTo(3));
        assertThat(status.<String>path("failing[0].lastError")).contains("401");
        assertThat(status.<String>path("lastPullError")).contains("401");
        assertThat(lapor.callsWithKeyPrefix(REFUSED + ":" + tracking + ":")).hasSize(3)
                .allMatch(c -> c.status() == 401);
        assertThat(lapor.reportsSharedAs(tracking)).isZero();
    }

    @Test
    void aRegencyWithoutTheLinkSendsNothing() throws Exception {
        String tracking = webReport("muara-enim", false, "Dedi Kurniawan", "081355506666");
        Thread.sleep(8000); // beyond two rounds of the sender
        assertThat(lapor.calls.toString()).doesNotContain(tracking);
        assertThat(count("select count(*) from lapor_state where tenant_id = 'muara-enim'")).isZero();
        assertThat(count("select count(*) from lapor_link where tenant_id = 'muara-enim'")).isZero();
        String admin = token("muara-enim", "CENTRAL_ADMIN", null);
        as(admin).get("/api/t/muara-enim/officer/lapor").then().statusCode(200).body("on", equalTo(false));
        as(admin).post("/api/t/muara-enim/officer/lapor/pulls").then().statusCode(200).body("linked", equalTo(false));
    }

    @Test
    void anotherRegencysOfficersAndOtherRolesCannotReachTheLink() throws Exception {
        lapor.dispatch("LPR-D3", "Infrastruktur", "Dinas PU Kabupaten Uji", null);
        eventually(() -> withLaporId("LPR-D3").size() == 1, "LPR-D3 in the queue");
        String id = (String) withLaporId("LPR-D3").get(0).get("id");
        String luwu = token("luwu-timur", "CENTRAL_ADMIN", null);
        as(luwu).get("/api/t/" + T + "/officer/lapor").then().statusCode(404);
        as(luwu).post("/api/t/" + T + "/officer/lapor/pulls").then().statusCode(404);
        as(luwu).get("/api/t/" + T + "/officer/complaints/" + id).then().statusCode(404);
        as(luwu).get("/api/t/luwu-timur/officer/complaints/" + id).then().statusCode(404);
        as(luwu).queryParam("channel", "SP4N_LAPOR").get("/api/t/luwu-timur/officer/complaints").then()
                .statusCode(200).body("items.laporTrackingId", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem("LPR-D3")));
        api().get("/api/t/" + T + "/officer/lapor").then().statusCode(401);
        String pupr = token(T, "AGENCY_OPERATOR", "PUPR");
        as(pupr).get("/api/t/" + T + "/officer/lapor").then().statusCode(403);
        as(pupr).post("/api/t/" + T + "/officer/lapor/pulls").then().statusCode(403);
        // Not dispatched to PUPR yet: the agency does not see the case, LAPOR! id or not.
        as(pupr).get("/api/t/" + T + "/officer/complaints/" + id).then().statusCode(404);
        as(token(T, "CENTRAL_ADMIN", null)).queryParam("channel", "FAX").get("/api/t/" + T + "/officer/complaints")
                .then().statusCode(400);
    }

    /** Every idempotency key LAPOR! holds once: no step counted twice. */
    private static void assertNoKeySentTwiceEffectively(LaporStandIn.Report r) {
        List<String> keys = r.updates.stream().map(u -> u.path("key").asText()).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    private static long count(String sql) throws Exception {
        try (Connection c = Db.asSuperuser(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
