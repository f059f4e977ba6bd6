package id.balai.platform.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.balai.support.ServletFakes;
import jakarta.servlet.http.HttpServletResponse;

class ErrorBodyFilterTest {
    private final ErrorBodyFilter filter = new ErrorBodyFilter();

    private ServletFakes.Response run(jakarta.servlet.FilterChain chain) throws Exception {
        ServletFakes.Response res = new ServletFakes.Response();
        filter.doFilter(new ServletFakes.Request("GET", "/api/t/muara-enim/users").proxy(), res.proxy(), chain);
        return res;
    }

    @Test
    void aBare401FlushedWithoutABodyGetsTheJsonError() throws Exception {
        ServletFakes.Response res = run((rq, rs) -> {
            HttpServletResponse http = (HttpServletResponse) rs;
            http.setStatus(401);
            http.setHeader("WWW-Authenticate", "Bearer realm=\"MP-JWT\"");
            http.flushBuffer();
        });
        assertThat(res.body()).contains("\"code\":\"UNAUTHENTICATED\"").contains("\"id\":\"Silakan masuk")
                .contains("\"en\":\"Please sign in first.\"");
        assertThat(res.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"MP-JWT\"");
    }

    @Test
    void anErrorWithItsOwnBodyAndASuccessAreLeftAlone() throws Exception {
        ServletFakes.Response error = run((rq, rs) -> {
            HttpServletResponse http = (HttpServletResponse) rs;
            http.setStatus(404);
            http.getOutputStream().write("{\"code\":\"COMPLAINT_NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(error.body()).isEqualTo("{\"code\":\"COMPLAINT_NOT_FOUND\"}");
        ServletFakes.Response empty = run((rq, rs) -> ((HttpServletResponse) rs).setStatus(204));
        assertThat(empty.body()).isEmpty();
    }
}
