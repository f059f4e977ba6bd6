package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 17 items 2, 4 and 5 through the REST API: the central administrator corrects a report (logged with before
 * and after, the reporter keeps their own title), categorises an SMS report, dispatches with a note for the agency
 * and a due date within the standard, merges a suggested duplicate; officers answer from templates with the
 * placeholders filled. Other roles get 403, another regency's token and ids 404.
 */
class VerificationIT extends BalaiIT {
    private static final String T = "muara-enim";
    private static final String BASE = "/api/t/" + T + "/officer/complaints/";
    private static final String TEMPLATES = "/api/t/" + T + "/officer/response-templates";
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

    private Map<String, String> submitted(String title, String description, String category) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "title", title, "description",
                description, "anonymous", false, "confidential", false, "reporter", Map.of("name", "Rahmat",
                        "phone", "0812" + (10_000_000 + (int) (Math.random() * 89_999_999)))));
        if (category != null) {
            body.put("category", category);
        }
        Response r = api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key",
                "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body(body).post("/api/t/" + T + "/complaints");
        r.then().statusCode(201);
        return Map.of("trackingNumber", r.path("trackingNumber"), "code", r.path("accessCode"));
    }

    private String idOf(String trackingNumber) {
        List<Map<String, Object>> items = as(token(T, "CENTRAL_ADMIN", null)).queryParam("size", 100)
                .get("/api/t/" + T + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(i -> trackingNumber.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
    }

    private Response post(String token, String id, String action, Object body) {
        return as(token).body(body).post(BASE + id + "/" + action);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    }

    @Test
    void aCorrectedCategoryIsLoggedWithBeforeAndAfterWhileTheReporterStillSeesTheirOwnTitle() {
        String admin = token(T, "CENTRAL_ADMIN", null);
        Map<String, String> receipt = submitted("Jembatan rusak parah", "Jembatan kayu di Dusun III lapuk, "
                + "anak-anak tidak bisa ke sekolah.", "INFRASTRUKTUR");
        String id = idOf(receipt.get("trackingNumber"));

        Map<String, Object> correction = Map.of("category", "KESEHATAN", "title",
                "Jembatan penghubung sekolah lapuk", "priority", "HIGH", "tags", List.of("jembatan", "sekolah"));
        post(admin, id, "correction", correction).then().statusCode(200).body("category", equalTo("KESEHATAN"))
                .body("title", equalTo("Jembatan rusak parah"))
                .body("working.title", equalTo("Jembatan penghubung sekolah lapuk"))
                .body("working.titleCorrected", equalTo(true)).body("working.priority", equalTo("HIGH"))
                .body("working.tags", equalTo(List.of("jembatan", "sekolah")))
                .body("history.note", hasItem("kategori: Jalan, jembatan dan drainase \u2192 Layanan kesehatan"))
                .body("history.note", hasItem("judul kerja: (kosong) \u2192 Jembatan penghubung sekolah lapuk"));
        List<Map<String, Object>> corrected = as(admin).get(BASE + id).then().statusCode(200).extract().jsonPath()
                .getList("history.findAll { it.action == 'CORRECTED' }");
        assertThat(corrected).hasSize(4).allSatisfy(e -> {
            assertThat(e.get("actor")).as("who").isNotNull().isNotEqualTo("");
            assertThat(e.get("publicEvent")).isEqualTo(false);
        });
        // The correction is a verification's: verify and dispatch then follow the corrected category's agency.
        post(admin, id, "verification", Map.of()).then().statusCode(200);
        post(admin, id, "dispatch", Map.of()).then().statusCode(200).body("dispatches[0].orgUnit", equalTo("DINKES"));

        Response tracked = api().header("X-Forwarded-For", Officers.someAddress()).queryParam("code",
                receipt.get("code")).get("/api/t/" + T + "/complaints/" + receipt.get("trackingNumber"));
        tracked.then().statusCode(200).body("title", equalTo("Jembatan rusak parah"))
                .body("history.action", not(hasItem("CORRECTED")));
        assertThat(tracked.asString()).doesNotContain("penghubung");

        post(admin, id, "correction", Map.of("category", "TIDAK_ADA")).then().statusCode(400)
                .body("code", equalTo("UNKNOWN_CATEGORY"));
        post(admin, id, "correction", Map.of("priority", "SEGERA")).then().statusCode(400)
                .body("code", equalTo("INVALID_VALUE"));
        post(token(T, "AGENCY_OPERATOR", "DINKES"), id, "correction", Map.of("category", "INFRASTRUKTUR")).then()
                .statusCode(403);
        post(token(T, "BUPATI", null), id, "correction", Map.of("category", "INFRASTRUKTUR")).then().statusCode(403);
        post(token("luwu-timur", "CENTRAL_ADMIN", null), id, "correction", Map.of("category", "INFRASTRUKTUR"))
                .then().statusCode(404);
        // Under Luwu Timur's own path, with one of its categories: Muara Enim's case is not found there.
        as(token("luwu-timur", "CENTRAL_ADMIN", null)).body(Map.of("category", "TAMBANG-LINGKUNGAN"))
                .post("/api/t/luwu-timur/officer/complaints/" + id + "/correction").then().statusCode(404)
                .body("code", equalTo("COMPLAINT_NOT_FOUND"));
    }

    @Test
    void anSmsReportIsCategorisedThenDispatchedWithANoteTheAgencySeesAndADueDateWithinTheStandard() {
        String admin = token(T, "CENTRAL_ADMIN", null);
        String from = "0813" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String reply = api().queryParams(SmsIn.of(from, "082374048333",
                "Gorong-gorong tersumbat di depan pasar Tanjung Enim, air meluap ke jalan.")).get(
                        "/api/sms/kannel/inbound").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("ME-\\d{4}-\\d{6}").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        String id = idOf(m.group());
        as(admin).get(BASE + id).then().statusCode(200).body("channel", equalTo("SMS"))
                .body("category", nullValue());

        post(admin, id, "correction", Map.of("category", "INFRASTRUKTUR", "type", "COMPLAINT")).then()
                .statusCode(200).body("category", equalTo("INFRASTRUKTUR"))
                .body("history.note", hasItem("kategori: (kosong) \u2192 Jalan, jembatan dan drainase"))
                .body("dispatchSuggestions.orgUnit", hasItem("PUPR"));
        post(admin, id, "verification", Map.of()).then().statusCode(200);

        String past = LocalDate.parse(today()).minusDays(1).toString();
        String beyond = LocalDate.parse(today()).plusDays(90).toString();
        post(admin, id, "dispatch", Map.of("units", List.of("PUPR"), "dueOn", beyond)).then().statusCode(400)
                .body("code", equalTo("DUE_DATE_BEYOND_STANDARD")).body("field", equalTo("dueOn"));
        post(admin, id, "dispatch", Map.of("units", List.of("PUPR"), "dueOn", past)).then().statusCode(400)
                .body("code", equalTo("DUE_DATE_IN_PAST"));
        post(admin, id, "dispatch", Map.of("units", List.of("PUPR"), "dueOn", "besok")).then().statusCode(400);
        as(admin).get(BASE + id).then().body("status", equalTo("VERIFIED"));

        String due = LocalDate.parse(today()).plusDays(1).toString();
        post(admin, id, "dispatch", Map.of("note", "Mohon koordinasi dengan UPTD Pasar Tanjung Enim.", "dueOn", due))
                .then().statusCode(200).body("dispatches[0].orgUnit", equalTo("PUPR"))
                .body("dispatches[0].dueOn", equalTo(due));

        String pupr = token(T, "AGENCY_OPERATOR", "PUPR");
        List<Map<String, Object>> notes = as(pupr).get(BASE + id).then().statusCode(200).extract().jsonPath()
                .getList("history.findAll { it.action == 'DISPATCH_NOTE' }");
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.get("note")).isEqualTo("Mohon koordinasi dengan UPTD Pasar Tanjung Enim.");
            assertThat(n.get("orgUnit")).isEqualTo("PUPR");
            assertThat(n.get("publicEvent")).isEqualTo(false);
        });
        as(token(T, "AGENCY_OPERATOR", "DINKES")).get(BASE + id).then().statusCode(404);
    }

    @Test
    void aSuggestedDuplicateIsMergedStraightFromTheSuggestion() {
        String admin = token(T, "CENTRAL_ADMIN", null);
        String street = "Jalan Letnan " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> first = submitted("Lampu jalan padam di " + street,
                "Lampu penerangan jalan di " + street + " padam sejak seminggu, jalan gelap dan rawan.", "INFRASTRUKTUR");
        Map<String, String> second = submitted("Lampu jalan di " + street + " padam",
                "Sudah seminggu lampu penerangan jalan di " + street + " padam, malam jadi gelap dan rawan.",
                "INFRASTRUKTUR");
        submitted("Posyandu tutup", "Posyandu kelurahan kami tutup tanpa pemberitahuan bulan ini.", "KESEHATAN");
        String firstId = idOf(first.get("trackingNumber"));
        String secondId = idOf(second.get("trackingNumber"));

        List<Map<String, Object>> suggested = as(admin).get(BASE + secondId + "/duplicates").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(suggested).as("the first report, and not the unrelated one").anySatisfy(s -> {
            assertThat(s.get("id")).isEqualTo(firstId);
            assertThat(s.get("trackingNumber")).isEqualTo(first.get("trackingNumber"));
            assertThat(((Number) s.get("score")).doubleValue()).isGreaterThanOrEqualTo(0.35);
            assertThat(String.valueOf(s.get("reasons"))).contains("TEXT");
        }).noneSatisfy(s -> assertThat(s.get("title")).isEqualTo("Posyandu tutup"))
                .noneSatisfy(s -> assertThat(s.get("id")).isEqualTo(secondId));

        post(admin, secondId, "merge", Map.of("into", suggested.get(0).get("id"))).then().statusCode(200)
                .body("status", equalTo("MERGED")).body("mergedInto", equalTo(firstId));
        assertThat(as(admin).get(BASE + firstId + "/duplicates").then().statusCode(200).extract().jsonPath()
                .getList("id")).as("a merged report is no longer open").doesNotContain(secondId);

        as(token(T, "AGENCY_OPERATOR", "PUPR")).get(BASE + firstId + "/duplicates").then().statusCode(403);
        as(token("luwu-timur", "CENTRAL_ADMIN", null)).get(BASE + firstId + "/duplicates").then().statusCode(404);
        as(token("luwu-timur", "CENTRAL_ADMIN", null)).get("/api/t/luwu-timur/officer/complaints/" + firstId
                + "/duplicates").then().statusCode(404);
    }

    @Test
    void answersAndResponsesStartFromTemplatesWithThePlaceholdersFilled() {
        String regencyAdmin = token(T, "TENANT_ADMIN", null);
        String admin = token(T, "CENTRAL_ADMIN", null);
        String pupr = token(T, "AGENCY_OPERATOR", "PUPR");
        String dinkes = token(T, "AGENCY_OPERATOR", "DINKES");
        String suffix = UUID.randomUUID().toString().substring(0, 6);

        String response = as(regencyAdmin).body(Map.of("purpose", "RESPONSE", "name", "Selesai " + suffix, "body",
                "Laporan {nomor} tentang {judul} telah ditindaklanjuti oleh {unit}. Terima kasih.")).post(TEMPLATES)
                .then().statusCode(201).body("orgUnit", equalTo(null)).extract().path("id");
        String answer = as(pupr).body(Map.of("purpose", "ANSWER", "name", "Dijadwalkan " + suffix, "orgUnit",
                "DINKES", "body", "{unit} menerima laporan {nomor} ({kategori}) pada {tanggal}; perbaikan sebelum "
                        + "{tenggat}. Petugas: {petugas}.")).post(TEMPLATES)
                .then().statusCode(201).body("orgUnit", equalTo("PUPR")).extract().path("id");
        as(pupr).body(Map.of("purpose", "ANSWER", "name", "Dijadwalkan " + suffix, "body", "Lagi {nomor}"))
                .post(TEMPLATES).then().statusCode(409).body("code", equalTo("TEMPLATE_NAME_TAKEN"));
        as(pupr).body(Map.of("purpose", "BALASAN", "name", "x" + suffix, "body", "Teks templat")).post(TEMPLATES)
                .then().statusCode(400).body("code", equalTo("INVALID_VALUE"));
        as(admin).body(Map.of("purpose", "ANSWER", "name", "y" + suffix, "body", "Teks templat")).post(TEMPLATES)
                .then().statusCode(403);
        as(pupr).body(Map.of("purpose", "RESPONSE", "name", "z" + suffix, "body", "Diubah dinas"))
                .put(TEMPLATES + "/" + response).then().statusCode(403).body("code", equalTo("REGENCY_TEMPLATE"));
        as(dinkes).delete(TEMPLATES + "/" + answer).then().statusCode(404);
        assertThat(as(dinkes).get(TEMPLATES).then().statusCode(200).extract().jsonPath().getList("id"))
                .contains(response).doesNotContain(answer);

        Map<String, String> receipt = submitted("Jalan berlubang " + suffix, "Jalan desa berlubang besar di depan "
                + "balai desa, motor sering jatuh.", "INFRASTRUKTUR");
        String id = idOf(receipt.get("trackingNumber"));
        post(admin, id, "verification", Map.of()).then().statusCode(200);
        post(admin, id, "dispatch", Map.of()).then().statusCode(200);
        post(pupr, id, "receipt", Map.of()).then().statusCode(200);

        String filled = as(pupr).queryParam("complaint", id).get(TEMPLATES + "/" + answer + "/filled").then()
                .statusCode(200).extract().path("text");
        assertThat(filled).startsWith("Dinas Pekerjaan Umum").contains("menerima laporan " + receipt.get(
                "trackingNumber") + " (").doesNotContain("{nomor}").doesNotContain("{unit}")
                .doesNotContain("{tenggat}").doesNotContain("{tanggal}").endsWith("Petugas: {petugas}.");
        as(dinkes).queryParam("complaint", id).get(TEMPLATES + "/" + answer + "/filled").then().statusCode(404);
        String text = filled.replace("{petugas}", "Budi");
        post(pupr, id, "answer", Map.of("text", text)).then().statusCode(200).body("status", equalTo("ANSWERED"))
                .body("dispatches[0].answer", equalTo(text));

        String reply = as(admin).queryParam("complaint", id).get(TEMPLATES + "/" + response + "/filled").then()
                .statusCode(200).extract().path("text");
        assertThat(reply).isEqualTo("Laporan " + receipt.get("trackingNumber") + " tentang Jalan berlubang " + suffix
                + " telah ditindaklanjuti oleh " + filled.substring(0, filled.indexOf(" menerima")) + ". Terima kasih.");
        post(admin, id, "response", Map.of("response", reply)).then().statusCode(200)
                .body("finalAnswer", equalTo(reply));

        String lt = token("luwu-timur", "CENTRAL_ADMIN", null);
        as(lt).queryParam("complaint", id).get(TEMPLATES + "/" + response + "/filled").then().statusCode(404);
        as(lt).queryParam("complaint", id).get("/api/t/luwu-timur/officer/response-templates/" + response
                + "/filled").then().statusCode(404);
        assertThat(as(token("luwu-timur", "TENANT_ADMIN", null)).get("/api/t/luwu-timur/officer/response-templates")
                .then().statusCode(200).extract().jsonPath().getList("id")).doesNotContain(response, answer);
        as(token(T, "BUPATI", null)).get(TEMPLATES).then().statusCode(403);

        as(regencyAdmin).delete(TEMPLATES + "/" + answer).then().statusCode(204);
        as(pupr).get(TEMPLATES + "/" + answer + "/filled?complaint=" + id).then().statusCode(404);
    }
}
