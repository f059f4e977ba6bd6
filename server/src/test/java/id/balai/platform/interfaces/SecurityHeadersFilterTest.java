package id.balai.platform.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.balai.support.ServletFakes;

class SecurityHeadersFilterTest {
    private final SecurityHeadersFilter filter = new SecurityHeadersFilter();

    private ServletFakes.Response run(String path, String resourceCacheControl, boolean added) throws Exception {
        ServletFakes.Response res = new ServletFakes.Response();
        filter.doFilter(new ServletFakes.Request("GET", path).proxy(), res.proxy(), (rq, rs) -> {
            if (resourceCacheControl != null) {
                var http = (jakarta.servlet.http.HttpServletResponse) rs;
                if (added) {
                    http.addHeader("Cache-Control", resourceCacheControl);
                } else {
                    http.setHeader("Cache-Control", resourceCacheControl);
                }
            }
        });
        return res;
    }

    @Test
    void everyAnswerCarriesTheBrowserProtections() throws Exception {
        for (String path : new String[] {"/", "/muara-enim/", "/assets/index.js", "/api/tenants"}) {
            ServletFakes.Response res = run(path, null, false);
            assertThat(res.header("Content-Security-Policy")).as(path)
                    .isEqualTo("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                            + "form-action 'self'; frame-ancestors 'none'");
            assertThat(res.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(res.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(res.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(res.header("Permissions-Policy")).isEqualTo("geolocation=(self), camera=(), microphone=()");
        }
    }

    @Test
    void apiAnswersAreNotStoredUnlessTheResourceSaysOtherwise() throws Exception {
        assertThat(run("/api/tenants", null, false).headers("Cache-Control")).containsExactly("no-store");
        assertThat(run("/api/tenants", "public, max-age=300", true).headers("Cache-Control"))
                .containsExactly("public, max-age=300");
        assertThat(run("/api/tenants", "private, max-age=60", false).headers("Cache-Control"))
                .containsExactly("private, max-age=60");
        assertThat(run("/muara-enim/", null, false).headers("Cache-Control")).isEmpty();
    }
}
