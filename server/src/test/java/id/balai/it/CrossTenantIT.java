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
    private Map<String, String> muaraEnimIds;

    @BeforeEach
    void setUp() {
        muaraEnimAdmin = officers().adminToken("muara-enim");
        luwuTimurAdmin = officers().adminToken("luwu-timur");
        Map<String, String> officer = officers().create("muara-enim", muaraEnimAdmin, List.of("BUPATI"), null);
        // One real id of Muara Enim per kind of path parameter; extended as resources with ids are added.
        muaraEnimIds = Map.of("id", officer.get("id"));
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
                        "/api/t/{tenant}/calendar/due");
    }

    @Test
    void anotherTenantsTokenOnEveryEndpointIsA404() {
        for (Endpoint e : tenantEndpoints()) {
            Response r = call(e, luwuTimurAdmin, e.path("muara-enim", muaraEnimIds));
            assertThat(r.statusCode()).as(e.method() + " " + e.template()).isEqualTo(404);
            assertThat(r.asString()).as(e.template()).doesNotContain(muaraEnimIds.get("id"));
        }
    }

    @Test
    void anotherTenantsIdsUnderOnesOwnTenantAreA404() {
        for (Endpoint e : tenantEndpoints()) {
            if (!e.hasIds()) {
                continue;
            }
            Response r = call(e, luwuTimurAdmin, e.path("luwu-timur", muaraEnimIds));
            assertThat(r.statusCode()).as(e.method() + " " + e.template()).isEqualTo(404);
            assertThat(r.asString()).as(e.template()).doesNotContain(muaraEnimIds.get("id"));
        }
    }

    @Test
    void aPlatformTokenReachesNoTenantsResources() {
        String operator = officers().operatorToken();
        for (Endpoint e : tenantEndpoints()) {
            Response r = call(e, operator, e.path("muara-enim", muaraEnimIds));
            assertThat(r.statusCode()).as(e.method() + " " + e.template()).isEqualTo(404);
        }
    }

    @Test
    void theOwnTenantsTokenDoesReachTheSameResource() {
        // The control: the 404s above come from the tenant wall, not from a broken endpoint.
        api().auth().oauth2(muaraEnimAdmin).get("/api/t/muara-enim/users/" + muaraEnimIds.get("id")).then()
                .statusCode(200);
    }
}
