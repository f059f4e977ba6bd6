package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The officers' queues search the whole regency on the server (issue 17): an old case by its number among many
 * newer ones, a word in another inflection (the 'indonesian' stemmer), the reporter's phone or e-mail for the
 * central administrator only (403 for the others), an agency operator only within its unit, the tabs' counts equal
 * to the queues' totals, saved filters per officer, and nothing across tenants.
 */
class QueueSearchIT extends BalaiIT {
    private static final String ME = "muara-enim";
    private static final String LT = "luwu-timur";
    private final Map<String, String> tokens = new HashMap<>();

    private String token(String tenant, String role, String unit) {
        return tokens.computeIfAbsent(tenant + role + unit, k -> {
            Map<String, String> o = officers().create(tenant, officers().adminToken(tenant), List.of(role), unit);
            return officers().token(tenant, o.get("username"), o.get("password"));
        });
    }

    private String freshOfficer(String tenant, String role) {
        Map<String, String> o = officers().create(tenant, officers().adminToken(tenant), List.of(role), null);
        return officers().token(tenant, o.get("username"), o.get("password"));
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String submit(String title, String description, String category, String phone, String email) {
        Map<String, Object> reporter = new HashMap<>(Map.of("name", "Rina Marlina", "phone", phone));
        if (email != null) {
            reporter.put("email", email);
        }
        Response r = api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(Map.of("type", "COMPLAINT", "title", title, "description", description, "category", category,
                        "anonymous", false, "confidential", false, "reporter", reporter))
                .post("/api/t/" + ME + "/complaints");
        r.then().statusCode(201);
        return r.path("trackingNumber");
    }

    private JsonPath queue(String token, String tenant, Map<String, ?> query) {
        return as(token).queryParams(query).get("/api/t/" + tenant + "/officer/complaints").then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> numbers(JsonPath page) {
        return page.getList("items.trackingNumber");
    }

    private static String phone() {
        return "0813" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }

    @Test
    void anOldCaseIsFoundByItsNumberAndByAWordInAnotherInflectionAmongManyNewerOnes() {
        String admin = token(ME, "CENTRAL_ADMIN", null);
        String old = submit("Jalan desa berlubang", "Jalan desa di Dusun III berlubang besar dan harus segera "
                + "diperbaiki sebelum musim hujan.", "INFRASTRUKTUR", phone(), null);
        for (int i = 0; i < 21; i++) {
            submit("Lampu jalan padam " + i, "Lampu penerangan jalan di simpang pasar padam sejak minggu lalu.",
                    "INFRASTRUKTUR", phone(), null);
        }
        // The first page (20, newest first) no longer holds it ...
        assertThat(numbers(queue(admin, ME, Map.of("size", 20)))).doesNotContain(old);
        // ... its number finds it however far back, written in any case.
        JsonPath byNumber = queue(admin, ME, Map.of("q", old.toLowerCase()));
        assertThat(numbers(byNumber)).containsExactly(old);
        assertThat(byNumber.getLong("total")).isEqualTo(1);
        // "perbaikan" (repair) and "diperbaiki" (repaired) share the stem "baik".
        assertThat(numbers(queue(admin, ME, Map.of("q", "perbaikan", "size", 100)))).contains(old);
        assertThat(numbers(queue(admin, ME, Map.of("q", "perbaikan berlubang", "size", 100)))).contains(old);
        assertThat(numbers(queue(admin, ME, Map.of("q", "perbaikan -berlubang", "size", 100)))).doesNotContain(old);
        // Filters and sort on the server: category, dates, oldest first.
        assertThat(numbers(queue(admin, ME, Map.of("q", old, "category", "KESEHATAN")))).isEmpty();
        assertThat(numbers(queue(admin, ME, Map.of("q", old, "from", "2000-01-01", "to", "2999-12-31"))))
                .containsExactly(old);
        assertThat(numbers(queue(admin, ME, Map.of("q", old, "to", "2000-01-01")))).isEmpty();
        assertThat(numbers(queue(admin, ME, Map.of("sort", "DUE_ASC", "size", 5)))).hasSize(5);
        as(admin).queryParam("sort", "SIDEWAYS").get("/api/t/" + ME + "/officer/complaints").then().statusCode(400);
        as(admin).queryParam("q", "x".repeat(201)).get("/api/t/" + ME + "/officer/complaints").then()
                .statusCode(400);
        // Another regency's central administrator: not even its own queue finds this regency's number.
        String other = token(LT, "CENTRAL_ADMIN", null);
        assertThat(queue(other, LT, Map.of("q", old)).getLong("total")).isZero();
        as(other).queryParam("q", old).get("/api/t/" + ME + "/officer/complaints").then().statusCode(404);
    }

    @Test
    void theReportersPhoneOrEmailFindsTheCasesForTheCentralAdministratorOnly() throws Exception {
        String admin = token(ME, "CENTRAL_ADMIN", null);
        String phone = phone();
        String email = "warga." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        String mine = submit("Air PDAM keruh", "Air PDAM di rumah kami keruh tiga hari.", "INFRASTRUKTUR", phone,
                email);
        submit("Air PDAM mati", "Air PDAM mati sejak pagi di kompleks kami.", "INFRASTRUKTUR", phone(), null);
        // Any written form of the number: +62, spaces.
        JsonPath byPhone = queue(admin, ME, Map.of("phone", "+62 " + phone.substring(1)));
        assertThat(numbers(byPhone)).containsExactly(mine);
        assertThat(numbers(queue(admin, ME, Map.of("email", email.toUpperCase())))).containsExactly(mine);
        assertThat(queue(admin, ME, Map.of("phone", "081100000000")).getLong("total")).isZero();
        // Counts under the same search.
        assertThat(as(admin).queryParam("phone", phone).get("/api/t/" + ME + "/officer/complaints/counts").then()
                .statusCode(200).extract().jsonPath().getLong("total")).isEqualTo(1);
        // Not for an agency operator nor a reader, even with nothing to find.
        for (String t : List.of(token(ME, "AGENCY_OPERATOR", "PUPR"), token(ME, "OPS_COORDINATOR", null))) {
            as(t).queryParam("phone", phone).get("/api/t/" + ME + "/officer/complaints").then().statusCode(403);
            as(t).queryParam("email", email).get("/api/t/" + ME + "/officer/complaints/counts").then()
                    .statusCode(403);
        }
        // The search is audited by kind, never with the value.
        try (java.sql.Connection su = Db.asSuperuser(); java.sql.PreparedStatement ps = su.prepareStatement(
                "select detail::text from audit_record where tenant_id = ? and action = 'PERSONAL_DATA_SEARCH'")) {
            ps.setString(1, ME);
            List<String> details = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    details.add(rs.getString(1));
                }
            }
            assertThat(details).anyMatch(d -> d.contains("phone")).anyMatch(d -> d.contains("email"))
                    .noneMatch(d -> d.contains(phone.substring(1)) || d.contains(email));
        }
    }

    @Test
    void anAgencyOperatorSearchesItsUnitsCasesOnlyAndTheCountsEqualTheQueues() {
        String admin = token(ME, "CENTRAL_ADMIN", null);
        String pupr = token(ME, "AGENCY_OPERATOR", "PUPR");
        String dinkes = token(ME, "AGENCY_OPERATOR", "DINKES");
        String number = submit("Gorong-gorong tersumbat", "Gorong-gorong di depan sekolah tersumbat sampah.",
                "INFRASTRUKTUR", phone(), null);
        String id = queue(admin, ME, Map.of("q", number)).getString("items[0].id");
        as(admin).body(Map.of()).post("/api/t/" + ME + "/officer/complaints/" + id + "/verification").then()
                .statusCode(200);
        as(admin).body(Map.of()).post("/api/t/" + ME + "/officer/complaints/" + id + "/dispatch").then()
                .statusCode(200);
        assertThat(numbers(queue(pupr, ME, Map.of("q", number)))).containsExactly(number);
        assertThat(numbers(queue(pupr, ME, Map.of("q", "gorong", "size", 100)))).contains(number);
        // DINKES never sees PUPR's case, by number, by word, nor by asking for PUPR's unit.
        assertThat(queue(dinkes, ME, Map.of("q", number)).getLong("total")).isZero();
        assertThat(numbers(queue(dinkes, ME, Map.of("q", "gorong", "size", 100)))).doesNotContain(number);
        assertThat(queue(dinkes, ME, Map.of("q", number, "unit", "PUPR")).getLong("total")).isZero();

        // The central administrator's tabs: each status's count is that status's queue total.
        JsonPath counts = as(admin).get("/api/t/" + ME + "/officer/complaints/counts").then().statusCode(200)
                .extract().jsonPath();
        for (String status : List.of("RECEIVED", "VERIFIED", "DISPATCHED", "ANSWERED")) {
            assertThat(counts.getLong("byStatus." + status)).as(status)
                    .isEqualTo(queue(admin, ME, Map.of("status", status)).getLong("total"));
        }
        assertThat(counts.getLong("total")).isEqualTo(queue(admin, ME, Map.of()).getLong("total"));
        assertThat(counts.getLong("overdue")).isEqualTo(as(admin).get("/api/t/" + ME
                + "/officer/complaints/overdue").then().statusCode(200).extract().jsonPath().getLong("total"));
        // An agency operator's tabs: its parts per dispatch status, equal to its queues.
        JsonPath mine = as(pupr).get("/api/t/" + ME + "/officer/complaints/counts").then().statusCode(200)
                .extract().jsonPath();
        assertThat(mine.getLong("byUnitStatus.SENT")).isGreaterThanOrEqualTo(1)
                .isEqualTo(queue(pupr, ME, Map.of("unitStatus", "SENT")).getLong("total"));
        assertThat(mine.getLong("total")).isEqualTo(queue(pupr, ME, Map.of()).getLong("total"));
        JsonPath theirs = as(dinkes).queryParam("q", number).get("/api/t/" + ME + "/officer/complaints/counts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(theirs.getLong("total")).isZero();
        // Another tenant's token on this tenant's counts: 404.
        as(token(LT, "CENTRAL_ADMIN", null)).get("/api/t/" + ME + "/officer/complaints/counts").then()
                .statusCode(404);
    }

    @Test
    void savedFiltersBelongToTheirOfficerAlone() {
        String a = freshOfficer(ME, "CENTRAL_ADMIN");
        String b = freshOfficer(ME, "CENTRAL_ADMIN");
        Response made = as(a).body(Map.of("queue", "COMPLAINTS", "name", "Infrastruktur baru",
                "query", "status=RECEIVED&category=INFRASTRUKTUR")).post("/api/t/" + ME + "/officer/saved-filters");
        made.then().statusCode(201);
        String id = made.path("id");
        assertThat(as(a).queryParam("queue", "COMPLAINTS").get("/api/t/" + ME + "/officer/saved-filters").then()
                .statusCode(200).extract().jsonPath().getList("name")).containsExactly("Infrastruktur baru");
        assertThat(as(b).queryParam("queue", "COMPLAINTS").get("/api/t/" + ME + "/officer/saved-filters").then()
                .statusCode(200).extract().jsonPath().getList("id")).isEmpty();
        as(b).delete("/api/t/" + ME + "/officer/saved-filters/" + id).then().statusCode(404);
        // The same name twice: 409; a phone or e-mail in the filter: 400 (an identity search is never stored).
        as(a).body(Map.of("queue", "COMPLAINTS", "name", "Infrastruktur baru", "query", "status=VERIFIED"))
                .post("/api/t/" + ME + "/officer/saved-filters").then().statusCode(409);
        as(a).body(Map.of("queue", "COMPLAINTS", "name", "Pak Budi", "query", "phone=081234567890"))
                .post("/api/t/" + ME + "/officer/saved-filters").then().statusCode(400);
        as(a).body(Map.of("queue", "ELSEWHERE", "name", "x", "query", "status=VERIFIED"))
                .post("/api/t/" + ME + "/officer/saved-filters").then().statusCode(400);
        // Another tenant's officer: 404 on this tenant's path, and the id unknown on its own.
        String other = token(LT, "CENTRAL_ADMIN", null);
        as(other).queryParam("queue", "COMPLAINTS").get("/api/t/" + ME + "/officer/saved-filters").then()
                .statusCode(404);
        as(other).delete("/api/t/" + LT + "/officer/saved-filters/" + id).then().statusCode(404);
        api().queryParam("queue", "COMPLAINTS").get("/api/t/" + ME + "/officer/saved-filters").then()
                .statusCode(401);
        as(a).delete("/api/t/" + ME + "/officer/saved-filters/" + id).then().statusCode(204);
        assertThat(as(a).queryParam("queue", "COMPLAINTS").get("/api/t/" + ME + "/officer/saved-filters").then()
                .extract().jsonPath().getList("id")).isEmpty();
    }

    @Test
    void thePpidQueueFindsARequestByNumberWordAndTheRequestersPhone() {
        String ppid = token(LT, "PPID_MAIN", null);
        String phone = phone();
        Map<String, Object> requester = Map.of("name", "Andi Baso", "idNumber", "7324011203900001", "address",
                "Jl. Soekarno Hatta No. 5, Malili", "phone", phone, "occupation", "Peneliti");
        Response r = api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .body(Map.of("requesterType", "NGO", "requester", requester, "informationWanted",
                        "Laporan pengaduan perizinan tambang nikel tahun 2025", "purpose", "Penelitian kebijakan",
                        "obtainMethod", "READ", "willingToPay", true))
                .post("/api/t/" + LT + "/information-requests");
        r.then().statusCode(201);
        String number = r.path("registrationNumber");
        String path = "/api/t/" + LT + "/officer/information-requests";
        assertThat(as(ppid).queryParam("q", number.toLowerCase()).get(path).then().statusCode(200).extract()
                .jsonPath().getList("items.registrationNumber")).containsExactly(number);
        // "izin" finds "perizinan" (the stemmer strips per-...-an).
        assertThat(as(ppid).queryParam("q", "izin").queryParam("size", 100).get(path).then().statusCode(200)
                .extract().jsonPath().getList("items.registrationNumber")).contains(number);
        assertThat(as(ppid).queryParam("phone", phone).get(path).then().statusCode(200).extract().jsonPath()
                .getList("items.registrationNumber")).containsExactly(number);
        as(token(LT, "BUPATI", null)).queryParam("phone", phone).get(path).then().statusCode(403);
        // Counts equal the queues' totals.
        JsonPath counts = as(ppid).get(path + "/counts").then().statusCode(200).extract().jsonPath();
        for (String status : List.of("AWAITING_CONFIRMATION", "REGISTERED", "ROUTED")) {
            assertThat(counts.getLong("byStatus." + status)).as(status).isEqualTo(as(ppid)
                    .queryParam("status", status).get(path).then().extract().jsonPath().getLong("total"));
        }
        assertThat(counts.getLong("total")).isEqualTo(as(ppid).get(path).then().extract().jsonPath()
                .getLong("total"));
        // Another tenant's officer: 404.
        as(token(ME, "CENTRAL_ADMIN", null)).queryParam("q", number).get(path).then().statusCode(404);
    }

    @Test
    void theRegisterIsSearchedByNumberAndWordsAndObjectionsByNumberWithinTheUnitsAndTheTenant() {
        String pupr = token(LT, "PPID_ASSISTANT", "PUPR");
        String dinkes = token(LT, "PPID_ASSISTANT", "DINKES");
        String main = token(LT, "PPID_MAIN", null);
        String word = "dokumen" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Perizinan bangunan gedung " + word, "summary",
                "Daftar perizinan bangunan gedung yang diterbitkan setiap semester.", "holdingOfficial",
                "Kepala Dinas", "holdingUnit", "PUPR", "personResponsible", "Sekretaris Dinas", "madeOn",
                "2025-11-03", "madePlace", "Kantor Dinas", "forms", List.of("SOFTCOPY"), "retentionPeriod",
                "5 tahun"));
        body.put("infoClass", "SETIAP_SAAT");
        body.put("ownerPpid", "PUPR");
        String number = as(pupr).body(body).post("/api/t/" + LT + "/officer/register/entries").then().statusCode(201)
                .extract().path("entry.number");
        String path = "/api/t/" + LT + "/officer/register/entries";
        assertThat(as(main).queryParam("q", number.toLowerCase()).get(path).then().statusCode(200).extract()
                .jsonPath().getList("items.number")).containsExactly(number);
        // "izin" finds "perizinan"; the unit's own PPID finds it, another unit's does not.
        assertThat(as(pupr).queryParam("q", "izin " + word).get(path).then().statusCode(200).extract().jsonPath()
                .getList("items.number")).containsExactly(number);
        assertThat(as(dinkes).queryParam("q", number).get(path).then().statusCode(200).extract().jsonPath()
                .getLong("total")).isZero();
        as(token(ME, "CENTRAL_ADMIN", null)).queryParam("q", number).get(path).then().statusCode(404);
        // The stage filter's counts for the same words: the new entry is described; another unit's PPID counts none.
        as(pupr).queryParam("q", word).get(path + "/counts").then().statusCode(200)
                .body("byStage.DESCRIBED", equalTo(1)).body("total", equalTo(1));
        as(dinkes).queryParam("q", word).get(path + "/counts").then().statusCode(200).body("total", equalTo(0));
        as(pupr).queryParam("class", "NONE").get(path + "/counts").then().statusCode(400);
        // The register keeps saved filters as the queues do.
        as(pupr).body(Map.of("queue", "REGISTER", "name", "Bangunan " + word, "query", "tab=DESCRIBED&q=" + word))
                .post("/api/t/" + LT + "/officer/saved-filters").then().statusCode(201);
        assertThat(as(pupr).queryParam("queue", "REGISTER").get("/api/t/" + LT + "/officer/saved-filters").then()
                .statusCode(200).extract().jsonPath().getList("name")).contains("Bangunan " + word);

        // Objections: the number finds in any status; an unknown one finds nothing; a bad status is a 400.
        String objections = "/api/t/" + LT + "/officer/objections";
        assertThat(as(main).queryParam("q", "LT-KEB-1999-999999").get(objections).then().statusCode(200).extract()
                .jsonPath().getList("$")).isEmpty();
        as(main).queryParam("status", "LOST").get(objections).then().statusCode(400);
        as(main).get(objections).then().statusCode(200);
        as(token(ME, "CENTRAL_ADMIN", null)).queryParam("q", "LT-KEB-1999-999999").get(objections).then()
                .statusCode(404);
    }
}
