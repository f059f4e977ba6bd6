package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.support.SampleFiles;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * No input reaches a 500 (issue 14, item 5): control characters in any text, malformed multipart bodies, paging
 * at the ends of int, malformed addresses, files that only start like an image or a PDF. Each refusal is the JSON
 * error with the browser protections, and writes nothing.
 */
class InputHardeningIT extends BalaiIT {
    private static final String COMPLAINTS = "/api/t/muara-enim/complaints";
    private static final String REPORT = """
            {"type":"COMPLAINT","title":"Lampu jalan mati","description":"%s","category":"INFRASTRUKTUR",\
            "anonymous":true}""";

    private RawHttp raw() {
        return new RawHttp(base);
    }

    private static void assertProtected(RawHttp.Answer a) {
        assertThat(a.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(a.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(a.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(a.header("Permissions-Policy")).isEqualTo("geolocation=(self), camera=(), microphone=()");
    }

    private static void assertJsonError(RawHttp.Answer a, int status, String code) {
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        assertThat(a.text()).contains("\"code\":\"" + code + "\"").contains("\"id\":").contains("\"en\":");
        assertProtected(a);
    }

    private ValidatableResponse submit(String json) {
        return api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body(json)
                .post(COMPLAINTS).then();
    }

    @Test
    void aNulInAComplaintsTextIsRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Long> before = Db.rowCounts();
        submit(REPORT.formatted("Lampu jalan\\u0000 di depan pasar mati sejak seminggu.")).statusCode(400)
                .contentType(containsString("application/json"))
                .body("code", equalTo("CONTROL_CHARACTER")).body("field", equalTo("description"))
                .body("message.id", containsString("karakter kendali")).body("message.en", containsString("control"));
        assertThat(Db.rowCounts()).isEqualTo(before);
    }

    @Test
    void aMultiLineTextKeepsItsLineBreaksASingleLineTextMayHaveNone() {
        submit(REPORT.formatted("Lampu jalan di depan pasar\\r\\nmati sejak\\tseminggu.")).statusCode(201);
        Map<String, Long> before = Db.rowCounts();
        submit(REPORT.replace("Lampu jalan mati", "Lampu jalan\\nmati").formatted("Lampu di depan pasar mati."))
                .statusCode(400).body("code", equalTo("CONTROL_CHARACTER")).body("field", equalTo("title"));
        submit(REPORT.formatted("Lampu jalan di depan pasar mati\\u001b[31m sejak seminggu.")).statusCode(400)
                .body("field", equalTo("description"));
        assertThat(Db.rowCounts()).isEqualTo(before);
    }

    @Test
    void theSameRuleHoldsInAMultipartPartAFormPostAnSmsAndAQuery() {
        Map<String, Long> before = Db.rowCounts();
        api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("complaint", "complaint.json", REPORT.formatted("Lampu\\u0000 di depan pasar mati.")
                        .getBytes(StandardCharsets.UTF_8), "application/json")
                .post(COMPLAINTS).then().statusCode(400).body("code", equalTo("CONTROL_CHARACTER"))
                .body("field", containsString("description"));
        api().header("Idempotency-Key", "o311-" + UUID.randomUUID()).header("X-Forwarded-For", Officers.someAddress())
                .contentType(ContentType.URLENC).formParams(Map.of("jurisdiction_id", "muara-enim", "service_code",
                        "INFRASTRUKTUR", "description", "Lampu jalan mati\u0000 sepanjang satu kilometer."))
                .post("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].error", equalTo("CONTROL_CHARACTER")).body("[0].field", equalTo("description"));
        api().queryParam("from", "+6281234567890").queryParam("to", "1717").queryParam("text", "LAPOR lampu\u0000mati")
                .queryParam("token", System.getProperty("balai.it.sms.inbound.token"))
                .get("/api/sms/kannel/inbound").then().statusCode(400)
                .body("code", equalTo("CONTROL_CHARACTER")).body("field", equalTo("text"));
        api().queryParam("q", "izin\u0000usaha").get("/api/t/luwu-timur/register/search").then().statusCode(400)
                .body("code", equalTo("CONTROL_CHARACTER")).body("field", equalTo("q"));
        assertThat(Db.rowCounts()).isEqualTo(before);
    }

    @Test
    void aMultipartBodyWithoutItsBoundaryOrCutShortIsA400() {
        Map<String, Long> before = Db.rowCounts();
        byte[] body = ("--xx\r\nContent-Disposition: form-data; name=\"complaint\"\r\nContent-Type: application/json"
                + "\r\n\r\n" + REPORT.formatted("Lampu di depan pasar mati.") + "\r\n--xx--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of("Content-Type", "multipart/form-data", "Idempotency-Key",
                "k-" + UUID.randomUUID(), "X-Forwarded-For", Officers.someAddress());
        assertJsonError(raw().send("POST", COMPLAINTS, headers, body), 400, "MALFORMED_MULTIPART");
        RawHttp.Answer cut = raw().send("POST", COMPLAINTS, Map.of("Content-Type", "multipart/form-data; boundary=xx",
                "Idempotency-Key", "k-" + UUID.randomUUID(), "X-Forwarded-For", Officers.someAddress()),
                Arrays.copyOf(body, 90));
        assertThat(cut.status()).as(cut.text()).isEqualTo(400);
        assertThat(cut.header("Content-Type")).startsWith("application/json");
        RawHttp.Answer other = raw().send("POST", COMPLAINTS, Map.of("Content-Type",
                "multipart/form-data; boundary=yy", "Idempotency-Key", "k-" + UUID.randomUUID(), "X-Forwarded-For",
                Officers.someAddress()), body);
        assertThat(other.status()).as(other.text()).isEqualTo(400);
        // A part without a name (the fuzzer found it a 500).
        byte[] unnamed = ("--xx\r\nContent-Disposition: form-data\r\nContent-Type: application/json\r\n\r\n{}"
                + "\r\n--xx--\r\n").getBytes(StandardCharsets.UTF_8);
        assertJsonError(raw().send("POST", COMPLAINTS, Map.of("Content-Type", "multipart/form-data; boundary=xx",
                "Idempotency-Key", "k-" + UUID.randomUUID(), "X-Forwarded-For", Officers.someAddress()), unnamed), 400,
                "PART_WITHOUT_NAME");
        assertThat(Db.rowCounts()).isEqualTo(before);
    }

    @Test
    void pagingAtTheEndsOfIntIsClampedNeverOverflowing() {
        api().queryParam("page", Integer.MAX_VALUE).queryParam("size", Integer.MAX_VALUE)
                .get("/api/t/luwu-timur/register/entries").then().statusCode(200)
                .body("page", equalTo(100_000)).body("size", equalTo(100)).body("items", empty());
        api().queryParam("q", "informasi").queryParam("page", Integer.MAX_VALUE)
                .get("/api/t/luwu-timur/register/search").then().statusCode(200)
                .body("page", equalTo(100_000)).body("items", empty());
        api().queryParam("page", Integer.MIN_VALUE).queryParam("size", Integer.MIN_VALUE)
                .get("/api/t/luwu-timur/register/entries").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1));
        String admin = officers().adminToken("muara-enim");
        Map<String, String> central = officers().create("muara-enim", admin, List.of("CENTRAL_ADMIN"), null);
        String token = officers().token("muara-enim", central.get("username"), central.get("password"));
        for (String path : new String[] {"/api/t/muara-enim/officer/complaints",
                "/api/t/muara-enim/officer/complaints/overdue", "/api/t/muara-enim/users"}) {
            api().auth().oauth2(path.endsWith("users") ? admin : token).queryParam("page", Integer.MAX_VALUE)
                    .queryParam("size", Integer.MAX_VALUE).get(path).then().statusCode(200);
        }
        api().queryParam("page", "99999999999").get("/api/t/luwu-timur/register/entries").then().statusCode(400)
                .body("code", equalTo("INVALID_PARAMETER"));
    }

    @Test
    void malformedAddressesAreRefusedWithTheJsonErrorAndTheProtections() {
        assertJsonError(raw().get(COMPLAINTS + "/a%2Fb", Map.of()), 400, "MALFORMED_REQUEST");
        assertJsonError(raw().get(COMPLAINTS + "/%C0%AF", Map.of()), 400, "MALFORMED_REQUEST");
        assertJsonError(raw().get(COMPLAINTS + "/" + "a".repeat(9000), Map.of()), 414, "URI_TOO_LONG");
        // Refused by Liberty's web container before the application exists for the request: the status and the
        // protections are ours (server.xml), the body is Liberty's (docs/security.md).
        for (String bad : new String[] {"/%00", "/%0D%0A", "/%zz"}) {
            RawHttp.Answer a = raw().get(COMPLAINTS + bad, Map.of("Accept", "application/json"));
            assertThat(a.status()).as(bad).isEqualTo(400);
            assertProtected(a);
        }
    }

    @Test
    void aRequestWithoutAValidTokenGetsTheJsonErrorNotABare401() {
        assertJsonError(raw().get("/api/t/muara-enim/users", Map.of()), 401, "UNAUTHENTICATED");
        assertJsonError(raw().get("/api/auth/me", Map.of("Authorization", "Bearer bukan.token.sah")), 401,
                "UNAUTHENTICATED");
    }

    @Test
    void libertysOwnApplicationsCarryTheProtections() {
        for (String path : new String[] {"/openapi", "/openapi/ui/", "/health/ready"}) {
            RawHttp.Answer a = raw().get(path, Map.of());
            assertThat(a.status()).as(path).isEqualTo(200);
            assertThat(a.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(a.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(a.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(a.header("Permissions-Policy")).as(path).isNotNull();
            assertThat(a.header("Content-Security-Policy")).as(path).startsWith("default-src 'self'");
        }
    }

    @Test
    void aPngCutToTwentyBytesIsRefusedARealOneIsAccepted() {
        Map<String, Long> before = Db.rowCounts();
        api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("complaint", "complaint.json", REPORT.formatted("Lampu di depan pasar mati.")
                        .getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("attachments", "lampu.png", Arrays.copyOf(SampleFiles.png(), 20), "image/png")
                .post(COMPLAINTS).then().statusCode(400).body("code", equalTo("ATTACHMENT_UNREADABLE"))
                .body("field", equalTo("attachments[0]")).body("message.en", startsWith("The attachment is damaged"));
        assertThat(Db.rowCounts()).isEqualTo(before);
        api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("complaint", "complaint.json", REPORT.formatted("Lampu di depan pasar mati.")
                        .getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("attachments", "lampu.png", SampleFiles.png(), "image/png")
                .post(COMPLAINTS).then().statusCode(201);
    }
}
