package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import id.balai.support.SampleFiles;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;

/** An Open311 GeoReport v2 client: services, post a request, read it back, for both tenants, JSON and XML. */
class Open311IT extends BalaiIT {

    private Response post(String tenant, String code, String phone) {
        return api().header("Idempotency-Key", "o311-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.URLENC)
                .formParams(Map.of("jurisdiction_id", tenant, "service_code", code, "description",
                        "Lampu penerangan jalan mati sepanjang satu kilometer.", "lat", "-3.65", "long", "103.77",
                        "address_string", "Jalan Lintas", "phone", phone, "first_name", "Budi"))
                .post("/open311/v2/requests.json");
    }

    /** The central administrator publishes the report's description as its public text. */
    private void publish(String tenant, String tracking) {
        Map<String, String> c = officers().create(tenant, officers().adminToken(tenant), List.of("CENTRAL_ADMIN"),
                null);
        String token = officers().token(tenant, c.get("username"), c.get("password"));
        List<Map<String, Object>> items = api().auth().oauth2(token).queryParam("size", 100)
                .get("/api/t/" + tenant + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        String id = items.stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        String text = api().auth().oauth2(token).get("/api/t/" + tenant + "/officer/complaints/" + id
                + "/publication").then().statusCode(200).extract().path("proposedText.text");
        api().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("title", "Lampu jalan mati", "text",
                text, "reason", "Layak dipublikasikan")).post("/api/t/" + tenant + "/officer/complaints/" + id
                + "/publication").then().statusCode(200);
    }

    @Test
    void aClientListsServicesPostsARequestAndReadsItBackInBothTenants() {
        for (String[] t : new String[][] {{"muara-enim", "INFRASTRUKTUR", "ME"}, {"luwu-timur", "JALAN-JEMBATAN",
                "LT"}}) {
            List<String> codes = api().queryParam("jurisdiction_id", t[0]).get("/open311/v2/services.json").then()
                    .statusCode(200).extract().jsonPath().getList("service_code");
            assertThat(codes).contains(t[1]);

            String phone = "0813" + (10_000_000 + (int) (Math.random() * 89_999_999));
            Response posted = post(t[0], t[1], phone);
            posted.then().statusCode(201).body("[0].service_request_id", matchesPattern(t[2] + "-\\d{4}-\\d{6}"));
            String id = posted.path("[0].service_request_id");
            // Nothing is public before the central administrator publishes a public version (issue 15).
            api().queryParam("jurisdiction_id", t[0]).get("/open311/v2/requests/" + id + ".json").then()
                    .statusCode(404);
            publish(t[0], id);

            Response one = api().queryParam("jurisdiction_id", t[0]).get("/open311/v2/requests/" + id + ".json");
            one.then().statusCode(200).body("[0].service_request_id", equalTo(id)).body("[0].status", equalTo("open"))
                    .body("[0].service_code", equalTo(t[1]));
            assertThat(one.asString()).doesNotContain(phone).doesNotContain("Budi");

            api().queryParam("jurisdiction_id", t[0]).queryParam("status", "open").get("/open311/v2/requests.json")
                    .then().statusCode(200).body("service_request_id", hasItem(id));

            String xml = api().queryParam("jurisdiction_id", t[0]).get("/open311/v2/requests/" + id + ".xml").then()
                    .statusCode(200).contentType(ContentType.XML).extract().asString();
            assertThat(new XmlPath(xml).getString("service_requests.request.service_request_id")).isEqualTo(id);
            String services = api().queryParam("jurisdiction_id", t[0]).get("/open311/v2/services.xml").asString();
            assertThat(new XmlPath(services).getList("services.service.service_code")).contains(t[1]);
        }
    }

    @Test
    void confidentialReportsAreNeverListed() {
        Response r = api().header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON)
                .header("X-Forwarded-For", Officers.someAddress())
                .body(Map.of("type", "COMPLAINT", "title", "Pungutan liar di kantor desa", "description",
                        "Ada pungutan tanpa dasar saat mengurus surat.", "category", "LAINNYA", "confidential", true,
                        "anonymous", true))
                .post("/api/t/muara-enim/complaints");
        String id = r.then().statusCode(201).extract().path("trackingNumber");
        api().queryParam("jurisdiction_id", "muara-enim").get("/open311/v2/requests/" + id + ".json").then()
                .statusCode(404);
        assertThat(api().queryParam("jurisdiction_id", "muara-enim").get("/open311/v2/requests.json").asString())
                .doesNotContain(id);
    }

    @Test
    void badRequestsAreClear4xxInGeoReportsErrorFormat() {
        api().get("/open311/v2/services.json").then().statusCode(400).contentType(ContentType.JSON)
                .body("[0].code", equalTo(400)).body("[0].error", equalTo("JURISDICTION_REQUIRED"))
                .body("[0].description", org.hamcrest.Matchers.containsString(" / jurisdiction_id (the regency's"));
        api().queryParam("jurisdiction_id", "tidak-ada").get("/open311/v2/services.json").then().statusCode(404)
                .body("[0].code", equalTo(404)).body("[0].error", equalTo("TENANT_NOT_FOUND"));
        api().queryParam("jurisdiction_id", "muara-enim").get("/open311/v2/services.csv").then().statusCode(400)
                .body("[0].error", equalTo("UNSUPPORTED_FORMAT"));
        post("muara-enim", "TIDAK-ADA", "081234567890").then().statusCode(400)
                .body("[0].error", equalTo("UNKNOWN_CATEGORY")).body("[0].field", equalTo("category"));
        // An .xml path answers its errors in XML: <errors><error><code/><description/></error></errors>.
        String xml = api().queryParam("jurisdiction_id", "tidak-ada").get("/open311/v2/requests.xml").then()
                .statusCode(404).contentType(ContentType.XML).extract().asString();
        XmlPath errors = new XmlPath(xml);
        assertThat(errors.getInt("errors.error.code")).isEqualTo(404);
        assertThat(errors.getString("errors.error.description")).isEqualTo("Kabupaten/kota tidak ditemukan. / "
                + "Regency not found.");
        // Balai's own API keeps its error body.
        api().get("/api/t/tidak-ada").then().statusCode(404).body("code", equalTo("TENANT_NOT_FOUND"));
    }

    /** The form a stock GeoReport v2 client posts: no Idempotency-Key, no api_key, the spec's field names. */
    private Response stockPost(String client, String format, String description) {
        return api().header("X-Forwarded-For", client).contentType(ContentType.URLENC)
                .formParams(Map.of("jurisdiction_id", "luwu-timur", "service_code", "JALAN-JEMBATAN", "description",
                        description, "lat", "-2.6", "long", "121.06", "address_string", "Jalan poros Malili",
                        "email", "warga@example.com", "first_name", "Ani", "last_name", "Wijaya"))
                .post("/open311/v2/requests." + format);
    }

    @Test
    void aStockClientPostsWithoutTheHeaderAndARepeatWithinTheWindowReturnsTheFirstReceipt() {
        String client = Officers.someAddress();
        String text = "Jembatan gantung di Desa Ussu putus talinya " + UUID.randomUUID();
        Map<String, Long> before = Db.rowCounts();
        Response first = stockPost(client, "json", text);
        first.then().statusCode(201).contentType(ContentType.JSON)
                .body("[0].service_request_id", matchesPattern("LT-\\d{4}-\\d{6}"))
                .body("[0].service_notice", org.hamcrest.Matchers.notNullValue());
        String id = first.path("[0].service_request_id");
        // The client retries (its answer was lost): the same receipt, and one report stored.
        stockPost(client, "json", text).then().statusCode(201).body("[0].service_request_id", equalTo(id));
        assertThat(Db.rowCounts().get("complaint")).isEqualTo(before.get("complaint") + 1);
        // The same text from another client, or another text from this one, is another report.
        String other = stockPost(Officers.someAddress(), "json", text).then().statusCode(201).extract()
                .path("[0].service_request_id");
        assertThat(other).isNotEqualTo(id);
        String xml = stockPost(client, "xml", text + " (tali kedua)").then().statusCode(201)
                .contentType(ContentType.XML).extract().asString();
        assertThat(new XmlPath(xml).getString("service_requests.request.service_request_id"))
                .matches("LT-\\d{4}-\\d{6}").isNotEqualTo(id);
        // The header is still honoured when sent.
        String key = "o311-" + UUID.randomUUID();
        String keyed = api().header("Idempotency-Key", key).header("X-Forwarded-For", Officers.someAddress())
                .contentType(ContentType.URLENC).formParams(Map.of("jurisdiction_id", "luwu-timur", "service_code",
                        "JALAN-JEMBATAN", "description", "Lampu jalan mati di depan puskesmas " + key))
                .post("/open311/v2/requests.json").then().statusCode(201).extract().path("[0].service_request_id");
        api().header("Idempotency-Key", key).header("X-Forwarded-For", Officers.someAddress())
                .contentType(ContentType.URLENC).formParams(Map.of("jurisdiction_id", "luwu-timur", "service_code",
                        "JALAN-JEMBATAN", "description", "Lampu jalan mati di depan puskesmas " + key))
                .post("/open311/v2/requests.json").then().statusCode(201)
                .body("[0].service_request_id", equalTo(keyed));
    }

    @Test
    void theDiscoveryDocumentNamesTheEndpointInBothFormats() {
        api().get("/open311/v2/discovery.json").then().statusCode(200)
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].url", org.hamcrest.Matchers.endsWith("/open311/v2"))
                .body("endpoints[0].formats", hasItem("text/xml"));
        String xml = api().get("/open311/v2/discovery.xml").then().statusCode(200).contentType(ContentType.XML)
                .extract().asString();
        assertThat(new XmlPath(xml).getString("discovery.endpoints.endpoint.type")).isEqualTo("production");
    }

    @Test
    void readsAreLimitedPerClientAddress() {
        // The tests' servers allow this many a minute (server/pom.xml, it.open311.reads; 60 in production).
        int limit = Integer.getInteger("balai.it.open311.reads", 60);
        String client = Officers.someAddress();
        RateWindows.awaitRoom(java.time.Duration.ofMinutes(1), java.time.Duration.ofSeconds(20));
        for (int i = 0; i < limit; i++) {
            api().header("X-Forwarded-For", client).queryParam("jurisdiction_id", "muara-enim")
                    .get("/open311/v2/services.json").then().statusCode(200);
        }
        api().header("X-Forwarded-For", client).queryParam("jurisdiction_id", "muara-enim")
                .get("/open311/v2/requests.json").then().statusCode(429).header("Retry-After",
                        org.hamcrest.Matchers.notNullValue())
                .body("[0].code", equalTo(429)).body("[0].error", equalTo("RATE_LIMITED"));
        api().header("X-Forwarded-For", Officers.someAddress()).queryParam("jurisdiction_id", "muara-enim")
                .get("/open311/v2/services.json").then().statusCode(200);
    }

    @Test
    void aPublishedReportsPublicPhotoIsItsMediaUrlAndAnswersWithTheImage() throws Exception {
        String tenant = "muara-enim";
        String json = "{\"type\":\"COMPLAINT\",\"title\":\"Jalan berlubang di depan sekolah\",\"description\":"
                + "\"Lubang besar di jalan depan SD Negeri 3, sudah dua motor terjatuh.\",\"category\":"
                + "\"INFRASTRUKTUR\",\"anonymous\":true}";
        String tracking = api().header("Idempotency-Key", "o311-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress())
                .multiPart("complaint", "complaint.json", json.getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("attachments", "lubang.jpg", SampleFiles.phonePhoto(), "image/jpeg")
                .post("/api/t/" + tenant + "/complaints").then().statusCode(201).extract().path("trackingNumber");
        String central = centralAdmin(tenant);
        String id = idOf(tenant, central, tracking);
        // Published without its photo: no media_url.
        publish(tenant, central, id, List.of());
        Response without = api().header("X-Forwarded-For", Officers.someAddress())
                .queryParam("jurisdiction_id", tenant).get("/open311/v2/requests/" + tracking + ".json");
        without.then().statusCode(200).body("[0].service_request_id", equalTo(tracking));
        assertThat((Object) without.path("[0].media_url")).isNull();

        // The administrator shows the photo as sent: the list and the single request name it, and it is the image.
        publish(tenant, central, id, List.of(1));
        List<Map<String, Object>> listed = api().header("X-Forwarded-For", Officers.someAddress())
                .queryParam("jurisdiction_id", tenant).get("/open311/v2/requests.json").then().statusCode(200)
                .extract().jsonPath().getList("$");
        String mediaUrl = listed.stream().filter(r -> tracking.equals(r.get("service_request_id"))).findFirst()
                .map(r -> (String) r.get("media_url")).orElseThrow();
        assertThat(mediaUrl).startsWith("http").endsWith("/api/t/" + tenant + "/public/reports/" + tracking
                + "/photos/1");
        api().header("X-Forwarded-For", Officers.someAddress()).queryParam("jurisdiction_id", tenant)
                .get("/open311/v2/requests/" + tracking + ".json").then().statusCode(200)
                .body("[0].media_url", equalTo(mediaUrl));
        String xml = api().header("X-Forwarded-For", Officers.someAddress()).queryParam("jurisdiction_id", tenant)
                .get("/open311/v2/requests/" + tracking + ".xml").then().statusCode(200).extract().asString();
        assertThat(new XmlPath(xml).getString("service_requests.request.media_url")).isEqualTo(mediaUrl);

        // A client fetches the address as given: 200, an image, without the EXIF the phone put in.
        Response photo = RestAssured.given().get(mediaUrl);
        photo.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("image/"));
        byte[] bytes = photo.asByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes))).isNotNull();
        assertThat(SampleFiles.hasExif(bytes)).isFalse();
    }

    private String centralAdmin(String tenant) {
        Map<String, String> c = officers().create(tenant, officers().adminToken(tenant), List.of("CENTRAL_ADMIN"),
                null);
        return officers().token(tenant, c.get("username"), c.get("password"));
    }

    private String idOf(String tenant, String token, String tracking) {
        List<Map<String, Object>> items = api().auth().oauth2(token).queryParam("size", 100)
                .get("/api/t/" + tenant + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
    }

    private void publish(String tenant, String token, String id, List<Integer> photos) {
        api().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("title", "Jalan berlubang", "text",
                "Lubang besar di jalan depan sekolah dasar.", "publicAttachments", photos, "reason",
                "Layak dipublikasikan")).post("/api/t/" + tenant + "/officer/complaints/" + id + "/publication")
                .then().statusCode(200);
    }
}
