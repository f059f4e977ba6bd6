package id.balai.it;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A complaint made open at a unit through the API: submitted, verified and dispatched by a central admin. */
final class OpenCase {
    private OpenCase() {
    }

    /** @return the complaint's tracking number */
    static String dispatchedTo(Supplier<RequestSpecification> api, Officers officers, String tenant, String admin,
            String category) {
        String tracking = api.get().header("Idempotency-Key", "k-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("type", "COMPLAINT", "title", "Jalan desa berlubang", "description",
                        "Jalan menuju pasar berlubang besar dan membahayakan pengendara.", "category", category,
                        "anonymous", true))
                .post("/api/t/" + tenant + "/complaints").then().statusCode(201).extract().path("trackingNumber");
        Map<String, String> central = officers.create(tenant, admin, List.of("CENTRAL_ADMIN"), null);
        String token = officers.token(tenant, central.get("username"), central.get("password"));
        List<Map<String, Object>> items = api.get().auth().oauth2(token).queryParam("size", 100)
                .get("/api/t/" + tenant + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        String id = items.stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        api.get().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("note", "Jelas"))
                .post("/api/t/" + tenant + "/officer/complaints/" + id + "/verification").then().statusCode(200);
        api.get().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/t/" + tenant + "/officer/complaints/" + id + "/dispatch").then().statusCode(200);
        return tracking;
    }
}
