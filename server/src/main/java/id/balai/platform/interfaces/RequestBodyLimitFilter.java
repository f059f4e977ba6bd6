package id.balai.platform.interfaces;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.Config;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over their limit with 413 {@code PAYLOAD_TOO_LARGE}, before any resource (or the REST
 * runtime's "not found") sees them: a declared Content-Length over the limit is refused unread, and a body without
 * one (chunked, or longer than declared) fails with {@link RequestBodyTooLargeException} at the byte that overruns
 * the limit while it is read; {@link RequestBodyLimitInterceptor} turns that into the same 413 for REST resources.
 * <p>
 * Limits ({@link RequestBodyLimits}): {@code BALAI_MAX_BODY_BYTES} (default 262144, 256 KiB) for the whole API,
 * enough for any form and its text; an endpoint that takes files adds its pattern in {@link #init()}, and its larger
 * limit applies to {@code multipart/form-data} bodies only (a JSON body is never larger than the default).
 * Mapped to {@code /api/*} in {@code WEB-INF/web.xml}.
 */
public class RequestBodyLimitFilter extends HttpFilter {
    static final String CONFIG_KEY = "BALAI_MAX_BODY_BYTES";
    static final long DEFAULT_MAX_BYTES = 256 * 1024;
    /** Room for the files of a report on top of its form (checked against the attachment rules in a test). */
    public static final long REPORT_FILES_BYTES = 25L * 1024 * 1024;

    @Inject
    Config config;

    RequestBodyLimits limits;

    @Override
    public void init() {
        long api = config.getOptionalValue(CONFIG_KEY, Long.class).orElse(DEFAULT_MAX_BYTES);
        // A report with its files (SPIKM Pasal 5a): the form plus complaints.domain.Attachments' 5 files of 5 MiB.
        long report = api + REPORT_FILES_BYTES;
        limits = RequestBodyLimits.of(api)
                .with("/api/t/*/complaints$", report)
                .with("/api/t/*/officer/complaints$", report)
                // A regency's archive moving in (the platform operator's import).
                .with("/api/platform/tenants/archives$",
                        config.getOptionalValue("BALAI_MAX_ARCHIVE_BYTES", Long.class).orElse(1024L * 1024 * 1024))
                // Register documents (Perbup Pasal 16-17): one file of at most DocumentType.MAX_BYTES plus framing.
                .with("/api/t/*/officer/register/entries/*/documents$",
                        id.balai.platform.domain.DocumentType.MAX_BYTES + 64 * 1024)
                // A photo's blurred version for the public (issue 15): one photo of an attachment's size, framed.
                .with("/api/t/*/officer/complaints/*/publication/photos/*$",
                        id.balai.complaints.domain.Attachments.MAX_BYTES + 64 * 1024)
                // A request with its ID (KTP) copy, Perbup Luwu Timur Pasal 22(8): a 2 MiB image (multipart).
                .with("/api/t/*/information-requests", 4L * 1024 * 1024)
                // Documents released with a written notice (Pasal 22(5)), up to 10 MiB each.
                .with("/api/t/*/officer/information-requests", 12L * 1024 * 1024);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String contentType = req.getContentType();
        long max = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                ? limits.limitFor(req.getRequestURI().substring(req.getContextPath().length()))
                : limits.defaultMaxBytes();
        if (req.getContentLengthLong() > max) {
            ErrorResponses.write(res, tooLarge(max));
            return;
        }
        chain.doFilter(new LimitedRequest(req, max), res);
    }

    static ApiError tooLarge(long maxBytes) {
        String size = RequestBodyLimits.readable(maxBytes);
        return ApiError.of(413, "PAYLOAD_TOO_LARGE", "Isi permintaan terlalu besar: paling banyak " + size + ".",
                "The request body is too large: at most " + size + ".");
    }

    /** The request with its body stream counted against the limit. */
    static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private LimitedInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Fails the read that takes the body past {@code maxBytes}. */
    static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestBodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new RequestBodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
