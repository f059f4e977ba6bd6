package id.balai.platform.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import id.balai.support.ServletFakes;
import jakarta.servlet.FilterChain;

class RequestBodyLimitFilterTest {
    private static final int LIMIT = 1024;

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter();

    RequestBodyLimitFilterTest() {
        filter.limits = RequestBodyLimits.of(LIMIT);
    }

    private static FilterChain readingAll(AtomicReference<byte[]> read) {
        return (rq, rs) -> {
            try (InputStream in = rq.getInputStream()) {
                read.set(in.readAllBytes());
            }
        };
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() throws Exception {
        ServletFakes.Response res = new ServletFakes.Response();
        AtomicReference<byte[]> read = new AtomicReference<>();
        filter.doFilter(new ServletFakes.Request("POST", "/api/tidak/ada").body(new byte[LIMIT + 1]).proxy(),
                res.proxy(), readingAll(read));
        assertThat(read.get()).isNull();
        assertThat(res.status()).isEqualTo(413);
        assertThat(res.contentType()).startsWith("application/json");
        assertThat(res.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"").contains("at most 1 KiB")
                .contains("paling banyak 1 KiB");
    }

    @Test
    void anUploadPathsLargerLimitHoldsForFormsWithFilesOnly() throws Exception {
        filter.limits = RequestBodyLimits.of(LIMIT).with("/api/t/*/complaints$", LIMIT * 4);
        AtomicReference<byte[]> read = new AtomicReference<>();
        ServletFakes.Response multipart = new ServletFakes.Response();
        filter.doFilter(new ServletFakes.Request("POST", "/api/t/muara-enim/complaints")
                .header("Content-Type", "multipart/form-data; boundary=x").body(new byte[LIMIT * 3]).proxy(),
                multipart.proxy(), readingAll(read));
        assertThat(read.get()).hasSize(LIMIT * 3);
        assertThat(multipart.status()).isEqualTo(200);

        ServletFakes.Response json = new ServletFakes.Response();
        read.set(null);
        filter.doFilter(new ServletFakes.Request("POST", "/api/t/muara-enim/complaints")
                .header("Content-Type", "application/json").body(new byte[LIMIT * 3]).proxy(), json.proxy(),
                readingAll(read));
        assertThat(read.get()).isNull();
        assertThat(json.status()).isEqualTo(413);
    }

    @Test
    void aBodyUpToTheLimitPassesWhole() throws Exception {
        ServletFakes.Response res = new ServletFakes.Response();
        AtomicReference<byte[]> read = new AtomicReference<>();
        filter.doFilter(new ServletFakes.Request("POST", "/api/x").streamed(new byte[LIMIT], -1).proxy(),
                res.proxy(), readingAll(read));
        assertThat(read.get()).hasSize(LIMIT);
        assertThat(res.status()).isEqualTo(200);
    }

    @Test
    void aStreamedBodyFailsAtTheByteThatOverrunsTheLimit() {
        AtomicReference<byte[]> read = new AtomicReference<>();
        assertThatThrownBy(() -> filter.doFilter(new ServletFakes.Request("POST", "/api/x")
                .streamed(new byte[LIMIT * 3], 10).proxy(), new ServletFakes.Response().proxy(), readingAll(read)))
                .isInstanceOfSatisfying(RequestBodyTooLargeException.class,
                        e -> assertThat(e.maxBytes()).isEqualTo(LIMIT));
        assertThat(read.get()).isNull();
    }

    @Test
    void theReaderSeesTheLimitToo() {
        assertThatThrownBy(() -> filter.doFilter(new ServletFakes.Request("POST", "/api/x")
                .streamed(new byte[LIMIT + 1], -1).proxy(), new ServletFakes.Response().proxy(), (rq, rs) -> {
                    rq.getReader().read(new char[LIMIT * 2]);
                })).isInstanceOf(RequestBodyTooLargeException.class);
    }

    @Test
    void theOverrunIsFoundUnderWhateverWrappedIt() {
        RequestBodyTooLargeException overrun = new RequestBodyTooLargeException(LIMIT);
        assertThat(RequestBodyTooLargeException.in(new IllegalStateException("JSON-B failed",
                new java.io.UncheckedIOException(overrun)))).containsSame(overrun);
        assertThat(RequestBodyTooLargeException.in(new IOException("client went away"))).isEmpty();
    }

}
