package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;

/**
 * Issue 15 item 4: a report with a point is placed in its kecamatan and desa at intake (web, Open311, walk-in), the
 * central administrator sees the area and is offered the desa to dispatch to; nothing of it is public before
 * publication; published with its point it is on the map and found by the area filters; published without, its point
 * reaches no public surface (JSON, Open311 JSON and XML); bad filters are 400 with stable codes; another regency
 * never sees it; the regency's areas are public GeoJSON, cacheable.
 */
class PublicLocationIT extends BalaiIT {
    private static final String T = "luwu-timur";
    /** In Desa Ussu, Kecamatan Malili, on the sample boundaries. */
    private static final double USSU_LAT = -2.585;
    private static final double USSU_LON = 121.06;

    private String central;

    private String central() {
        if (central == null) {
            Map<String, String> c = officers().create(T, officers().adminToken(T), List.of("CENTRAL_ADMIN"), null);
            central = officers().token(T, c.get("username"), c.get("password"));
        }
        return central;
    }

    private String submitWithPoint(double latitude, double longitude) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "title", "Jembatan desa rusak",
                "description", "Lantai jembatan di dekat sekolah berlubang dan membahayakan anak-anak.",
                "category", "JALAN-JEMBATAN", "latitude", latitude, "longitude", longitude,
                "location", "Rumah Pak Lurah, RT 03/RW 02", "anonymous", true));
        return api().header("Idempotency-Key", "loc-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + T + "/complaints").then().statusCode(201).extract().path("trackingNumber");
    }

    private String idOf(String tracking) {
        List<Map<String, Object>> items = api().auth().oauth2(central()).queryParam("size", 100)
                .get("/api/t/" + T + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
    }

    private JsonPath officerView(String id) {
        return api().auth().oauth2(central()).get("/api/t/" + T + "/officer/complaints/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private Response publish(String id, Boolean publicLocation) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Jembatan desa rusak", "text",
                "Lantai jembatan di dekat sekolah berlubang.", "publicAttachments", List.of(), "reason", "Layak"));
        if (publicLocation != null) {
            body.put("publicLocation", publicLocation);
        }
        return api().auth().oauth2(central()).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + T + "/officer/complaints/" + id + "/publication");
    }

    /** The tracking numbers on the map, with these filters. */
    private List<String> points(String tenant, Map<String, String> filters) {
        return api().queryParams(filters).get("/api/t/" + tenant + "/public/reports/points").then().statusCode(200)
                .extract().jsonPath().getList("items.trackingNumber");
    }

    /** The tracking numbers of the public list, with these filters. */
    private List<String> listed(String tenant, Map<String, String> filters) {
        return api().queryParams(filters).queryParam("size", 100).get("/api/t/" + tenant + "/public/reports").then()
                .statusCode(200).extract().jsonPath().getList("items.trackingNumber");
    }

    private String open311Json() {
        return api().queryParam("jurisdiction_id", T).get("/open311/v2/requests.json").then().statusCode(200)
                .extract().asString();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
    }

    @Test
    void aReportInDesaUssuIsPlacedThereOfferedToTheDesaAndPublicOnlyAsPublished() {
        String tracking = submitWithPoint(USSU_LAT, USSU_LON);
        String id = idOf(tracking);

        // The central administrator sees the area by name and the desa as a dispatch suggestion, next to the
        // category's agency.
        JsonPath view = officerView(id);
        assertThat(view.getString("area.district.code")).isEqualTo("KEC-MALILI");
        assertThat(view.getString("area.district.name")).isEqualTo("Kecamatan Malili");
        assertThat(view.getString("area.village.code")).isEqualTo("DESA-USSU");
        assertThat(view.getString("area.village.name")).isEqualTo("Desa Ussu");
        assertThat(view.getList("dispatchSuggestions.basis")).containsExactly("CATEGORY", "AREA");
        assertThat(view.getString("dispatchSuggestions.find { it.basis == 'AREA' }.orgUnit")).isEqualTo("DESA-USSU");
        assertThat(view.getString("dispatchSuggestions.find { it.basis == 'AREA' }.name")).isEqualTo("Desa Ussu");
        assertThat(view.getString("dispatchSuggestions.find { it.basis == 'CATEGORY' }.orgUnit")).isEqualTo("PUPR");

        // Before publication: on no public surface.
        assertThat(points(T, Map.of())).doesNotContain(tracking);
        assertThat(points(T, Map.of("district", "KEC-MALILI"))).doesNotContain(tracking);
        assertThat(listed(T, Map.of())).doesNotContain(tracking);
        assertThat(open311Json()).doesNotContain(tracking);
        api().get("/api/t/" + T + "/public/reports/" + tracking).then().statusCode(404);

        // Published (publicLocation absent: shown): on the map with its point, found by its own area only.
        publish(id, null).then().statusCode(200).body("publicLocation", equalTo(true)).body("hasPoint", equalTo(true));
        Response map = api().get("/api/t/" + T + "/public/reports/points");
        map.then().statusCode(200);
        String marker = "items.find { it.trackingNumber == '" + tracking + "' }";
        assertThat(map.jsonPath().getDouble(marker + ".latitude")).isEqualTo(USSU_LAT);
        assertThat(map.jsonPath().getDouble(marker + ".longitude")).isEqualTo(USSU_LON);
        assertThat(map.jsonPath().getBoolean(marker + ".open")).isTrue();
        assertThat(map.jsonPath().getString(marker + ".category")).isEqualTo("JALAN-JEMBATAN");
        assertThat(map.jsonPath().getString(marker + ".title")).isEqualTo("Jembatan desa rusak");
        assertThat(map.asString()).doesNotContain("Rumah Pak Lurah").doesNotContain("membahayakan");
        assertThat(points(T, Map.of("district", "KEC-MALILI"))).contains(tracking);
        assertThat(points(T, Map.of("village", "DESA-USSU", "status", "open", "from", today(), "to", today())))
                .contains(tracking);
        assertThat(points(T, Map.of("district", "KEC-WOTU"))).doesNotContain(tracking);
        assertThat(points(T, Map.of("village", "DESA-WEWANGRIU"))).doesNotContain(tracking);
        assertThat(points(T, Map.of("status", "closed"))).doesNotContain(tracking);
        assertThat(points(T, Map.of("to", LocalDate.parse(today()).minusDays(1).toString())))
                .doesNotContain(tracking);
        assertThat(listed(T, Map.of("district", "KEC-MALILI", "category", "JALAN-JEMBATAN"))).contains(tracking);
        assertThat(listed(T, Map.of("district", "KEC-NUHA"))).doesNotContain(tracking);
        assertThat(listed(T, Map.of("agency", "DESA-USSU"))).doesNotContain(tracking);
        api().get("/api/t/" + T + "/public/reports/" + tracking).then().statusCode(200)
                .body("report.latitude", equalTo((float) USSU_LAT)).body("report.longitude", equalTo((float) USSU_LON))
                .body("report.district", equalTo("Kecamatan Malili")).body("report.village", equalTo("Desa Ussu"));
        JsonPath open311 = api().queryParam("jurisdiction_id", T).get("/open311/v2/requests/" + tracking + ".json")
                .then().statusCode(200).extract().jsonPath();
        assertThat(open311.getDouble("[0].lat")).isEqualTo(USSU_LAT);
        assertThat(open311.getDouble("[0].long")).isEqualTo(USSU_LON);
        // The address names the area, never what the reporter typed.
        assertThat(open311.getString("[0].address")).isEqualTo("Desa Ussu, Kecamatan Malili");

        // Dispatched to the suggested desa: found by the agency filter.
        api().auth().oauth2(central()).contentType(ContentType.JSON).body(Map.of("note", "Benar"))
                .post("/api/t/" + T + "/officer/complaints/" + id + "/verification").then().statusCode(200);
        api().auth().oauth2(central()).contentType(ContentType.JSON).body(Map.of("units", List.of("DESA-USSU")))
                .post("/api/t/" + T + "/officer/complaints/" + id + "/dispatch").then().statusCode(200);
        assertThat(listed(T, Map.of("agency", "DESA-USSU"))).contains(tracking);
        assertThat(points(T, Map.of("agency", "DESA-USSU"))).contains(tracking);

        // Published again without the point: the area is still named, the point reaches no public surface.
        publish(id, false).then().statusCode(200).body("publicLocation", equalTo(false));
        assertThat(points(T, Map.of())).doesNotContain(tracking);
        assertThat(points(T, Map.of("district", "KEC-MALILI"))).doesNotContain(tracking);
        assertThat(listed(T, Map.of("district", "KEC-MALILI"))).contains(tracking);
        Response one = api().get("/api/t/" + T + "/public/reports/" + tracking);
        one.then().statusCode(200).body("report.latitude", nullValue()).body("report.longitude", nullValue())
                .body("report.village", equalTo("Desa Ussu"));
        Response list = api().queryParam("size", 100).get("/api/t/" + T + "/public/reports");
        assertThat(list.jsonPath().getString("items.find { it.trackingNumber == '" + tracking + "' }.latitude"))
                .isNull();
        JsonPath json = api().queryParam("jurisdiction_id", T).get("/open311/v2/requests/" + tracking + ".json")
                .then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("[0].lat")).isNull();
        assertThat(json.getString("[0].long")).isNull();
        assertThat(json.getString("[0].address")).isEqualTo("Desa Ussu, Kecamatan Malili");
        String element = "service_requests.request.find { it.service_request_id == '" + tracking + "' }";
        XmlPath xml = new XmlPath(api().queryParam("jurisdiction_id", T).get("/open311/v2/requests.xml").then()
                .statusCode(200).extract().asString());
        assertThat(xml.getString(element + ".service_request_id")).isEqualTo(tracking);
        assertThat(xml.getString(element + ".lat")).isEmpty();
        assertThat(xml.getString(element + ".long")).isEmpty();
        String jsonList = api().queryParam("jurisdiction_id", T).get("/open311/v2/requests.json").asString();
        String mine = JsonPath.from(jsonList).getString("find { it.service_request_id == '" + tracking + "' }");
        assertThat(mine).doesNotContain(String.valueOf(USSU_LAT)).doesNotContain(String.valueOf(USSU_LON));
        for (String surface : List.of(one.asString(), JsonPath.from(list.asString())
                .getString("items.find { it.trackingNumber == '" + tracking + "' }"))) {
            assertThat(surface).doesNotContain(String.valueOf(USSU_LAT)).doesNotContain(String.valueOf(USSU_LON));
        }
        // The administrator's choice is kept and audited with the act.
        api().auth().oauth2(central()).get("/api/t/" + T + "/officer/complaints/" + id + "/publication").then()
                .statusCode(200).body("publicLocation", equalTo(false));
    }

    @Test
    void walkInAndOpen311ReportsWithAPointArePlacedToo() {
        Map<String, Object> walkIn = Map.of("type", "COMPLAINT", "title", "Air bersih tidak mengalir",
                "description", "Sudah tiga hari air bersih tidak mengalir di perumahan kami.", "latitude", -2.53,
                "longitude", 121.36, "anonymous", true);
        String walkInTracking = api().auth().oauth2(central()).contentType(ContentType.JSON).body(walkIn)
                .post("/api/t/" + T + "/officer/complaints").then().statusCode(201).extract().path("trackingNumber");
        JsonPath w = officerView(idOf(walkInTracking));
        assertThat(w.getString("area.district.code")).isEqualTo("KEC-NUHA");
        assertThat(w.getString("area.village.code")).isEqualTo("DESA-SOROWAKO");

        String open311Tracking = api().header("Idempotency-Key", "o311-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.URLENC)
                .formParam("jurisdiction_id", T).formParam("service_code", "JALAN-JEMBATAN")
                .formParam("description", "Jalan poros Wotu berlubang besar di depan pasar.")
                .formParam("lat", "-2.58").formParam("long", "120.80").formParam("phone", "081234500011")
                .post("/open311/v2/requests.json").then().statusCode(201).extract().path("[0].service_request_id");
        JsonPath o = officerView(idOf(open311Tracking));
        assertThat(o.getString("area.district.code")).isEqualTo("KEC-WOTU");
        assertThat(o.getString("area.village.name")).isEqualTo("Desa Lampenai");

        // A point in the regency but in no drawn kecamatan has no area, and is offered only by its category.
        String elsewhere = submitWithPoint(-2.60, 120.96);
        JsonPath e = officerView(idOf(elsewhere));
        assertThat(e.getString("area")).isNull();
        assertThat(e.getList("dispatchSuggestions.basis")).containsExactly("CATEGORY");
    }

    @Test
    void badFilterValuesAre400WithStableCodes() {
        Map<Map<String, String>, String> bad = Map.of(
                Map.of("status", "semua"), "INVALID_STATUS",
                Map.of("district", "KEC-TIDAK-ADA"), "UNKNOWN_ORG_UNIT",
                Map.of("district", "DESA-USSU"), "UNKNOWN_ORG_UNIT",
                Map.of("village", "KEC-MALILI"), "UNKNOWN_ORG_UNIT",
                Map.of("agency", "TIDAK-ADA"), "UNKNOWN_ORG_UNIT",
                Map.of("from", "2026-02-30"), "INVALID_DATE",
                Map.of("to", "kemarin"), "INVALID_DATE",
                Map.of("from", "2026-03-02", "to", "2026-03-01"), "PERIOD_REVERSED");
        for (String path : List.of("/public/reports", "/public/reports/points")) {
            bad.forEach((filters, code) -> api().queryParams(filters).get("/api/t/" + T + path).then()
                    .statusCode(400).body("code", equalTo(code))
                    .body("message.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                    .body("message.en", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString())));
        }
        api().queryParam("district", "KEC-MALILI").get("/api/t/no-such-regency/public/reports/points").then()
                .statusCode(404);
    }

    @Test
    void anotherRegencyNeverSeesItEvenWithTheSameBoundaries() {
        String tracking = submitWithPoint(USSU_LAT, USSU_LON);
        String id = idOf(tracking);
        publish(id, true).then().statusCode(200);
        assertThat(points(T, Map.of("district", "KEC-MALILI"))).contains(tracking);

        // Luwu Utara (the ITs' copy of Luwu Timur) has the same units and shapes: the report is not its own.
        assertThat(points("luwu-utara", Map.of())).doesNotContain(tracking);
        assertThat(points("luwu-utara", Map.of("district", "KEC-MALILI"))).doesNotContain(tracking);
        assertThat(listed("luwu-utara", Map.of("village", "DESA-USSU"))).doesNotContain(tracking);
        api().get("/api/t/luwu-utara/public/reports/" + tracking).then().statusCode(404);
        api().get("/api/t/muara-enim/public/reports/" + tracking).then().statusCode(404);
        api().queryParam("jurisdiction_id", "luwu-utara").get("/open311/v2/requests/" + tracking + ".json").then()
                .statusCode(404);
        String utara = officers().adminToken("luwu-utara");
        Map<String, String> c = officers().create("luwu-utara", utara, List.of("CENTRAL_ADMIN"), null);
        String utaraCentral = officers().token("luwu-utara", c.get("username"), c.get("password"));
        api().auth().oauth2(utaraCentral).get("/api/t/luwu-utara/officer/complaints/" + id).then().statusCode(404);
        api().auth().oauth2(utaraCentral).get("/api/t/" + T + "/officer/complaints/" + id).then().statusCode(404);
        api().auth().oauth2(utaraCentral).get("/api/t/" + T + "/public/reports/points").then().statusCode(404);
    }

    @Test
    void theAreasArePublicGeoJsonCachedAndRevalidated() {
        Response areas = api().get("/api/t/" + T + "/public/areas");
        areas.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .header("Cache-Control", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("public"),
                        org.hamcrest.Matchers.containsString("max-age=3600")));
        String ussu = "features.find { it.properties.orgUnit == 'DESA-USSU' }";
        assertThat(areas.jsonPath().getString(ussu + ".properties.name")).isEqualTo("Desa Ussu");
        assertThat(areas.jsonPath().getString(ussu + ".properties.kind")).isEqualTo("VILLAGE");
        assertThat(areas.jsonPath().getString(ussu + ".properties.parent")).isEqualTo("KEC-MALILI");
        assertThat(areas.jsonPath().getString(ussu + ".geometry.type")).isEqualTo("Polygon");
        assertThat(areas.jsonPath().getString("features.find { it.properties.orgUnit == 'KEC-MALILI' }"
                + ".properties.parent")).isNull();
        assertThat(areas.jsonPath().getList("features.properties.kind")).doesNotContain("AGENCY");
        String etag = areas.header("ETag");
        assertThat(etag).isNotBlank();
        api().header("If-None-Match", etag).get("/api/t/" + T + "/public/areas").then().statusCode(304);
        api().get("/api/t/no-such-regency/public/areas").then().statusCode(404);
    }

    @Test
    void aRegencyWithoutBoundariesAnswersAnEmptyCollection() {
        String operator = officers().operatorToken();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String slug = "uji-tanpa-batas-" + r.nextInt(100_000, 1_000_000);
        String shortCode = "Q" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
        String yaml = """
                slug: %s
                name: Kabupaten Uji Tanpa Batas
                shortCode: %s
                regionCode: "99.77"
                province:
                  code: "99"
                  name: Provinsi Uji
                timeZone: WITA
                channels:
                  website: %s.example
                  smsNumber: "0811%07d"
                orgUnits:
                  - code: KOMINFO
                    name: Dinas Komunikasi dan Informatika
                    kind: AGENCY
                    hostsSpikm: true
                    hostsPpidUtama: true
                  - code: KEC-SATU
                    name: Kecamatan Satu
                    kind: DISTRICT
                """.formatted(slug, shortCode, slug, r.nextInt(10_000_000));
        api().auth().oauth2(operator).contentType("application/yaml").body(yaml.getBytes())
                .post("/api/platform/tenants").then().statusCode(201);
        api().get("/api/t/" + slug + "/public/areas").then().statusCode(200).body("type",
                equalTo("FeatureCollection")).body("features.size()", equalTo(0));
        api().get("/api/t/" + slug + "/public/reports/points").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
