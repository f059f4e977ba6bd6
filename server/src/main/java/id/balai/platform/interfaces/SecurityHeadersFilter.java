package id.balai.platform.interfaces;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Browser protections on every answer of the application, pages, files, API and errors alike, set before anything
 * else runs so that a forward to {@code index.html} or another filter's refusal keeps them (the first filter in
 * {@code WEB-INF/web.xml}).
 * The policy allows only this origin: the built web app has no inline script or style, and {@code frame-ancestors}
 * and {@code X-Frame-Options} keep the portal out of other sites' frames (clickjacking). API answers carry
 * personal data and case details, so caches must not keep them unless a resource says otherwise.
 */
public class SecurityHeadersFilter extends HttpFilter {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /**
     * The policy of a page that also shows map tiles from one other origin ({@code https://host[:port]}): the same
     * policy, with images allowed from exactly that origin as well.
     */
    public static String policyWithImagesFrom(String origin) {
        return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:;", "img-src 'self' data: " + origin + ";");
    }

    static final String PERMISSIONS_POLICY = "geolocation=(self), camera=(), microphone=()";
    private static final String CACHE_CONTROL = "Cache-Control";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        protect(res, path.startsWith("/api/"));
        if (path.startsWith("/api/")) {
            chain.doFilter(req, new CacheControlDefault(res));
        } else {
            chain.doFilter(req, res);
        }
    }

    /** The browser protections, and for API answers (and errors) {@code Cache-Control: no-store}. */
    static void protect(HttpServletResponse res, boolean api) {
        res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (api) {
            res.setHeader(CACHE_CONTROL, "no-store");
        }
    }

    /**
     * Keeps {@code no-store} only as a default: the first Cache-Control a resource adds replaces it instead of
     * joining it (a second header would leave caches with both).
     */
    static final class CacheControlDefault extends HttpServletResponseWrapper {
        private boolean replaced;

        CacheControlDefault(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            replaced |= CACHE_CONTROL.equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CACHE_CONTROL.equalsIgnoreCase(name) && !replaced) {
                replaced = true;
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
