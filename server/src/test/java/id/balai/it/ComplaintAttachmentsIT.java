package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.support.SampleFiles;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Files with a report (SPIKM Pasal 5a): sent with the web form as multipart, checked by content and size, stored
 * with the case in one transaction, stripped of a photo's EXIF, and served only to the reporter with the access
 * code and to officers who may see the case.
 */
class ComplaintAttachmentsIT extends BalaiIT {
    private static final String REPORT = """
            {"type":"COMPLAINT","title":"Jembatan gantung rusak","description":"Lantai jembatan gantung di dusun kami \
            patah, anak sekolah memutar jauh.","category":"INFRASTRUKTUR","anonymous":true,"confidential":false}""";

    private RequestSpecification form(String key) {
        return api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", key)
                .multiPart("complaint", "complaint.json", REPORT.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static long count(String sql, String tenant) throws Exception {
        try (Connection c = Db.asSuperuser(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String central(String tenant) {
        Map<String, String> o = officers().create(tenant, officers().adminToken(tenant), List.of("CENTRAL_ADMIN"), null);
        return officers().token(tenant, o.get("username"), o.get("password"));
    }

    @Test
    void aReportCarriesItsPhotosAndLettersToTheReporterAndTheAgencyWithoutThePhotosMetadata() throws Exception {
        byte[] photo = SampleFiles.phonePhoto();
        Response receipt = form("k-" + UUID.randomUUID())
                .multiPart("attachments", "jembatan.jpg", photo, "image/jpeg")
                .multiPart("attachments", "surat-rt.pdf", SampleFiles.pdf(), "application/pdf")
                .post("/api/t/muara-enim/complaints");
        receipt.then().statusCode(201);
        String tracking = receipt.path("trackingNumber");
        String code = receipt.path("accessCode");

        Response track = api().queryParam("code", code).get("/api/t/muara-enim/complaints/" + tracking);
        track.then().statusCode(200);
        List<Map<String, Object>> files = track.jsonPath().getList("attachments");
        assertThat(files).extracting(f -> f.get("fileName")).containsExactly("jembatan.jpg", "surat-rt.pdf");
        assertThat(files).extracting(f -> f.get("mediaType")).containsExactly("image/jpeg", "application/pdf");

        Response download = api().queryParam("code", code)
                .get("/api/t/muara-enim/complaints/" + tracking + "/attachments/1");
        download.then().statusCode(200).contentType("image/jpeg")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;"))
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"));
        byte[] served = download.asByteArray();
        assertThat(SampleFiles.hasExif(served)).as("the photo's EXIF (GPS, owner) is gone").isFalse();
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain(SampleFiles.OWNER);
        assertThat(files.get(0).get("sizeBytes")).isEqualTo(served.length);
        assertThat(api().queryParam("code", code).get("/api/t/muara-enim/complaints/" + tracking + "/attachments/2")
                .asByteArray()).isEqualTo(SampleFiles.pdf());

        // a wrong code or a file that does not exist: not found, nothing to enumerate
        api().queryParam("code", "SALAHKODE1").get("/api/t/muara-enim/complaints/" + tracking + "/attachments/1")
                .then().statusCode(404).body("code", equalTo("COMPLAINT_NOT_FOUND"));
        api().queryParam("code", code).get("/api/t/muara-enim/complaints/" + tracking + "/attachments/3")
                .then().statusCode(404).body("code", equalTo("ATTACHMENT_NOT_FOUND"));

        // officers: the central admin sees and downloads (audited); an agency not involved does not
        String admin = central("muara-enim");
        List<Map<String, Object>> items = api().auth().oauth2(admin).queryParam("size", 100)
                .get("/api/t/muara-enim/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        String id = items.stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        api().auth().oauth2(admin).get("/api/t/muara-enim/officer/complaints/" + id).then().statusCode(200)
                .body("attachments.size()", equalTo(2)).body("attachments[1].fileName", equalTo("surat-rt.pdf"));
        assertThat(api().auth().oauth2(admin).get("/api/t/muara-enim/officer/complaints/" + id + "/attachments/2")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray())
                .isEqualTo(SampleFiles.pdf());
        assertThat(count("select count(*) from audit_record where tenant_id = ? and action = 'ATTACHMENT_READ'",
                "muara-enim")).isPositive();

        Map<String, String> dinkes = officers().create("muara-enim", officers().adminToken("muara-enim"),
                List.of("AGENCY_OPERATOR"), "DINKES");
        String agency = officers().token("muara-enim", dinkes.get("username"), dinkes.get("password"));
        api().auth().oauth2(agency).get("/api/t/muara-enim/officer/complaints/" + id + "/attachments/1").then()
                .statusCode(404);
        api().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("note", "foto jelas"))
                .post("/api/t/muara-enim/officer/complaints/" + id + "/verification").then().statusCode(200);
        api().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("units", List.of("DINKES")))
                .post("/api/t/muara-enim/officer/complaints/" + id + "/dispatch").then().statusCode(200);
        api().auth().oauth2(agency).get("/api/t/muara-enim/officer/complaints/" + id + "/attachments/1").then()
                .statusCode(200).contentType("image/jpeg");

        // another regency's officer, or its path, never reaches the file
        String luwu = central("luwu-timur");
        api().auth().oauth2(luwu).get("/api/t/muara-enim/officer/complaints/" + id + "/attachments/1").then()
                .statusCode(404);
        api().auth().oauth2(luwu).get("/api/t/luwu-timur/officer/complaints/" + id + "/attachments/1").then()
                .statusCode(404);
        api().queryParam("code", code).get("/api/t/luwu-timur/complaints/" + tracking + "/attachments/1").then()
                .statusCode(404);
    }

    @Test
    void aRefusedFileLeavesNoCaseNoFileAndNamesTheFile() throws Exception {
        long cases = count("select count(*) from complaint where tenant_id = ?", "luwu-timur");
        long stored = count("select count(*) from complaint_attachment where tenant_id = ?", "luwu-timur");
        String report = REPORT.replace("INFRASTRUKTUR", "TAMBANG-LINGKUNGAN");

        Response wrongType = api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("complaint", "c.json", report.getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("attachments", "foto.jpg", SampleFiles.png(), "image/png")
                .multiPart("attachments", "foto2.jpg", "MZ\u0090 bukan foto".getBytes(StandardCharsets.ISO_8859_1),
                        "image/jpeg")
                .post("/api/t/luwu-timur/complaints");
        wrongType.then().statusCode(400).body("code", equalTo("ATTACHMENT_TYPE_NOT_ALLOWED"))
                .body("field", equalTo("attachments[1]"))
                .body("message.id", org.hamcrest.Matchers.containsString("PDF"));

        byte[] tooBig = Arrays.copyOf(SampleFiles.pdf(), 5 * 1024 * 1024 + 1);
        api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("complaint", "c.json", report.getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("attachments", "besar.pdf", tooBig, "application/pdf")
                .post("/api/t/luwu-timur/complaints").then().statusCode(400)
                .body("code", equalTo("ATTACHMENT_TOO_LARGE")).body("field", equalTo("attachments[0]"));

        RequestSpecification six = api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("complaint", "c.json", report.getBytes(StandardCharsets.UTF_8), "application/json");
        for (int i = 0; i < 6; i++) {
            six = six.multiPart("attachments", "f" + i + ".pdf", SampleFiles.pdf(), "application/pdf");
        }
        six.post("/api/t/luwu-timur/complaints").then().statusCode(400).body("code", equalTo("TOO_MANY_ATTACHMENTS"));

        api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("complaint", "c.json", "{\"type\":".getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/api/t/luwu-timur/complaints").then().statusCode(400).body("code", equalTo("UNREADABLE_BODY"))
                .body("field", equalTo("complaint"));

        api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("attachments", "a.pdf", SampleFiles.pdf(), "application/pdf")
                .post("/api/t/luwu-timur/complaints").then().statusCode(400).body("code", equalTo("BODY_REQUIRED"));

        // a valid file with an invalid form: nothing is stored either
        api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("complaint", "c.json", report.replace("TAMBANG-LINGKUNGAN", "TIDAK-ADA").getBytes(StandardCharsets.UTF_8),
                        "application/json")
                .multiPart("attachments", "a.pdf", SampleFiles.pdf(), "application/pdf")
                .post("/api/t/luwu-timur/complaints").then().statusCode(400).body("code", equalTo("UNKNOWN_CATEGORY"));

        assertThat(count("select count(*) from complaint where tenant_id = ?", "luwu-timur")).isEqualTo(cases);
        assertThat(count("select count(*) from complaint_attachment where tenant_id = ?", "luwu-timur"))
                .isEqualTo(stored);
    }

    @Test
    void aRepeatedFormWithTheSameKeyIsStoredOnceAndAnotherFileUnderTheSameKeyIsAConflict() throws Exception {
        String key = "k-" + UUID.randomUUID();
        Response first = form(key).multiPart("attachments", "a.png", SampleFiles.png(), "image/png")
                .post("/api/t/muara-enim/complaints");
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        long stored = count("select count(*) from complaint_attachment where tenant_id = ?", "muara-enim");

        form(key).multiPart("attachments", "a.png", SampleFiles.png(), "image/png")
                .post("/api/t/muara-enim/complaints").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("trackingNumber", equalTo(first.path("trackingNumber")));
        form(key).multiPart("attachments", "a.pdf", SampleFiles.pdf(), "application/pdf")
                .post("/api/t/muara-enim/complaints").then().statusCode(409)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(count("select count(*) from complaint_attachment where tenant_id = ?", "muara-enim"))
                .isEqualTo(stored);
    }

    @Test
    void theDeskRecordsAWalkInReportWithTheCitizensLetter() {
        String admin = central("luwu-timur");
        Map<String, Object> walkIn = new HashMap<>(Map.of("type", "SUGGESTION", "title", "Lampu jalan di Malili",
                "description", "Usulan menambah lampu jalan di jalan poros Malili, surat warga terlampir.",
                "reporter", Map.of("name", "Andi Baso", "phone", "081355501234")));
        Response r = api().auth().oauth2(admin)
                .multiPart("complaint", "c.json", toJson(walkIn), "application/json")
                .multiPart("attachments", "surat.pdf", SampleFiles.pdf(), "application/pdf")
                .post("/api/t/luwu-timur/officer/complaints");
        r.then().statusCode(201);
        List<Map<String, Object>> items = api().auth().oauth2(admin).queryParam("size", 100)
                .get("/api/t/luwu-timur/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        String id = items.stream().filter(i -> r.path("trackingNumber").equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        api().auth().oauth2(admin).get("/api/t/luwu-timur/officer/complaints/" + id).then().statusCode(200)
                .body("channel", equalTo("WALK_IN")).body("attachments[0].fileName", equalTo("surat.pdf"));
    }

    @Test
    void aBodyBeyondEveryFileTheFormMayCarryIsRefusedUnread() {
        byte[] huge = new byte[27 * 1024 * 1024];
        api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("complaint", "c.json", REPORT.getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("attachments", "a.pdf", huge, "application/pdf")
                .post("/api/t/muara-enim/complaints").then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    private static byte[] toJson(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
