package id.balai.platform.interfaces;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * An API error answered with a status and no body gets the JSON error body. Liberty's MicroProfile JWT answers a
 * request without a valid token to a protected resource with a bare 401 (status, {@code WWW-Authenticate}, a flush)
 * from inside the REST runtime, past its exception mappers. While the status is an error and no byte of body has
 * been written, a flush is held back; afterwards such an answer is given {@link ErrorPageServlet}'s body for its
 * status. Mapped to {@code /api/*} after the security headers.
 */
public class ErrorBodyFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Tracking tracking = new Tracking(res);
        chain.doFilter(req, tracking);
        if (!tracking.hasBody() && !res.isCommitted() && res.getStatus() >= 400) {
            ErrorResponses.write(res, ErrorPageServlet.error(res.getStatus(), null));
        }
    }

    /** Counts the body's bytes and holds back a flush of an error that has none yet. */
    static final class Tracking extends HttpServletResponseWrapper {
        private long bytes;
        private boolean errorSent;
        private ServletOutputStream stream;

        Tracking(HttpServletResponse response) {
            super(response);
        }

        boolean hasBody() {
            return bytes > 0 || errorSent;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (getStatus() >= 400 && !hasBody()) {
                return;
            }
            super.flushBuffer();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            errorSent = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            errorSent = true;
            super.sendError(sc);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        bytes++;
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        bytes += len;
                        out.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        if (getStatus() < 400 || hasBody()) {
                            out.flush();
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        if (getStatus() < 400 || hasBody()) {
                            out.close();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            // Anything written through a writer is a body.
            bytes++;
            return super.getWriter();
        }
    }
}
