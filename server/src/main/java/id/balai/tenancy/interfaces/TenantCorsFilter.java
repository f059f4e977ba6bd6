package id.balai.tenancy.interfaces;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.balai.platform.interfaces.ApiError;
import id.balai.platform.interfaces.ErrorResponses;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin calls to {@code /api/t/{tenant}/…} are allowed only from that tenant's own sites: its declared
 * website ({@code channels.website}, https unless the file names another scheme) and its host names (https), so a
 * regency's own portal or information site can embed its forms and lists. Any other origin, including another
 * tenant's site, gets no CORS headers (the browser keeps the answer from its script), and its preflight is
 * refused. No credentials are allowed: the API authenticates by bearer token, never by cookie. Mapped to
 * {@code /api/t/*} in {@code WEB-INF/web.xml}, before the body limit so that an allowed site can read a 413.
 */
public class TenantCorsFilter extends HttpFilter {
    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, Accept-Language";
    static final String MAX_AGE_SECONDS = "600";
    private static final String TENANT_PREFIX = "/api/t/";

    @Inject
    TenantRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        // Whether the CORS headers come depends on Origin: shared caches must not mix the two answers.
        res.addHeader("Vary", "Origin");
        String origin = req.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(req, res);
            return;
        }
        boolean preflight = "OPTIONS".equals(req.getMethod())
                && req.getHeader("Access-Control-Request-Method") != null;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean allowed = tenantSlug(path).flatMap(registry::findActive)
                .map(t -> originsOf(t.definition()).contains(origin.toLowerCase(Locale.ROOT)))
                .orElse(false);
        if (allowed) {
            res.setHeader("Access-Control-Allow-Origin", origin);
            if (preflight) {
                res.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                res.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                res.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
                res.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        } else if (preflight) {
            ErrorResponses.write(res, ApiError.of(403, "CORS_ORIGIN_NOT_ALLOWED",
                    "Situs asal permintaan ini tidak diizinkan memanggil layanan kabupaten/kota ini.",
                    "This site is not allowed to call this regency's services from the browser."));
            return;
        }
        chain.doFilter(req, res);
    }

    /** The tenant slug of {@code /api/t/{slug}} or {@code /api/t/{slug}/…}. */
    static Optional<String> tenantSlug(String path) {
        if (!path.startsWith(TENANT_PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(TENANT_PREFIX.length());
        int slash = rest.indexOf('/');
        String slug = slash < 0 ? rest : rest.substring(0, slash);
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    /** The origins of the tenant's own sites, in lower case. */
    static Set<String> originsOf(TenantDefinition tenant) {
        Set<String> origins = new LinkedHashSet<>();
        if (tenant.channels() != null && tenant.channels().website() != null) {
            websiteOrigin(tenant.channels().website()).ifPresent(origins::add);
        }
        for (String host : tenant.hosts()) {
            origins.add("https://" + host.toLowerCase(Locale.ROOT));
        }
        return origins;
    }

    /** {@code info.muaraenimkab.go.id} → {@code https://info.muaraenimkab.go.id}; a URL keeps scheme and port. */
    private static Optional<String> websiteOrigin(String website) {
        try {
            URI uri = new URI(website.contains("://") ? website : "https://" + website);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return Optional.of((uri.getScheme() + "://" + uri.getHost() + port).toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
