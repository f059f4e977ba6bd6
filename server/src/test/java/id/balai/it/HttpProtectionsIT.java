package id.balai.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;

/**
 * The HTTP protections on the deployed server: browser security headers on every kind of answer, CORS only for a
 * tenant's own sites, and request bodies over the limit refused with 413 before anything else happens.
 */
class HttpProtectionsIT extends BalaiIT {
    private static final String ME_SITE = "https://info.muaraenimkab.go.id";
    private static final String DUE = "/api/t/muara-enim/calendar/due";
    private static final Map<String, Object> DUE_QUERY = Map.of("from", "2026-03-16", "workingDays", 10);

    private static ValidatableResponse withBrowserProtections(ValidatableResponse r) {
        return withBrowserProtections(r, "");
    }

    /** The protections, with images allowed from {@code imageOrigin} as well ("" for none). */
    private static ValidatableResponse withBrowserProtections(ValidatableResponse r, String imageOrigin) {
        return r.header("Content-Security-Policy", equalTo("default-src 'self'; img-src 'self' data:"
                        + (imageOrigin.isEmpty() ? "" : " " + imageOrigin) + "; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Permissions-Policy", equalTo("geolocation=(self), camera=(), microphone=()"));
    }

    @Test
    void apiAnswersArePrivateAndProtected() {
        withBrowserProtections(api().get("/api/tenants").then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void thePortalPageForwardedToIndexHtmlIsProtectedAndTakesMapTilesFromExactlyItsRegencysTileHost() {
        withBrowserProtections(api().get("/muara-enim/").then().statusCode(200)
                .contentType(containsString("text/html")), "https://tile.openstreetmap.org")
                .header("Cache-Control", equalTo("no-cache"));
        withBrowserProtections(api().get("/luwu-timur/laporan").then().statusCode(200),
                "https://tile.openstreetmap.org");
        // A regency on its own host name: the host selects it.
        withBrowserProtections(api().header("Host", "luwu-timur.localhost").get("/").then().statusCode(200),
                "https://tile.openstreetmap.org");
        // Pages of no regency, and every API answer, allow no outside image at all.
        withBrowserProtections(api().get("/").then().statusCode(200));
        withBrowserProtections(api().get("/provinsi/").then().statusCode(200));
        withBrowserProtections(api().get("/tidak-ada-kabupaten/laporan").then().statusCode(200));
        withBrowserProtections(api().get("/api/t/luwu-timur").then().statusCode(200));
    }

    @Test
    void errorAnswersAreProtected() {
        withBrowserProtections(api().get("/api/tidak/ada").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND")))
                .header("Cache-Control", equalTo("no-store"));
        withBrowserProtections(api().get("/api/t/tidak-ada").then().statusCode(404));
    }

    @Test
    void muaraEnimsWebsiteMayCallMuaraEnimsApi() {
        api().header("Origin", ME_SITE).queryParams(DUE_QUERY).get(DUE).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ME_SITE))
                .header("Vary", containsString("Origin"))
                .body("due", equalTo("2026-04-07"));
        withBrowserProtections(api().header("Origin", ME_SITE)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-language")
                .options(DUE).then().statusCode(204))
                .header("Access-Control-Allow-Origin", equalTo(ME_SITE))
                .header("Access-Control-Allow-Methods", equalTo("GET, POST, PUT, PATCH, DELETE"))
                .header("Access-Control-Allow-Headers",
                        equalTo("Authorization, Content-Type, Idempotency-Key, Accept-Language"))
                .header("Access-Control-Max-Age", equalTo("600"));
    }

    @Test
    void anotherSiteGetsNoCorsAndItsPreflightIsRefused() {
        api().header("Origin", "https://evil.example").queryParams(DUE_QUERY).get(DUE).then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        api().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options(DUE).then().statusCode(403)
                .contentType(containsString("application/json"))
                .header("Access-Control-Allow-Origin", nullValue())
                .body("code", equalTo("CORS_ORIGIN_NOT_ALLOWED"))
                .body("message.id", containsString("tidak diizinkan"))
                .body("message.en", containsString("not allowed"));
    }

    @Test
    void muaraEnimsWebsiteIsAnotherSiteToLuwuTimur() {
        api().header("Origin", ME_SITE).queryParams(DUE_QUERY).get("/api/t/luwu-timur/calendar/due").then()
                .statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        api().header("Origin", ME_SITE).header("Access-Control-Request-Method", "GET")
                .options("/api/t/luwu-timur/calendar/due").then().statusCode(403)
                .body("code", equalTo("CORS_ORIGIN_NOT_ALLOWED"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAnythingElse() {
        byte[] tooLarge = new byte[300 * 1024];
        for (String path : new String[] {"/api/tidak/ada", "/api/tenants", DUE}) {
            withBrowserProtections(api().contentType("application/json").body(tooLarge).post(path).then()
                    .statusCode(413))
                    .contentType(containsString("application/json"))
                    .body("code", equalTo("PAYLOAD_TOO_LARGE"))
                    .body("message.id", equalTo("Isi permintaan terlalu besar: paling banyak 256 KiB."))
                    .body("message.en", equalTo("The request body is too large: at most 256 KiB."));
        }
        // An allowed site can read the refusal: CORS runs before the limit.
        api().header("Origin", ME_SITE).contentType("application/json").body(tooLarge).post(DUE).then()
                .statusCode(413).header("Access-Control-Allow-Origin", equalTo(ME_SITE));
    }

    @Test
    void aBodyWithinTheLimitGoesOnToTheResource() {
        api().contentType("application/json").body(new byte[200 * 1024]).post("/api/tidak/ada").then()
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
