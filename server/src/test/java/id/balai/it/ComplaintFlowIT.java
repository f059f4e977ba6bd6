package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * SPIKM end to end through the REST API, for Muara Enim and for Luwu Timur (other categories and clocks): intake
 * with idempotency, verification, dispatch, the agency's steps, the response, the reporter's replies, re-dispatch,
 * "not our remit", merge, reopen, and the reporter's identity under anonim.
 */
class ComplaintFlowIT extends BalaiIT {
    private final Map<String, Map<String, String>> tokens = new HashMap<>();

    private String token(String tenant, String role, String unit) {
        String key = tenant + role + unit;
        return tokens.computeIfAbsent(key, k -> {
            Map<String, String> o = officers().create(tenant, officers().adminToken(tenant), List.of(role), unit);
            return Map.of("token", officers().token(tenant, o.get("username"), o.get("password")), "username",
                    o.get("username"));
        }).get("token");
    }

    /** The display name Officers.create gives the officer behind {@link #token}. */
    private String displayName(String tenant, String role, String unit) {
        token(tenant, role, unit);
        return "Petugas " + tokens.get(tenant + role + unit).get("username");
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> report(String category, boolean anonymous, String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "title", "Jembatan gantung rusak",
                "description", "Lantai jembatan gantung di dusun kami patah, anak sekolah memutar jauh.",
                "category", category, "location", "Dusun II", "anonymous", anonymous, "confidential", false));
        if (phone != null) {
            body.put("reporter", Map.of("name", "Siti Rahmawati", "phone", phone));
        }
        return body;
    }

    private Response submit(String tenant, Map<String, Object> body, String key) {
        return api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/t/" + tenant + "/complaints");
    }

    private Map<String, String> submitted(String tenant, Map<String, Object> body) {
        Response r = submit(tenant, body, "k-" + UUID.randomUUID());
        r.then().statusCode(201);
        return Map.of("trackingNumber", r.path("trackingNumber"), "code", r.path("accessCode"));
    }

    private String idOf(String tenant, String trackingNumber) {
        List<Map<String, Object>> items = as(token(tenant, "CENTRAL_ADMIN", null))
                .queryParam("size", 100).get("/api/t/" + tenant + "/officer/complaints").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(i -> trackingNumber.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
    }

    private Response officer(String tenant, String token, String id, String action, Object body) {
        RequestSpecification r = as(token);
        if (body != null) {
            r = r.body(body);
        }
        return r.post("/api/t/" + tenant + "/officer/complaints/" + id + "/" + action);
    }

    private Response track(String tenant, Map<String, String> receipt) {
        return api().header("X-Forwarded-For", Officers.someAddress()).queryParam("code", receipt.get("code"))
                .get("/api/t/" + tenant + "/complaints/" + receipt.get("trackingNumber"));
    }

    @BeforeEach
    void signIn() {
        token("muara-enim", "CENTRAL_ADMIN", null);
    }

    @Test
    void aReportGoesFromTheCitizenThroughTheAgencyAndBackInMuaraEnim() {
        String t = "muara-enim";
        String admin = token(t, "CENTRAL_ADMIN", null);
        String pupr = token(t, "AGENCY_OPERATOR", "PUPR");
        Map<String, String> receipt = submitted(t, report("INFRASTRUKTUR", false, "081234567890"));
        assertThat(receipt.get("trackingNumber")).matches("ME-\\d{4}-\\d{6}");
        String id = idOf(t, receipt.get("trackingNumber"));

        officer(t, admin, id, "verification", Map.of("note", "Lokasi jelas")).then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
        officer(t, admin, id, "dispatch", Map.of()).then().statusCode(200).body("status", equalTo("DISPATCHED"))
                .body("dispatches[0].orgUnit", equalTo("PUPR")).body("dispatches[0].dueOn", notNullValue());
        officer(t, pupr, id, "receipt", null).then().statusCode(200);
        officer(t, pupr, id, "distribution", Map.of("assignee", "Bidang Bina Marga")).then().statusCode(200);
        officer(t, pupr, id, "notes", Map.of("step", "EXAMINATION", "text", "Tim meninjau lokasi")).then()
                .statusCode(200);
        officer(t, pupr, id, "answer", Map.of("text", "Perbaikan dijadwalkan minggu depan.")).then().statusCode(200)
                .body("status", equalTo("ANSWERED"));
        officer(t, admin, id, "response", Map.of("response", "Jembatan diperbaiki minggu depan oleh Dinas PUPR."))
                .then().statusCode(200).body("status", equalTo("RESPONDED"));

        Response tracked = track(t, receipt);
        tracked.then().statusCode(200).body("status", equalTo("RESPONDED"))
                .body("answer", equalTo("Jembatan diperbaiki minggu depan oleh Dinas PUPR."))
                .body("history.action", hasItems("RECEIVED", "RECORDED", "VERIFIED", "DISPATCHED", "AGENCY_RECEIVED",
                        "RESPONDED"));
        assertThat(tracked.asString()).doesNotContain("081234567890").doesNotContain("Siti")
                .doesNotContain("Tim meninjau lokasi");

        Response rated = api().contentType(ContentType.JSON).header("X-Forwarded-For", Officers.someAddress())
                .body(Map.of("code", receipt.get("code"), "rating", 5))
                .post("/api/t/" + t + "/complaints/" + receipt.get("trackingNumber") + "/rating");
        rated.then().statusCode(200).body("rating", equalTo(5));
        // The tracking page is read in one statement of its own (issue 19 item 3); the reporter's actions answer
        // with the case as the use case loaded it. Both are the same page, field for field.
        Map<String, Object> page = track(t, receipt).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(page).isEqualTo(rated.jsonPath().getMap(""));
        assertThat(page.get("agencies")).asList().hasSize(1);
        assertThat(page.get("history")).asList().hasSizeGreaterThan(5);
        api().contentType(ContentType.JSON).header("X-Forwarded-For", Officers.someAddress())
                .body(Map.of("code", receipt.get("code")))
                .post("/api/t/" + t + "/complaints/" + receipt.get("trackingNumber") + "/acceptance").then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("reopenUntil", notNullValue());
        // Closed: the rating given is final (issue 17 item 9).
        api().contentType(ContentType.JSON).header("X-Forwarded-For", Officers.someAddress())
                .body(Map.of("code", receipt.get("code"), "rating", 1))
                .post("/api/t/" + t + "/complaints/" + receipt.get("trackingNumber") + "/rating").then()
                .statusCode(409).body("code", equalTo("RATING_FINAL"));
        // Within the window, the reporter reopens: PUPR takes it up again.
        api().contentType(ContentType.JSON).header("X-Forwarded-For", Officers.someAddress())
                .body(Map.of("code", receipt.get("code"), "reason", "Ternyata belum diperbaiki"))
                .post("/api/t/" + t + "/complaints/" + receipt.get("trackingNumber") + "/reopening").then()
                .statusCode(200).body("status", equalTo("DISPATCHED"));
        officer(t, pupr, id, "receipt", null).then().statusCode(200);
        officer(t, pupr, id, "answer", Map.of("text", "Sudah diperbaiki hari ini.")).then().statusCode(200);
        officer(t, admin, id, "response", Map.of("response", "Jembatan sudah diperbaiki.")).then().statusCode(200);
        api().contentType(ContentType.JSON).header("X-Forwarded-For", Officers.someAddress())
                .body(Map.of("code", receipt.get("code")))
                .post("/api/t/" + t + "/complaints/" + receipt.get("trackingNumber") + "/acceptance").then()
                .statusCode(200);
        Response archived = officer(t, admin, id, "archive", null);
        archived.then().statusCode(200).body("status", equalTo("ARCHIVED"))
                .body("history.step", hasItems("RECEIPT", "RECORDING", "REVIEW", "EXAMINATION", "REPORTING",
                        "FOLLOW_UP", "ARCHIVING"));
        // Officers by their names, the reporter and the system only by kind (issue 17 item 7).
        JsonPath history = archived.jsonPath();
        assertThat(history.getString("history.find { it.action == 'VERIFIED' }.actorName"))
                .isEqualTo(displayName(t, "CENTRAL_ADMIN", null));
        assertThat(history.getString("history.find { it.action == 'VERIFIED' }.actorKind")).isEqualTo("OFFICER");
        assertThat(history.getString("history.find { it.action == 'AGENCY_RECEIVED' }.actorName"))
                .isEqualTo(displayName(t, "AGENCY_OPERATOR", "PUPR"));
        assertThat(history.getString("history.find { it.action == 'AGENCY_RECEIVED' }.actor"))
                .matches("[0-9a-f-]{36}");
        assertThat(history.getString("history.find { it.action == 'RECEIVED' }.actorKind")).isEqualTo("CITIZEN");
        assertThat(history.getString("history.find { it.action == 'REOPENED' }.actorKind")).isEqualTo("CITIZEN");
        assertThat(history.getList("history.findAll { it.actorKind == 'CITIZEN' }.actorName")).containsOnlyNulls();
        assertThat(archived.asString()).doesNotContain("Siti").doesNotContain("081234567890");
    }

    @Test
    void luwuTimurUsesItsOwnCategoriesAndClocks() {
        String t = "luwu-timur";
        String admin = token(t, "CENTRAL_ADMIN", null);
        submit(t, report("INFRASTRUKTUR", false, "081234567890"), "k-" + UUID.randomUUID()).then().statusCode(400)
                .body("code", equalTo("UNKNOWN_CATEGORY")).body("field", equalTo("category"));
        Response r = submit(t, report("TAMBANG-LINGKUNGAN", false, "+6281234567890"), "k-" + UUID.randomUUID());
        r.then().statusCode(201).body("trackingNumber", matchesPattern("LT-\\d{4}-\\d{6}"));
        // Luwu Timur verifies within 2 working days (Muara Enim: 3), counted from the clock's start.
        String countingStartsOn = r.path("countingStartsOn");
        api().queryParam("from", countingStartsOn).queryParam("workingDays", 2).get("/api/t/" + t + "/calendar/due").then()
                .body("due", equalTo(r.path("verifyDue")));
        String id = idOf(t, r.path("trackingNumber"));
        officer(t, admin, id, "verification", Map.of()).then().statusCode(200);
        Response dispatched = officer(t, admin, id, "dispatch", Map.of());
        dispatched.then().statusCode(200).body("dispatches[0].orgUnit", equalTo("DLH"));
        // ... and agencies follow up within 7 working days (Muara Enim: 5).
        String sentOn = ((String) dispatched.path("dispatches[0].sentAt")).substring(0, 10);
        String expected = api().queryParam("receivedAt", (String) dispatched.path("dispatches[0].sentAt"))
                .queryParam("workingDays", 7).get("/api/t/" + t + "/calendar/due").path("due");
        assertThat(sentOn).isNotEmpty();
        assertThat((String) dispatched.path("dispatches[0].dueOn")).isEqualTo(expected);
    }

    @Test
    void notOurRemitThenRedispatch() {
        String t = "muara-enim";
        String admin = token(t, "CENTRAL_ADMIN", null);
        String dinkes = token(t, "AGENCY_OPERATOR", "DINKES");
        String pupr = token(t, "AGENCY_OPERATOR", "PUPR");
        String id = idOf(t, submitted(t, report("KESEHATAN", false, "081234567890")).get("trackingNumber"));
        officer(t, admin, id, "verification", Map.of()).then().statusCode(200);
        officer(t, admin, id, "dispatch", Map.of()).then().body("dispatches[0].orgUnit", equalTo("DINKES"));
        // PUPR cannot even see it.
        as(pupr).get("/api/t/" + t + "/officer/complaints/" + id).then().statusCode(404);
        officer(t, dinkes, id, "return", Map.of("reason", "Ini urusan jalan, bukan kesehatan")).then()
                .statusCode(200).body("status", equalTo("VERIFIED"))
                .body("dispatches[0].status", equalTo("RETURNED"));
        officer(t, admin, id, "redispatch", Map.of("from", "DINKES", "to", "PUPR", "reason", "Salah alamat"))
                .then().statusCode(200).body("status", equalTo("DISPATCHED"))
                .body("dispatches.orgUnit", hasItems("DINKES", "PUPR"));
        officer(t, pupr, id, "receipt", null).then().statusCode(200);
        // DINKES's part is over: it cannot answer any more.
        officer(t, dinkes, id, "answer", Map.of("text", "Jawaban terlambat")).then().statusCode(409)
                .body("code", equalTo("NOT_DISPATCHED_TO_UNIT"));
    }

    @Test
    void aDuplicateIsMergedIntoTheOriginal() {
        String t = "muara-enim";
        String admin = token(t, "CENTRAL_ADMIN", null);
        String original = idOf(t, submitted(t, report("INFRASTRUKTUR", false, "081234567890")).get("trackingNumber"));
        Map<String, String> dupReceipt = submitted(t, report("INFRASTRUKTUR", false, "081311112222"));
        String duplicate = idOf(t, dupReceipt.get("trackingNumber"));
        officer(t, admin, duplicate, "merge", Map.of("into", original)).then().statusCode(200)
                .body("status", equalTo("MERGED")).body("mergedInto", equalTo(original));
        as(admin).get("/api/t/" + t + "/officer/complaints/" + original).then().statusCode(200)
                .body("mergedFrom", hasItem(duplicate));
        track(t, dupReceipt).then().statusCode(200).body("status", equalTo("MERGED"));

        // The original is answered: the duplicate's reporter sees that answer on their own tracking page.
        String pupr = token(t, "AGENCY_OPERATOR", "PUPR");
        officer(t, admin, original, "verification", Map.of()).then().statusCode(200);
        officer(t, admin, original, "dispatch", Map.of()).then().statusCode(200);
        officer(t, pupr, original, "receipt", null).then().statusCode(200);
        officer(t, pupr, original, "answer", Map.of("text", "Diperbaiki.")).then().statusCode(200);
        officer(t, admin, original, "response", Map.of("response", "Jembatan diperbaiki hari Senin.")).then()
                .statusCode(200);
        String originalNumber = as(admin).get("/api/t/" + t + "/officer/complaints/" + original).path("trackingNumber");
        track(t, dupReceipt).then().statusCode(200).body("status", equalTo("MERGED"))
                .body("mergedInto", equalTo(originalNumber)).body("mergedIntoStatus", equalTo("RESPONDED"))
                .body("answer", equalTo("Jembatan diperbaiki hari Senin."));
    }

    @Test
    void anonimHidesTheIdentityFromTheAgencyButNotFromTheCentralAdmin() throws SQLException {
        String t = "muara-enim";
        String admin = token(t, "CENTRAL_ADMIN", null);
        String pupr = token(t, "AGENCY_OPERATOR", "PUPR");
        String phone = "0812" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Map<String, String> receipt = submitted(t, report("INFRASTRUKTUR", true, phone));
        String id = idOf(t, receipt.get("trackingNumber"));
        officer(t, admin, id, "verification", Map.of()).then().statusCode(200);
        officer(t, admin, id, "dispatch", Map.of()).then().statusCode(200);

        Response agencyView = as(pupr).get("/api/t/" + t + "/officer/complaints/" + id);
        agencyView.then().statusCode(200).body("anonymous", equalTo(true));
        assertThat(agencyView.asString()).doesNotContain(phone).doesNotContain("Siti");
        as(pupr).get("/api/t/" + t + "/officer/complaints/" + id + "/reporter").then().statusCode(403)
                .body("code", equalTo("IDENTITY_HIDDEN"));
        as(admin).get("/api/t/" + t + "/officer/complaints/" + id + "/reporter").then().statusCode(200)
                .body("phone", equalTo(phone));
        assertThat(track(t, receipt).asString()).doesNotContain(phone).doesNotContain("Siti");
        assertThat(as(pupr).get("/api/t/" + t + "/officer/complaints").asString()).doesNotContain(phone);

        // At rest the phone number is not readable in clear anywhere in the database.
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from person where position(convert_to('"
                        + phone.substring(4) + "', 'UTF8') in coalesce(phone_enc, ''::bytea)) > 0")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void theAgencySeesTheIdentityOfANonAnonymousReporterAndEveryReadIsAudited() throws SQLException {
        String t = "muara-enim";
        String admin = token(t, "CENTRAL_ADMIN", null);
        String pupr = token(t, "AGENCY_OPERATOR", "PUPR");
        String id = idOf(t, submitted(t, report("INFRASTRUKTUR", false, "081298765432")).get("trackingNumber"));
        officer(t, admin, id, "verification", Map.of()).then().statusCode(200);
        officer(t, admin, id, "dispatch", Map.of()).then().statusCode(200);
        as(pupr).get("/api/t/" + t + "/officer/complaints/" + id + "/reporter").then().statusCode(200)
                .body("name", equalTo("Siti Rahmawati"));
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from audit_record where tenant_id = 'muara-enim' "
                        + "and action = 'PERSONAL_DATA_READ' and subject_id = '" + id + "' "
                        // The SMS sender's reads (the reporter's news, issue 16) are audited too, as the system's.
                        + "and actor_id not like 'system:%'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void identitiesOfCasesEndedLongerAgoThanTheRetentionPeriodAreErasedAndTheErasureIsAudited() throws SQLException {
        String t = "muara-enim";
        String admin = token(t, "CENTRAL_ADMIN", null);
        String id = idOf(t, submitted(t, report("INFRASTRUKTUR", false, "081277788899")).get("trackingNumber"));
        officer(t, admin, id, "rejection", Map.of("reason", "NOT_REGENCY_MATTER", "note", "Jalan nasional")).then()
                .statusCode(200);
        String recent = idOf(t, submitted(t, report("INFRASTRUKTUR", false, "081277788800")).get("trackingNumber"));
        officer(t, admin, recent, "rejection", Map.of("reason", "SPAM")).then().statusCode(200);
        // Muara Enim keeps identities 60 months: make the first case older than that.
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement()) {
            s.executeUpdate("update complaint set received_at = now() - interval '61 months' where id = '" + id + "'");
        }
        api().auth().oauth2(officers().adminToken(t)).post("/api/t/" + t + "/retention/runs").then().statusCode(200)
                .body("erased", equalTo(1));

        as(admin).get("/api/t/" + t + "/officer/complaints/" + id + "/reporter").then().statusCode(404)
                .body("code", equalTo("IDENTITY_ERASED"));
        as(admin).get("/api/t/" + t + "/officer/complaints/" + recent + "/reporter").then().statusCode(200);
        as(admin).get("/api/t/" + t + "/officer/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from audit_record where tenant_id = 'muara-enim' "
                        + "and action = 'PERSONAL_DATA_ERASED' and subject_id = '" + id + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void theClockEscalatesOverduePartsOnceAndClosesUnansweredResponses() throws SQLException {
        String t = "muara-enim";
        String admin = token(t, "CENTRAL_ADMIN", null);
        String pupr = token(t, "AGENCY_OPERATOR", "PUPR");
        String coordinator = token(t, "OPS_COORDINATOR", null);
        String late = idOf(t, submitted(t, report("INFRASTRUKTUR", false, "081234567890")).get("trackingNumber"));
        officer(t, admin, late, "verification", Map.of()).then().statusCode(200);
        officer(t, admin, late, "dispatch", Map.of()).then().statusCode(200);
        String answered = idOf(t, submitted(t, report("INFRASTRUKTUR", false, "081234567891")).get("trackingNumber"));
        officer(t, admin, answered, "verification", Map.of()).then().statusCode(200);
        officer(t, admin, answered, "dispatch", Map.of()).then().statusCode(200);
        officer(t, pupr, answered, "receipt", null).then().statusCode(200);
        officer(t, pupr, answered, "answer", Map.of("text", "Sudah ditangani.")).then().statusCode(200);
        officer(t, admin, answered, "response", Map.of("response", "Sudah ditangani PUPR.")).then().statusCode(200);
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement()) {
            s.executeUpdate("update complaint_dispatch set due_on = date '2026-01-05' where complaint_id = '" + late
                    + "'");
            s.executeUpdate("update complaint set auto_close_due = date '2026-01-05' where id = '" + answered + "'");
        }

        as(coordinator).post("/api/t/" + t + "/officer/complaints/clock-runs").then().statusCode(200)
                .body("escalated", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("closed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as(coordinator).get("/api/t/" + t + "/officer/complaints/" + late).then().statusCode(200)
                .body("history.action", hasItem("ESCALATED"));
        as(coordinator).get("/api/t/" + t + "/officer/complaints/" + answered).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        List<String> overdue = as(pupr).queryParam("size", 100).get("/api/t/" + t + "/officer/complaints/overdue")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(overdue).contains(late).doesNotContain(answered);

        // A second run escalates nothing new for the same part.
        as(coordinator).post("/api/t/" + t + "/officer/complaints/clock-runs").then().statusCode(200);
        List<String> escalations = as(coordinator).get("/api/t/" + t + "/officer/complaints/" + late).jsonPath()
                .getList("history.findAll { it.action == 'ESCALATED' }.orgUnit");
        assertThat(escalations).containsExactly("PUPR");
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstReceiptAndStoresNothingNew() {
        String t = "muara-enim";
        String key = "k-" + UUID.randomUUID();
        Map<String, Object> body = report("INFRASTRUKTUR", false, "081234567890");
        Response first = submit(t, body, key);
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        long before = as(token(t, "CENTRAL_ADMIN", null)).get("/api/t/" + t + "/officer/complaints").jsonPath()
                .getLong("total");
        Response again = submit(t, body, key);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("trackingNumber", equalTo(first.path("trackingNumber")))
                .body("accessCode", equalTo(first.path("accessCode")));
        long after = as(token(t, "CENTRAL_ADMIN", null)).get("/api/t/" + t + "/officer/complaints").jsonPath()
                .getLong("total");
        assertThat(after).isEqualTo(before);

        Map<String, Object> other = new HashMap<>(body);
        other.put("title", "Laporan yang lain sama sekali");
        submit(t, other, key).then().statusCode(409).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void badInputIsRefusedByFieldAndNothingIsWritten() {
        String t = "muara-enim";
        long before = as(token(t, "CENTRAL_ADMIN", null)).get("/api/t/" + t + "/officer/complaints").jsonPath()
                .getLong("total");
        api().contentType(ContentType.JSON).body(report("INFRASTRUKTUR", false, "081234567890"))
                .post("/api/t/" + t + "/complaints").then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
        submit(t, report("INFRASTRUKTUR", false, "12345"), "k-" + UUID.randomUUID()).then().statusCode(400)
                .body("code", equalTo("INVALID_PHONE")).body("field", equalTo("reporter.phone"))
                .body("message.id", notNullValue()).body("message.en", notNullValue());
        submit(t, report("INFRASTRUKTUR", false, null), "k-" + UUID.randomUUID()).then().statusCode(400)
                .body("code", equalTo("CONTACT_REQUIRED"));
        Map<String, Object> shortTitle = report("INFRASTRUKTUR", false, "081234567890");
        shortTitle.put("title", "Rus");
        submit(t, shortTitle, "k-" + UUID.randomUUID()).then().statusCode(400).body("field", equalTo("title"));
        Map<String, Object> badType = report("INFRASTRUKTUR", false, "081234567890");
        badType.put("type", "GOSSIP");
        submit(t, badType, "k-" + UUID.randomUUID()).then().statusCode(400).body("field", equalTo("type"));
        api().header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body("{not json")
                .post("/api/t/" + t + "/complaints").then().statusCode(400).body("code", equalTo("UNREADABLE_BODY"));
        long after = as(token(t, "CENTRAL_ADMIN", null)).get("/api/t/" + t + "/officer/complaints").jsonPath()
                .getLong("total");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aWrongAccessCodeIsNotFoundAndOfficerStepsNeedTheRightRole() {
        String t = "muara-enim";
        Map<String, String> receipt = submitted(t, report("INFRASTRUKTUR", false, "081234567890"));
        api().queryParam("code", "SALAHSALAH").get("/api/t/" + t + "/complaints/" + receipt.get("trackingNumber"))
                .then().statusCode(404).body("code", equalTo("COMPLAINT_NOT_FOUND"));
        String id = idOf(t, receipt.get("trackingNumber"));
        officer(t, token(t, "BUPATI", null), id, "verification", Map.of()).then().statusCode(403);
        officer(t, token(t, "AGENCY_OPERATOR", "PUPR"), id, "dispatch", Map.of()).then().statusCode(403);
        // An invalid transition is a conflict, not a 500.
        officer(t, token(t, "CENTRAL_ADMIN", null), id, "response", Map.of("response", "Terlalu dini menjawab"))
                .then().statusCode(409).body("code", equalTo("COMPLAINT_STATE_CONFLICT"));
    }

    @Test
    void aWalkInReportIsRecordedByTheCentralAdmin() {
        String t = "luwu-timur";
        as(token(t, "CENTRAL_ADMIN", null)).body(report("PERTANIAN", false, "081234567890"))
                .post("/api/t/" + t + "/officer/complaints").then().statusCode(201)
                .body("trackingNumber", matchesPattern("LT-\\d{4}-\\d{6}"));
    }
}
