package id.balai.platform.interfaces;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.config.ConfigProvider;

import id.balai.platform.application.Now;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * On a server started for the integration tests only ({@code BALAI_TEST_INSTANT_HEADER=true}; never in production),
 * a request may carry {@code X-Balai-Test-Instant: 2026-12-05T01:35:00+08:00}: the request then acts at that instant
 * ({@link Now}), so that the date rules (a receipt on a Saturday night, a notice at once) are tested at any hour.
 * Without the setting the header is ignored.
 */
public class TestInstantFilter extends HttpFilter {
    static final String HEADER = "X-Balai-Test-Instant";
    private boolean enabled;

    @Override
    public void init() {
        enabled = ConfigProvider.getConfig().getOptionalValue("BALAI_TEST_INSTANT_HEADER", Boolean.class)
                .orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String named = enabled ? req.getHeader(HEADER) : null;
        if (named == null) {
            chain.doFilter(req, res);
            return;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(named).toInstant();
        } catch (DateTimeParseException e) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, HEADER + " is not an ISO-8601 instant with offset");
            return;
        }
        Now.<IOException>at(at, () -> {
            try {
                chain.doFilter(req, res);
            } catch (ServletException e) {
                throw new IOException(e);
            }
        });
    }
}
