package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The provincial compliance view (issue 7, items 2-4): two regencies onboarded into a province of their own
 * (Gorontalo, 75, so that other tests' cases do not move the numbers), their records created through the APIs and
 * dated with SQL into July 2026 (no holiday that month), the aggregation run by the operator, and every indicator
 * compared with a value computed by hand. Another province's admin sees none of it; no identity reaches any
 * format.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvincialComplianceIT extends BalaiIT {
    private static final String A = "boalemo";
    private static final String B = "pohuwato";
    private static final String REQUESTER = "Rahmat Hulopi";
    private static final String NIK = "7503011203900007";
    private static final String REQUESTER_PHONE = "081234560075";
    private static final String REPORTER = "Fitriani Mohamad";
    private static final String REPORTER_PHONE = "081234561175";

    private static String definition(String slug, String name, String shortCode, String region, String sms,
            boolean pembantu) {
        return """
                slug: %s
                name: %s
                shortCode: %s
                regionCode: "%s"
                province:
                  code: "75"
                  name: Gorontalo
                timeZone: WITA
                hosts: []
                channels:
                  website: %s.example
                  smsNumber: "%s"
                orgUnits:
                  - code: KOMINFO
                    name: Dinas Komunikasi dan Informatika
                    kind: AGENCY
                    hostsSpikm: true
                    hostsPpidUtama: true
                  - code: PUPR
                    name: Dinas Pekerjaan Umum
                    kind: AGENCY
                    ppidPembantu: %s
                  - code: DINKES
                    name: Dinas Kesehatan
                    kind: AGENCY
                    ppidPembantu: %s
                complaintCategories:
                  - code: JALAN
                    name: Jalan dan jembatan
                    routeTo: PUPR
                """.formatted(slug, name, shortCode, region, slug, sms, pembantu, pembantu);
    }

    private static void sql(String... statements) throws SQLException {
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String onboard(String operator, String yaml) {
        Response r = api().auth().oauth2(operator).contentType("application/yaml")
                .body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/platform/tenants");
        if (r.statusCode() == 409) {
            return null; // a rerun against a kept database
        }
        r.then().statusCode(201);
        return officers().replaceOneTimePassword(r.path("tenant.slug"), "admin", r.path("admin.oneTimePassword"));
    }

    private String submitRequest(String tenant) {
        Map<String, Object> requester = Map.of("name", REQUESTER, "idNumber", NIK, "address", "Jl. Trans Sulawesi 7",
                "phone", REQUESTER_PHONE, "occupation", "Guru");
        Map<String, Object> body = Map.of("requesterType", "INDIVIDUAL", "requester", requester,
                "informationWanted", "Daftar proyek jalan desa tahun 2026", "purpose", "Pengawasan warga",
                "obtainMethod", "READ", "willingToPay", false);
        Response r = api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key",
                "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + tenant + "/information-requests");
        r.then().statusCode(201);
        return r.path("registrationNumber");
    }

    private String submitComplaint(String tenant) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "title", "Jalan desa berlubang",
                "description", "Jalan menuju sekolah berlubang dan tergenang setiap hujan.", "category", "JALAN",
                "location", "Desa Tabulo", "anonymous", false, "confidential", false));
        body.put("reporter", Map.of("name", REPORTER, "phone", REPORTER_PHONE));
        Response r = api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key",
                "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body(body).post("/api/t/" + tenant + "/complaints");
        r.then().statusCode(201);
        return r.path("trackingNumber");
    }

    /** A request received on {@code received}, due 10 working days later, noticed on {@code noticed} (or not). */
    private static String dateRequest(String tenant, String number, String received, String due, String noticed) {
        return "update information_request set received_on = '" + received + "', counting_starts_on = '" + received
                + "', received_at = timestamptz '" + received + " 09:00+08', notice_due = '" + due + "'"
                + (noticed == null ? "" : ", status = 'NOTICE_ISSUED', outcome = 'REFUSED', notice_issued_on = '"
                        + noticed + "', notice_issued_at = timestamptz '" + noticed + " 10:00+08'")
                + " where tenant_id = '" + tenant + "' and registration_number = '" + number + "'";
    }

    private static String dateComplaint(String tenant, String number, String received, String verifyDue,
            String status, Integer rating) {
        return "update complaint set received_on = '" + received + "', counting_starts_on = '" + received
                + "', received_at = timestamptz '" + received + " 09:00+08', verify_due = '" + verifyDue + "', status = '" + status + "', rating = "
                + (rating == null ? "null" : rating.toString()) + " where tenant_id = '" + tenant
                + "' and tracking_number = '" + number + "'";
    }

    private static String event(String tenant, String number, String at, String action) {
        return "insert into complaint_event (tenant_id, complaint_id, seq, at, step, action, actor, public_event) "
                + "select tenant_id, id, 100, timestamptz '" + at + "', 'REVIEW', '" + action + "', 'test', true "
                + "from complaint where tenant_id = '" + tenant + "' and tracking_number = '" + number + "'";
    }

    private void seed(String operator) throws Exception {
        String passA = onboard(operator, definition(A, "Kabupaten Boalemo", "BM", "75.02", "081100007502", true));
        String passB = onboard(operator, definition(B, "Kabupaten Pohuwato", "PH", "75.04", "081100007504", false));
        if (passA == null || passB == null) {
            return;
        }
        String adminA = officers().token(A, "admin", passA);
        // A PPID Pembantu officer for PUPR (DINKES has none): coverage counts PUPR once it has delivered.
        officers().create(A, adminA, List.of("PPID_ASSISTANT"), "PUPR");

        // Boalemo: four requests. 1 Jul -> notice 3 Jul (2 WD); 1 Jul -> 20 Jul (13 WD); 6 Jul -> none, due 20 Jul;
        // 6 Jul -> 31 Jul (19 WD).
        String r1 = submitRequest(A);
        String r2 = submitRequest(A);
        String r3 = submitRequest(A);
        String r4 = submitRequest(A);
        // Pohuwato: one request, 1 Jul -> 6 Jul (3 WD).
        String r5 = submitRequest(B);
        String c1 = submitComplaint(A);
        String c2 = submitComplaint(A);
        String c3 = submitComplaint(A);
        sql(dateRequest(A, r1, "2026-07-01", "2026-07-15", "2026-07-03"),
                dateRequest(A, r2, "2026-07-01", "2026-07-15", "2026-07-20"),
                dateRequest(A, r3, "2026-07-06", "2026-07-20", null),
                dateRequest(A, r4, "2026-07-06", "2026-07-20", "2026-07-31"),
                dateRequest(B, r5, "2026-07-01", "2026-07-15", "2026-07-06"),
                // Two objections: one answered in time, one past its due date unanswered; one dispute.
                "insert into information_objection (tenant_id, id, request_id, register_number, ground, "
                        + "ground_arose_on, filed_on, answer_due, status, answered_on, filed_at, counting_starts_on, "
                        + "answered_at) select tenant_id, gen_random_uuid(), id, 'KB-' || registration_number, "
                        + "'A_REFUSED_EXEMPT', notice_issued_on, date '2026-07-21', date '2026-09-01', 'ANSWERED', "
                        + "date '2026-08-10', timestamptz '2026-07-21 10:00+08', date '2026-07-21', "
                        + "timestamptz '2026-08-10 10:00+08' from information_request "
                        + "where tenant_id = '" + A + "' and registration_number = '" + r2 + "'",
                "insert into information_objection (tenant_id, id, request_id, register_number, ground, "
                        + "ground_arose_on, filed_on, answer_due, status, filed_at, counting_starts_on) select "
                        + "tenant_id, gen_random_uuid(), id, 'KB-' || registration_number, 'A_REFUSED_EXEMPT', "
                        + "notice_issued_on, date '2026-08-03', date '2026-09-14', 'FILED', "
                        + "timestamptz '2026-08-03 10:00+08', date '2026-08-03' from information_request where tenant_id = '" + A
                        + "' and registration_number = '" + r4 + "'",
                "insert into information_dispute (tenant_id, id, objection_id, request_id, register_number, filed_on, "
                        + "stage, details) select tenant_id, gen_random_uuid(), id, request_id, 'SG-1', "
                        + "date '2026-09-20', 'REGISTERED', '{}' from information_objection where tenant_id = '" + A
                        + "' and filed_on = '2026-08-03'",
                // Complaints: c1 verified on time (due 6 Jul, verified 2 Jul), closed, rated 4, its PUPR part answered
                // on time; c2 verified late (8 Jul), closed, rated 2; c3 never verified, due 9 Jul.
                dateComplaint(A, c1, "2026-07-01", "2026-07-06", "CLOSED", 4),
                dateComplaint(A, c2, "2026-07-01", "2026-07-06", "CLOSED", 2),
                dateComplaint(A, c3, "2026-07-06", "2026-07-09", "RECEIVED", null),
                event(A, c1, "2026-07-02 10:00+08", "VERIFIED"),
                event(A, c2, "2026-07-08 10:00+08", "VERIFIED"),
                "insert into complaint_dispatch (tenant_id, complaint_id, org_unit_code, status, sent_at, due_on, "
                        + "answered_at) select tenant_id, id, 'PUPR', 'ANSWERED', timestamptz '2026-07-02 11:00+08', "
                        + "date '2026-07-09', timestamptz '2026-07-08 15:00+08' from complaint where tenant_id = '" + A
                        + "' and tracking_number = '" + c1 + "'",
                // Register: two berkala (one current, one overdue), one setiap saat, one unpublished (not counted).
                register(A, "B-1", "BERKALA", true, "current_date + 30"),
                register(A, "B-2", "BERKALA", true, "date '2026-01-01'"),
                register(A, "S-1", "SETIAP_SAAT", true, "null"),
                register(A, "S-2", "SETIAP_SAAT", false, "null"),
                // PUPR delivered a month ago; the LLID 2025 was published on 20 March 2026 (due 31 March).
                "insert into register_delivery (tenant_id, id, org_unit_code, delivered_on, entries, recorded_by, "
                        + "recorded_at) values ('" + A + "', gen_random_uuid(), 'PUPR', current_date - 30, 3, 'test', now())",
                "insert into information_llid (tenant_id, fiscal_year, published_on, updated_at) values ('" + A
                        + "', 2025, date '2026-03-20', now())");
    }

    private static String register(String tenant, String number, String infoClass, boolean published, String due) {
        return "insert into register_entry (tenant_id, id, number, title, summary, holding_unit, available_forms, "
                + "info_class, owner_ppid, stage, published, next_update_due, created_at) values ('" + tenant
                + "', gen_random_uuid(), '" + number + "', 'Entri " + number + "', 'Ringkasan', 'KOMINFO', 'SOFT', '"
                + infoClass + "', 'KOMINFO', 'DESCRIBED', " + published + ", " + due + ", now())";
    }

    private String provincialAdmin(String operator, String province) {
        String username = "prov" + province + "-" + UUID.randomUUID().toString().substring(0, 6);
        Response r = api().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Admin Provinsi " + province, "province", province))
                .post("/api/platform/provincial-admins");
        r.then().statusCode(201).body("account.province", equalTo(province));
        return officers().token(null, username, officers().replaceOneTimePassword(null, username,
                r.path("oneTimePassword")));
    }

    private static Map<String, Object> rowOf(JsonPath json, String slug) {
        List<Map<String, Object>> rows = json.getList("tenants");
        return rows.stream().filter(r -> slug.equals(r.get("slug"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indicators(Map<String, Object> row) {
        return (Map<String, Object>) row.get("indicators");
    }

    @Test
    @Order(1)
    void eachIndicatorMatchesTheHandComputedValueAndOnlyTheProvinceSeesIt() throws Exception {
        String operator = officers().operatorToken();
        seed(operator);
        api().auth().oauth2(operator).post("/api/platform/compliance/runs").then().statusCode(200)
                .body("full", equalTo(true));
        String gorontalo = provincialAdmin(operator, "75");

        JsonPath table = as(gorontalo).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .get("/api/province/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(table.getString("province")).isEqualTo("75");
        assertThat(table.getString("disclaimer.id")).contains("bukan nilai resmi Komisi Informasi");
        assertThat(table.getString("disclaimer.en")).contains("not the Information Commission's official");
        assertThat(table.getList("tenants.slug", String.class)).containsExactly(A, B);
        assertThat(table.getDouble("weights.NOTICE_ON_TIME")).isEqualTo(20.0);
        assertThat(table.getList("bands.code")).hasSize(5);

        Map<String, Object> a = indicators(rowOf(table, A));
        assertThat(((Number) a.get("requests")).intValue()).isEqualTo(4);
        assertThat(((Number) a.get("requestsDue")).intValue()).isEqualTo(4);
        assertThat(a.get("noticedWithinNoticePct")).isEqualTo(25.0f); // 1 of 4 within 10 WD
        assertThat(a.get("noticedWithinExtensionPct")).isEqualTo(50.0f); // 2 of 4 within 17 WD
        assertThat(a.get("medianWorkingDaysToNotice")).isEqualTo(13); // 2, 13, 19: rank 2
        assertThat(a.get("p90WorkingDaysToNotice")).isEqualTo(19); // rank ceil(2.7) = 3
        assertThat(((Number) a.get("objections")).intValue()).isEqualTo(2);
        assertThat(a.get("objectionsPer100Requests")).isEqualTo(50.0f);
        assertThat(a.get("objectionsAnsweredOnTimePct")).isEqualTo(50.0f);
        assertThat(((Number) a.get("disputes")).intValue()).isEqualTo(1);
        assertThat(a.get("berkalaEntries")).isEqualTo(2);
        assertThat(a.get("berkalaCurrent")).isEqualTo(1);
        assertThat(a.get("setiapSaatEntries")).isEqualTo(1);
        assertThat(a.get("registerCompletenessPct")).isEqualTo(83.3f); // (100 + 100 + 50) / 3
        assertThat(a.get("llidOnTime")).isEqualTo(true);
        assertThat(a.get("llidPublishedOn")).isEqualTo("2026-03-20");
        assertThat(a.get("pembantuUnits")).isEqualTo(2);
        assertThat(a.get("pembantuCovered")).isEqualTo(1);
        assertThat(a.get("pembantuCoveragePct")).isEqualTo(50.0f);
        assertThat(((Number) a.get("complaints")).intValue()).isEqualTo(3);
        assertThat(a.get("complaintsVerifiedOnTimePct")).isEqualTo(33.3f);
        assertThat(a.get("followUpOnTimePct")).isEqualTo(100.0f);
        assertThat(a.get("complaintsClosedPct")).isEqualTo(66.7f);
        assertThat(a.get("ratingMean")).isEqualTo(3.0f);
        // (20*25 + 10*50 + 20*83.3 + 10*100 + 10*50 + 10*33.3 + 10*100 + 5*66.7 + 5*50) / 100 = 60.8
        double expectedA = (20 * 25 + 10 * 50 + 20 * 83.3 + 10 * 100 + 10 * 50 + 10 * 33.3 + 10 * 100 + 5 * 66.7
                + 5 * 50) / 100.0;
        assertThat(((Number) rowOf(table, A).get("score")).doubleValue())
                .isCloseTo(Math.round(expectedA * 10) / 10.0, within(0.0001));
        assertThat(table.getString("tenants.find { it.slug == 'boalemo' }.band.code")).isEqualTo("CUKUP_INFORMATIF");

        Map<String, Object> b = indicators(rowOf(table, B));
        assertThat(b.get("noticedWithinNoticePct")).isEqualTo(100.0f);
        assertThat(b.get("medianWorkingDaysToNotice")).isEqualTo(3);
        assertThat(b.get("registerCompletenessPct")).isEqualTo(0.0f);
        assertThat(b.get("llidOnTime")).isEqualTo(false); // none by 31 March 2026
        assertThat(b.get("pembantuCoveragePct")).isNull(); // no PPID Pembantu unit
        assertThat(b.get("complaintsVerifiedOnTimePct")).isNull();
        // (20*100 + 20*0 + 10*0) / 50 = 40: Kurang Informatif.
        assertThat(((Number) rowOf(table, B).get("score")).doubleValue()).isCloseTo(40.0, within(0.0001));
        assertThat(table.getString("tenants.find { it.slug == 'pohuwato' }.band.code")).isEqualTo("KURANG_INFORMATIF");

        // A period that holds none of the July cases: counts are 0, the shares have no value.
        JsonPath june = as(gorontalo).queryParam("from", "2026-06-01").queryParam("to", "2026-06-30")
                .get("/api/province/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(indicators(rowOf(june, A)).get("requests")).isEqualTo(0);
        assertThat(indicators(rowOf(june, A)).get("noticedWithinNoticePct")).isNull();

        // Whole months come from the month roll-up, the days of a month begun or unfinished from the day rows
        // (V0043); a period across both adds them up. 1-5 July: the three cases of 1 July, by day.
        Map<String, Object> julyStart = indicators(rowOf(as(gorontalo).queryParam("from", "2026-07-01")
                .queryParam("to", "2026-07-05").get("/api/province/compliance").then().statusCode(200).extract()
                .jsonPath(), A));
        assertThat(((Number) julyStart.get("requests")).intValue()).isEqualTo(2);
        assertThat(((Number) julyStart.get("complaints")).intValue()).isEqualTo(2);
        assertThat(julyStart.get("medianWorkingDaysToNotice")).isEqualTo(2); // 2 and 13: rank 1
        // 2 July - 31 August: the cases of 6 July and the objection of 21 July by day, August whole.
        Map<String, Object> julyAugust = indicators(rowOf(as(gorontalo).queryParam("from", "2026-07-02")
                .queryParam("to", "2026-08-31").get("/api/province/compliance").then().statusCode(200).extract()
                .jsonPath(), A));
        assertThat(((Number) julyAugust.get("requests")).intValue()).isEqualTo(2);
        assertThat(((Number) julyAugust.get("complaints")).intValue()).isEqualTo(1);
        assertThat(((Number) julyAugust.get("objections")).intValue()).isEqualTo(2);
        assertThat(((Number) julyAugust.get("disputes")).intValue()).isZero(); // filed 20 September
        assertThat(julyAugust.get("p90WorkingDaysToNotice")).isEqualTo(19); // r4 only; r3 has no notice

        // Weights are the province's own: NOTICE_ON_TIME 60 and the rest as before moves Pohuwato to
        // (60*100) / (60 + 20 + 10) = 66.7.
        as(gorontalo).body(Map.of("weights", Map.of("NOTICE_ON_TIME", 60))).put("/api/province/compliance/weights")
                .then().statusCode(200).body("weights.NOTICE_ON_TIME", equalTo(60.0f));
        JsonPath reweighted = as(gorontalo).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .get("/api/province/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(((Number) rowOf(reweighted, B).get("score")).doubleValue()).isCloseTo(66.7, within(0.0001));
        as(gorontalo).body(Map.of("weights", Map.of("NOTICE_ON_TIME", 20))).put("/api/province/compliance/weights")
                .then().statusCode(200);
        as(gorontalo).body(Map.of("weights", Map.of("NOPE", 1))).put("/api/province/compliance/weights").then()
                .statusCode(400).body("code", equalTo("UNKNOWN_INDICATOR")).body("field", equalTo("weights.NOPE"));

        // Drill-down: July's counts for Boalemo; the trend per year.
        as(gorontalo).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .get("/api/province/compliance/tenants/" + A).then().statusCode(200)
                .body("tenant.indicators.requests", equalTo(4)).body("months.'2026-07'.requests", equalTo(4))
                .body("months.'2026-07'.complaints", equalTo(3)).body("disclaimer.en", org.hamcrest.Matchers
                        .containsString("not the Information Commission"));
        as(gorontalo).queryParam("years", "2025,2026").get("/api/province/compliance/trend").then().statusCode(200)
                .body("tenants.find { it.slug == 'pohuwato' }.years.size()", equalTo(2))
                .body("tenants.find { it.slug == 'boalemo' }.years.find { it.year == 2026 }.band.code",
                        equalTo("CUKUP_INFORMATIF"));

        // Another province's admin sees none of these tenants, and their drill-down does not exist for them.
        String sulsel = provincialAdmin(operator, "73");
        JsonPath other = as(sulsel).get("/api/province/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(other.getList("tenants.slug", String.class)).doesNotContain(A, B).contains("luwu-timur");
        as(sulsel).get("/api/province/compliance/tenants/" + A).then().statusCode(404)
                .body("code", equalTo("TENANT_NOT_FOUND"));
        String sumsel = provincialAdmin(operator, "16");
        assertThat(as(sumsel).get("/api/province/compliance").then().statusCode(200).extract().jsonPath()
                .getList("tenants.slug", String.class)).contains("muara-enim").doesNotContain(A, B, "luwu-timur");

        // No identity in any format.
        String json = as(gorontalo).queryParam("from", "2026-01-01").get("/api/province/compliance").asString();
        String drill = as(gorontalo).get("/api/province/compliance/tenants/" + A).asString();
        String csv = as(gorontalo).queryParam("format", "csv").get("/api/province/compliance").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        byte[] xlsx = as(gorontalo).queryParam("format", "xlsx").get("/api/province/compliance").then().statusCode(200)
                .extract().asByteArray();
        byte[] pdf = as(gorontalo).queryParam("format", "pdf").get("/api/province/compliance").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String xlsxText = xlsxText(xlsx);
        // The PDF's narrow columns wrap words anywhere: compare without white space.
        String pdfText = InformationRequestIT.pdfText(pdf).replaceAll("\\s", "");
        assertThat(csv).contains("Kabupaten Boalemo").contains("bukan nilai resmi");
        assertThat(xlsxText).contains("Kabupaten Pohuwato");
        assertThat(pdfText).contains("KabupatenBoalemo").contains("bukannilairesmi");
        for (String text : List.of(json, drill, csv, xlsxText, pdfText)) {
            for (String secret : List.of(REQUESTER, NIK, REQUESTER_PHONE, "6281234560075", REPORTER, REPORTER_PHONE,
                    "6281234561175", "Jalan desa berlubang", "Daftar proyek jalan desa")) {
                assertThat(text).doesNotContain(secret).doesNotContain(secret.replace(" ", ""));
            }
        }
    }

    /** After the hand-computed checks: it moves one of their cases. */
    @Test
    @Order(3)
    void theIncrementalRunRecomputesTheDaysOfCasesThatMovedSinceTheLastRun() throws Exception {
        String operator = officers().operatorToken();
        seed(operator);
        api().auth().oauth2(operator).post("/api/platform/compliance/runs").then().statusCode(200);
        String gorontalo = provincialAdmin(operator, "75");
        // Boalemo's open request of 6 July gets its notice on 17 July (9 WD), a step recorded now: the incremental
        // run recomputes 6 July although it is months back, and 2 of 4 requests are now noticed within 10 WD.
        sql("update information_request set status = 'NOTICE_ISSUED', outcome = 'REFUSED', notice_issued_on = "
                + "'2026-07-17', notice_issued_at = timestamptz '2026-07-17 10:00+08' where tenant_id = '" + A + "' and received_on = '2026-07-06' and notice_issued_on is null",
                "insert into information_event (tenant_id, subject_id, seq, at, action, actor, public_event) select "
                        + "tenant_id, id, 100, now(), 'NOTICE_ISSUED', 'test', true from information_request where "
                        + "tenant_id = '" + A + "' and notice_issued_on = '2026-07-17'");
        api().auth().oauth2(operator).queryParam("full", false).post("/api/platform/compliance/runs").then()
                .statusCode(200).body("full", equalTo(false));
        JsonPath table = as(gorontalo).queryParam("from", "2026-07-01").queryParam("to", "2026-07-31")
                .get("/api/province/compliance").then().statusCode(200).extract().jsonPath();
        Map<String, Object> a = indicators(rowOf(table, A));
        assertThat(a.get("noticedWithinNoticePct")).isEqualTo(50.0f);
        assertThat(a.get("medianWorkingDaysToNotice")).isEqualTo(9); // 2, 9, 13, 19: rank 2
    }

    @Test
    void aPeriodEndingTodayCountsTodaysReceiptsOnASaturdayNight() throws Exception {
        String operator = officers().operatorToken();
        seed(operator);
        String gorontalo = provincialAdmin(operator, "75");
        // Saturday 28 November 2026, 22:00 WITA: the office is closed, the clock counts from Monday 30 November, but
        // the report was received on the 28th and a period ending that day counts it.
        String saturdayNight = "2026-11-28T22:00:00+08:00";
        String number = api().header("X-Balai-Test-Instant", saturdayNight).header("X-Forwarded-For",
                Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(Map.of("type", "COMPLAINT", "title", "Lampu jalan padam", "description",
                        "Lampu jalan di depan pasar padam sejak minggu lalu.", "category", "JALAN", "anonymous", true,
                        "confidential", false))
                .post("/api/t/" + A + "/complaints").then().statusCode(201).body("receivedOn", equalTo("2026-11-28"))
                .body("countingStartsOn", equalTo("2026-11-30")).extract().path("trackingNumber");
        long received = 0;
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement();
                java.sql.ResultSet rs = s.executeQuery("select count(*) from complaint where tenant_id = '" + A
                        + "' and received_on = '2026-11-28' and status <> 'MERGED'")) {
            rs.next();
            received = rs.getLong(1);
        }
        assertThat(received).isPositive();
        api().auth().oauth2(operator).post("/api/platform/compliance/runs").then().statusCode(200);

        // The default period ends today: asked on that Saturday night, it ends on the 28th and holds the report.
        JsonPath asOfSaturday = as(gorontalo).header("X-Balai-Test-Instant", saturdayNight)
                .get("/api/province/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(asOfSaturday.getString("to")).isEqualTo("2026-11-28");
        assertThat(((Number) indicators(rowOf(asOfSaturday, A)).get("complaints")).longValue())
                .isGreaterThanOrEqualTo(received);
        JsonPath thatDay = as(gorontalo).queryParam("from", "2026-11-28").queryParam("to", "2026-11-28")
                .get("/api/province/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(((Number) indicators(rowOf(thatDay, A)).get("complaints")).longValue()).isEqualTo(received);
        assertThat(number).isNotBlank();
    }

    private static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder b = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        b.append(cell.toString()).append('\t');
                    }
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }

    @Test
    @Order(2)
    void theEndpointsAskForTheRightRole() {
        api().get("/api/province/compliance").then().statusCode(401);
        api().get("/api/province/compliance/trend").then().statusCode(401);
        api().get("/api/province/compliance/tenants/" + A).then().statusCode(401);
        api().contentType(ContentType.JSON).body(Map.of("weights", Map.of("NOTICE_ON_TIME", 1)))
                .put("/api/province/compliance/weights").then().statusCode(401);
        api().post("/api/platform/compliance/runs").then().statusCode(401);
        api().contentType(ContentType.JSON).body(Map.of()).post("/api/platform/provincial-admins").then()
                .statusCode(401);
        String tenantAdmin = officers().adminToken("luwu-timur");
        as(tenantAdmin).get("/api/province/compliance").then().statusCode(403);
        as(tenantAdmin).post("/api/platform/compliance/runs").then().statusCode(403);
        as(tenantAdmin).body(Map.of("username", "x-prov", "displayName", "X", "province", "73"))
                .post("/api/platform/provincial-admins").then().statusCode(403);
        String operator = officers().operatorToken();
        as(operator).get("/api/province/compliance").then().statusCode(403);
        String province = provincialAdmin(operator, "73");
        as(province).post("/api/platform/compliance/runs").then().statusCode(403);
        as(province).get("/api/t/luwu-timur/officer/information-requests").then().statusCode(404);
        // Bad input is a 400 naming the field.
        as(province).queryParam("from", "2026-13-01").get("/api/province/compliance").then().statusCode(400)
                .body("code", equalTo("INVALID_DATE")).body("field", equalTo("from"));
        as(province).queryParam("from", "2026-05-01").queryParam("to", "2026-04-01").get("/api/province/compliance")
                .then().statusCode(400).body("field", equalTo("to"));
        as(province).queryParam("years", "abc").get("/api/province/compliance/trend").then().statusCode(400)
                .body("field", equalTo("years"));
        as(province).queryParam("format", "doc").get("/api/province/compliance").then().statusCode(400)
                .body("field", equalTo("format"));
        as(operator).body(Map.of("username", "p", "displayName", "X", "province", "73"))
                .post("/api/platform/provincial-admins").then().statusCode(400).body("field", equalTo("username"));
        as(operator).body(Map.of("username", "prov-bad", "displayName", "X", "province", "7"))
                .post("/api/platform/provincial-admins").then().statusCode(400).body("field", equalTo("province"));
    }
}
