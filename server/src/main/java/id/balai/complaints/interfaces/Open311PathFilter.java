package id.balai.complaints.interfaces;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Open311 clients expect {@code /open311/v2/services.json}; the resources live in the REST application under
 * {@code /api/open311/v2/...}, with its error handling and security. Declared in web.xml.
 */
public class Open311PathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String query = req.getQueryString();
        req.getRequestDispatcher("/api" + path + (query == null ? "" : "?" + query)).forward(req, res);
    }
}
