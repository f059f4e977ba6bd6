package id.balai.tenancy.interfaces;

import java.io.IOException;
import java.util.Optional;

import id.balai.platform.interfaces.SecurityHeadersFilter;
import id.balai.platform.interfaces.SpaFallbackFilter;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A regency's portal pages show maps whose tiles come from the tile host its file names ({@code map.tiles},
 * OpenStreetMap's by default): the page's Content-Security-Policy allows images from exactly that origin, and from
 * nowhere else. The regency is the page's first path segment ({@code /luwu-timur/laporan}) or, for a page on one of
 * its own host names, the host. Every other page keeps the policy without any outside origin. The portal is
 * entered by a full page load (the landing page links with plain anchors), so each regency's pages run under their
 * own policy. Mapped in {@code WEB-INF/web.xml} after {@code securityHeaders}, before the single-page fallback.
 */
public class PortalMapPolicyFilter extends HttpFilter {

    @Inject
    TenantRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (SpaFallbackFilter.isPage(req.getMethod(), path)) {
            regencyOf(path, req.getHeader("Host")).ifPresent(t -> res.setHeader("Content-Security-Policy",
                    SecurityHeadersFilter.policyWithImagesFrom(t.definition().map().tileOrigin())));
        }
        chain.doFilter(req, res);
    }

    private Optional<Tenant> regencyOf(String path, String host) {
        String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        Optional<Tenant> bySlug = first.isEmpty() ? Optional.empty() : registry.findActive(first);
        return bySlug.isPresent() ? bySlug : host == null ? Optional.empty() : registry.findByHost(host);
    }
}
