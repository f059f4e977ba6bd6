package id.balai.platform.interfaces;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address longer than any Balai serves ({@link #MAX_URI_CHARS}, path and query together) is 414
 * {@code URI_TOO_LONG} in JSON before anything looks at it. (Liberty's HTTP channel itself refuses request lines
 * beyond its own limit, about 32 KiB, with an empty 400 that no application code sees.)
 */
public class PathLimitFilter extends HttpFilter {
    /** Longer than any address of the API or the portal, search text included (its limit is 200 characters). */
    static final int MAX_URI_CHARS = 8 * 1024;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String query = req.getQueryString();
        if (req.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > MAX_URI_CHARS) {
            ErrorResponses.write(res, tooLong());
            return;
        }
        chain.doFilter(req, res);
    }

    static ApiError tooLong() {
        return ApiError.of(414, "URI_TOO_LONG", "Alamat permintaan terlalu panjang: paling banyak 8 192 karakter.",
                "The request address is too long: at most 8 192 characters.");
    }
}
