package id.balai.platform.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import id.balai.support.ServletFakes;

class PathLimitFilterTest {
    private final PathLimitFilter filter = new PathLimitFilter();

    @Test
    void anAddressOverTheLimitIs414UnreadAShorterOnePasses() throws Exception {
        AtomicBoolean passed = new AtomicBoolean();
        ServletFakes.Response res = new ServletFakes.Response();
        filter.doFilter(new ServletFakes.Request("GET", "/api/t/muara-enim/complaints/" + "a".repeat(9000)).proxy(),
                res.proxy(), (rq, rs) -> passed.set(true));
        assertThat(passed).isFalse();
        assertThat(res.body()).contains("\"status\":414").contains("\"code\":\"URI_TOO_LONG\"");
        filter.doFilter(new ServletFakes.Request("GET", "/api/t/muara-enim/complaints/ME-2026-000001").proxy(),
                new ServletFakes.Response().proxy(), (rq, rs) -> passed.set(true));
        assertThat(passed).isTrue();
    }
}
