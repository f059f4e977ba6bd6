package id.balai.platform.interfaces;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web app is a single page: a GET for a page path such as {@code /muara-enim/} or {@code /muara-enim/lacak}
 * is answered with {@code /index.html}, and the app's router shows the page. The API, health, OpenAPI, metrics and
 * static files (anything with a file extension) pass through untouched. Built assets carry a content hash in
 * their names and are cached for a year; the page itself is revalidated on every load so a release shows at once.
 * The last filter in {@code WEB-INF/web.xml}.
 */
public class SpaFallbackFilter extends HttpFilter {
    private static final List<String> PASS_THROUGH = List.of("/api/", "/health", "/openapi", "/metrics",
            "/assets/", "/open311/", "/ibm/");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (isPage(req.getMethod(), path) || path.equals("/index.html")) {
            res.setHeader("Cache-Control", "no-cache");
            req.getRequestDispatcher("/index.html").forward(req, res);
            return;
        }
        if (path.startsWith("/assets/")) {
            res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        }
        chain.doFilter(req, res);
    }

    /** Whether the request asks for a page of the app (answered with {@code index.html}). */
    public static boolean isPage(String method, String path) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (path.isEmpty() || path.equals("/")) {
            return true;
        }
        if (path.equals("/api")) {
            return false;
        }
        for (String prefix : PASS_THROUGH) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
