package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every tenant-scoped endpoint, read from the live OpenAPI document (so a new endpoint is covered the day it
 * appears), tried with another tenant's token, with another tenant's ids, and with a platform token: always 404.
 */
class CrossTenantIT extends BalaiIT {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private String muaraEnimAdmin;
    private String luwuTimurAdmin;
    private String officerId;
    private String complaintId;
    private String trackingNumber;
    private String registerEntryId;
    private String registerDocumentId;
    private String consequenceTestId;
    private String requestId;
    private String registrationNumber;
    private String objectionId;
    private String disputeId;

    @BeforeEach
    void setUp() {
        muaraEnimAdmin = officers().adminToken("muara-enim");
        // Every tenant role at once, so that no endpoint can answer 403 first: only the tenant wall decides.
        String ltAdmin = officers().adminToken("luwu-timur");
        Map<String, String> all = officers().create("luwu-timur", ltAdmin, List.of("TENANT_ADMIN", "CENTRAL_ADMIN",
                "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN", "PPID_ASSISTANT",
                "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "AGENCY_HEAD"), "DINKES");
        luwuTimurAdmin = officers().token("luwu-timur", all.get("username"), all.get("password"));
        officerId = officers().create("muara-enim", muaraEnimAdmin, List.of("BUPATI"), null).get("id");
        // with a file, so that the sweep's {position} names a real attachment of Muara Enim
        io.restassured.response.Response receipt = api().header("Idempotency-Key", "k-" + java.util.UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress())
                .multiPart("complaint", "c.json", """
                        {"type":"QUESTION","title":"Jadwal posyandu","description":"Kapan jadwal posyandu bulan ini \
                        di kelurahan kami?","anonymous":true}""".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "application/json")
                .multiPart("attachments", "jadwal.png", id.balai.support.SampleFiles.png(), "image/png")
                .post("/api/t/muara-enim/complaints");
        trackingNumber = receipt.then().statusCode(201).extract().path("trackingNumber");
        Map<String, String> admin = officers().create("muara-enim", muaraEnimAdmin, List.of("CENTRAL_ADMIN"), null);
        String central = officers().token("muara-enim", admin.get("username"), admin.get("password"));
        List<Map<String, Object>> items = api().auth().oauth2(central).queryParam("size", 100)
                .get("/api/t/muara-enim/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        complaintId = items.stream().filter(i -> trackingNumber.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        createRegisterIds();
        informationRecords();
    }

    /** A register entry of Muara Enim with a document and a consequence test (Perbup Pasal 16-17). */
    private void createRegisterIds() {
        Map<String, String> ppid = officers().create("muara-enim", muaraEnimAdmin, List.of("PPID_MAIN"), null);
        String main = officers().token("muara-enim", ppid.get("username"), ppid.get("password"));
        String base = "/api/t/muara-enim/officer/register/entries";
        registerEntryId = api().auth().oauth2(main).contentType(ContentType.JSON).body(Map.of("title",
                "Laporan keuangan dinas", "summary", "Laporan keuangan dinas tahun 2025.", "holdingUnit", "PUPR",
                "ownerPpid", "PUPR", "personResponsible", "Sekretaris Dinas", "madeOn", "2026-01-05", "madePlace",
                "Muara Enim", "forms", List.of("SOFTCOPY"), "retentionPeriod", "5 tahun", "infoClass",
                "SERTA_MERTA")).post(base).then().statusCode(201).extract().path("entry.id");
        api().auth().oauth2(main).post(base + "/" + registerEntryId + "/publication").then().statusCode(200);
        registerDocumentId = api().auth().oauth2(main).multiPart("file", "laporan.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "application/pdf")
                .post(base + "/" + registerEntryId + "/documents").then().statusCode(201).extract().path("id");
        consequenceTestId = api().auth().oauth2(main).contentType(ContentType.JSON).body(Map.of("ground", "H",
                "harmTest", "Memuat data pribadi penerima bantuan.", "political", "tidak ada", "economic", "tidak ada",
                "socioCultural", "tidak ada", "defenceSecurity", "tidak ada", "meetingOn", "2026-01-06", "members",
                List.of("Kepala Dinas Kominfo", "Kepala Bagian Hukum"))).post(base + "/" + registerEntryId
                        + "/consequence-tests").then().statusCode(201).extract().path("id");
    }

    /** A Muara Enim information request, refused, objected to, answered and taken to the Commission. */
    private void informationRecords() {
        io.restassured.response.Response r = api().header("Idempotency-Key", "k-" + java.util.UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(InformationRequestIT.form("READ", null)).post("/api/t/muara-enim/information-requests");
        registrationNumber = r.then().statusCode(201).extract().path("registrationNumber");
        String accessCode = r.path("accessCode");
        Map<String, String> ppid = officers().create("muara-enim", muaraEnimAdmin, List.of("PPID_MAIN", "ATASAN_PPID"),
                null);
        String ppidToken = officers().token("muara-enim", ppid.get("username"), ppid.get("password"));
        List<Map<String, Object>> items = api().auth().oauth2(ppidToken).queryParam("size", 100)
                .get("/api/t/muara-enim/officer/information-requests").then().statusCode(200).extract().jsonPath()
                .getList("items");
        requestId = items.stream().filter(i -> registrationNumber.equals(i.get("registrationNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        api().auth().oauth2(ppidToken).contentType(ContentType.JSON).body(Map.of("held", true, "decision", "REFUSED",
                "exemptionGround", "H_PERSONAL_SECRETS", "exemptionReason", "Data pribadi"))
                .post("/api/t/muara-enim/officer/information-requests/" + requestId + "/notice").then().statusCode(200);
        api().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("code", accessCode, "ground", "A_REFUSED_EXEMPT", "reasons", "Bukan data pribadi"))
                .post("/api/t/muara-enim/information-requests/" + registrationNumber + "/objections").then()
                .statusCode(201);
        objectionId = api().auth().oauth2(ppidToken).get("/api/t/muara-enim/officer/information-requests/" + requestId)
                .then().statusCode(200).extract().path("objections[0].id");
        // The dispute is recorded as filed at the Commission today on Muara Enim's calendar (not the objection's
        // receipt date, which is already the next working day after office hours).
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        api().auth().oauth2(ppidToken).contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECTED", "answer", "Pengecualian dikuatkan"))
                .post("/api/t/muara-enim/officer/objections/" + objectionId + "/answer").then().statusCode(200);
        disputeId = api().auth().oauth2(ppidToken).contentType(ContentType.JSON).body(Map.of("filedOn", today))
                .post("/api/t/muara-enim/officer/objections/" + objectionId + "/disputes").then().statusCode(201)
                .extract().path("id");
    }

    /** One real id of Muara Enim for each path parameter of an endpoint. */
    private Map<String, String> muaraEnimIds(Endpoint e) {
        String t = e.template();
        String id = t.contains("/complaints/") ? complaintId
                : t.contains("/consequence-tests/") ? consequenceTestId
                : t.contains("/register/entries/") ? registerEntryId
                : t.contains("/disputes/") ? disputeId
                : t.contains("/objections/") ? objectionId
                : t.contains("/information-requests/") ? requestId : officerId;
        // {kind}: the request's written notice, a letter that exists (issue 18).
        return Map.of("id", id, "trackingNumber", trackingNumber, "position", "1", "documentId",
                registerDocumentId, "registrationNumber", registrationNumber, "kind", "notice");
    }

    record Endpoint(String method, String template) {
        boolean hasIds() {
            Matcher m = PARAM.matcher(template);
            while (m.find()) {
                if (!m.group(1).equals("tenant")) {
                    return true;
                }
            }
            return false;
        }

        String path(String tenant, Map<String, String> ids) {
            Matcher m = PARAM.matcher(template);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String value = name.equals("tenant") ? tenant : ids.getOrDefault(name, "00000000-0000-0000-0000-0000000000aa");
                m.appendReplacement(b, Matcher.quoteReplacement(value));
            }
            m.appendTail(b);
            return b.toString();
        }
    }

    private List<Endpoint> tenantEndpoints() {
        Map<String, Map<String, Object>> paths = api().accept(ContentType.JSON).get("/openapi?format=JSON")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Endpoint> out = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith("/api/t/{tenant}")) {
                methods.keySet().stream().filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                        .forEach(m -> out.add(new Endpoint(m.toUpperCase(), path)));
            }
        });
        return out;
    }

    private Response call(Endpoint e, String token, String path) {
        RequestSpecification r = api().auth().oauth2(token);
        if (e.method().equals("POST") || e.method().equals("PUT") || e.method().equals("PATCH")) {
            r = r.contentType(ContentType.JSON).body("{}");
        }
        return r.request(e.method(), path);
    }

    @Test
    void theSweepCoversTheEndpointsWeKnowOf() {
        assertThat(tenantEndpoints()).extracting(Endpoint::template)
                .contains("/api/t/{tenant}/users", "/api/t/{tenant}/users/{id}", "/api/t/{tenant}/audit/verify",
                        "/api/t/{tenant}/calendar/due", "/api/t/{tenant}/complaints/{trackingNumber}",
                        "/api/t/{tenant}/officer/complaints/{id}", "/api/t/{tenant}/officer/complaints/{id}/reporter",
                        "/api/t/{tenant}/register/entries/{id}/documents/{documentId}",
                        "/api/t/{tenant}/officer/register/entries/{id}/documents",
                        "/api/t/{tenant}/officer/register/consequence-tests/{id}/decision",
                        "/api/t/{tenant}/information-requests/{registrationNumber}",
                        "/api/t/{tenant}/officer/information-requests/{id}/notice",
                        "/api/t/{tenant}/officer/information-requests/{id}/letters/{kind}",
                        "/api/t/{tenant}/officer/objections/{id}/answer-letter",
                        "/api/t/{tenant}/officer/signatory-profile",
                        "/api/t/{tenant}/officer/objections/{id}/answer", "/api/t/{tenant}/officer/disputes/{id}/stages",
                        "/api/t/{tenant}/officer/lapor", "/api/t/{tenant}/officer/lapor/pulls");
    }

    @Test
    void anotherTenantsTokenOnEveryEndpointIsA404() {
        for (Endpoint e : tenantEndpoints()) {
            Response r = call(e, luwuTimurAdmin, e.path("muara-enim", muaraEnimIds(e)));
            assertThat(r.statusCode()).as(e.method() + " " + e.template()).isEqualTo(404);
            assertThat(r.asString()).as(e.template()).doesNotContain(muaraEnimIds(e).get("id"))
                    .doesNotContain(trackingNumber).doesNotContain(registrationNumber);
        }
    }

    /**
     * Another tenant's id in one's own tenant answers exactly as an id that exists nowhere: a 404, or the same
     * input error (an empty body, or a JSON body where a form is expected, is refused before anything is looked
     * up), never data.
     */
    @Test
    void anotherTenantsIdsUnderOnesOwnTenantAreAsUnknownAsIdsThatDoNotExist() {
        Map<String, String> nowhere = Map.of("id", "00000000-0000-0000-0000-0000000000bb", "trackingNumber",
                "LT-1999-999999", "position", "1", "documentId", "00000000-0000-0000-0000-0000000000cc",
                "registrationNumber", "LT-PPID-1999-999999", "kind", "notice");
        for (Endpoint e : tenantEndpoints()) {
            if (!e.hasIds()) {
                continue;
            }
            Response r = call(e, luwuTimurAdmin, e.path("luwu-timur", muaraEnimIds(e)));
            Response unknown = call(e, luwuTimurAdmin, e.path("luwu-timur", nowhere));
            assertThat(r.statusCode()).as(e.method() + " " + e.template()).isIn(404, 400, 415)
                    .isEqualTo(unknown.statusCode());
            assertThat(r.jsonPath().getString("code")).as(e.template())
                    .isEqualTo(unknown.jsonPath().getString("code"));
            assertThat(r.asString()).as(e.template()).doesNotContain(muaraEnimIds(e).get("id"))
                    .doesNotContain(trackingNumber).doesNotContain(registrationNumber);
        }
    }

    @Test
    void aPlatformTokenReachesNoTenantsResources() {
        String operator = officers().operatorToken();
        for (Endpoint e : tenantEndpoints()) {
            Response r = call(e, operator, e.path("muara-enim", muaraEnimIds(e)));
            assertThat(r.statusCode()).as(e.method() + " " + e.template()).isEqualTo(404);
        }
    }

    @Test
    void theOwnTenantsTokenDoesReachTheSameResource() {
        // The control: the 404s above come from the tenant wall, not from a broken endpoint.
        api().auth().oauth2(muaraEnimAdmin).get("/api/t/muara-enim/users/" + officerId).then().statusCode(200);
    }
}
