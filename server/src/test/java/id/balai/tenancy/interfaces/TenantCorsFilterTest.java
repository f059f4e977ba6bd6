package id.balai.tenancy.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.balai.support.ServletFakes;
import id.balai.support.TenantFiles;
import id.balai.tenancy.application.TenantRegistry;

class TenantCorsFilterTest {
    private static final String ME_SITE = "https://info.muaraenimkab.go.id";

    private final TenantCorsFilter filter = new TenantCorsFilter();
    private final AtomicBoolean passedOn = new AtomicBoolean();

    @BeforeEach
    void tenants() {
        filter.registry = new TenantRegistry();
        filter.registry.replaceAll(List.of(TenantFiles.tenant("muara-enim"), TenantFiles.tenant("luwu-timur")));
    }

    private ServletFakes.Response run(ServletFakes.Request request) throws Exception {
        ServletFakes.Response res = new ServletFakes.Response();
        passedOn.set(false);
        filter.doFilter(request.proxy(), res.proxy(), (rq, rs) -> passedOn.set(true));
        return res;
    }

    private static ServletFakes.Request preflight(String path, String origin) {
        return new ServletFakes.Request("OPTIONS", path).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, idempotency-key");
    }

    @Test
    void theTenantsOwnSitesMayCallItsApi() throws Exception {
        for (String origin : new String[] {ME_SITE, "https://balai.muaraenimkab.go.id"}) {
            ServletFakes.Response res = run(new ServletFakes.Request("GET", "/api/t/muara-enim/calendar/due")
                    .header("Origin", origin));
            assertThat(res.header("Access-Control-Allow-Origin")).as(origin).isEqualTo(origin);
            assertThat(res.headers("Vary")).contains("Origin");
            assertThat(passedOn).isTrue();
        }
    }

    @Test
    void anAllowedPreflightIsAnsweredHere() throws Exception {
        ServletFakes.Response res = run(preflight("/api/t/muara-enim/complaints", ME_SITE));
        assertThat(res.status()).isEqualTo(204);
        assertThat(res.header("Access-Control-Allow-Origin")).isEqualTo(ME_SITE);
        assertThat(res.header("Access-Control-Allow-Methods")).isEqualTo("GET, POST, PUT, PATCH, DELETE");
        assertThat(res.header("Access-Control-Allow-Headers"))
                .isEqualTo("Authorization, Content-Type, Idempotency-Key, Accept-Language");
        assertThat(res.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(res.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(passedOn).isFalse();
    }

    @Test
    void anotherSiteGetsNoCorsHeadersAndItsPreflightIsRefused() throws Exception {
        ServletFakes.Response get = run(new ServletFakes.Request("GET", "/api/t/muara-enim")
                .header("Origin", "https://evil.example"));
        assertThat(get.header("Access-Control-Allow-Origin")).isNull();
        assertThat(passedOn).isTrue();

        ServletFakes.Response pre = run(preflight("/api/t/muara-enim/complaints", "https://evil.example"));
        assertThat(pre.status()).isEqualTo(403);
        assertThat(pre.contentType()).startsWith("application/json");
        assertThat(pre.body()).contains("\"code\":\"CORS_ORIGIN_NOT_ALLOWED\"").contains("\"en\":");
        assertThat(pre.header("Access-Control-Allow-Origin")).isNull();
        assertThat(passedOn).isFalse();
    }

    @Test
    void oneTenantsSiteIsAnotherSiteToTheNextTenant() throws Exception {
        assertThat(run(new ServletFakes.Request("GET", "/api/t/luwu-timur/calendar/due").header("Origin", ME_SITE))
                .header("Access-Control-Allow-Origin")).isNull();
        assertThat(run(preflight("/api/t/luwu-timur/calendar/due", ME_SITE)).status()).isEqualTo(403);
        assertThat(run(preflight("/api/t/tidak-ada/x", ME_SITE)).status()).isEqualTo(403);
    }

    @Test
    void theOriginMustMatchSchemeAndHostExactly() throws Exception {
        for (String origin : new String[] {"http://info.muaraenimkab.go.id",
                "https://info.muaraenimkab.go.id.evil.example", "https://x.info.muaraenimkab.go.id", "null"}) {
            assertThat(run(new ServletFakes.Request("GET", "/api/t/muara-enim").header("Origin", origin))
                    .header("Access-Control-Allow-Origin")).as(origin).isNull();
        }
    }

    @Test
    void aRequestWithoutOriginPassesWithoutCorsHeaders() throws Exception {
        ServletFakes.Response res = run(new ServletFakes.Request("GET", "/api/t/muara-enim"));
        assertThat(res.header("Access-Control-Allow-Origin")).isNull();
        assertThat(passedOn).isTrue();
    }

    @Test
    void originsComeFromTheWebsiteAndTheHosts() {
        assertThat(TenantCorsFilter.originsOf(TenantFiles.definition("muara-enim")))
                .containsExactly(ME_SITE, "https://balai.muaraenimkab.go.id", "https://muara-enim.localhost");
        assertThat(TenantCorsFilter.tenantSlug("/api/t/muara-enim")).hasValue("muara-enim");
        assertThat(TenantCorsFilter.tenantSlug("/api/t/muara-enim/calendar/due")).hasValue("muara-enim");
        assertThat(TenantCorsFilter.tenantSlug("/api/t/")).isEmpty();
        assertThat(TenantCorsFilter.tenantSlug("/api/tenants")).isEmpty();
    }
}
