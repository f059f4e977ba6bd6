package id.balai.platform.interfaces;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page of the whole application ({@code <error-page>} in {@code WEB-INF/web.xml}): what Liberty's web
 * container refuses before any filter or resource runs (a path with an encoded NUL, CR or LF, an encoded slash, a
 * broken percent-encoding: 400) and any {@code sendError} or uncaught exception answers with the same JSON error
 * body as the API ({@link ApiError}) and the browser protections of {@link SecurityHeadersFilter}, never Liberty's
 * HTML page. An exception is logged with an incident id, which the answer carries instead of the exception.
 */
public class ErrorPageServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable thrown = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer i ? i : 404;
        if (thrown != null && status < 400) {
            status = 500;
        }
        SecurityHeadersFilter.protect(res, true);
        ErrorResponses.write(res, error(status, thrown));
    }

    static ApiError error(int status, Throwable thrown) {
        return switch (status) {
            case 400 -> ApiError.of(400, "MALFORMED_REQUEST",
                    "Permintaan tidak sah: alamat berisi karakter yang tidak diizinkan (misalnya karakter kendali atau "
                            + "garis miring yang dikodekan) atau pengodean persen yang salah.",
                    "Malformed request: the address holds a character that is not allowed (such as a control "
                            + "character or an encoded slash) or a broken percent-encoding.");
            case 401 -> ApiError.of(401, "UNAUTHENTICATED", "Silakan masuk terlebih dahulu.", "Please sign in first.");
            case 403 -> ApiError.of(403, "FORBIDDEN", "Anda tidak berwenang untuk tindakan ini.",
                    "You are not allowed to do this.");
            case 404 -> ApiError.of(404, "NOT_FOUND", "Alamat tidak ditemukan.", "Not found.");
            case 405 -> ApiError.of(405, "METHOD_NOT_ALLOWED", "Metode tidak diizinkan untuk alamat ini.",
                    "Method not allowed for this resource.");
            case 413 -> ApiError.of(413, "PAYLOAD_TOO_LARGE", "Isi permintaan terlalu besar.",
                    "The request body is too large.");
            case 414 -> PathLimitFilter.tooLong();
            default -> status >= 500 ? internal(thrown)
                    : ApiError.of(status, "BAD_REQUEST", "Permintaan tidak valid.", "Invalid request.");
        };
    }

    private static ApiError internal(Throwable thrown) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, thrown);
        return ApiError.of(500, "INTERNAL_ERROR", "Terjadi kesalahan pada server (insiden " + incident + ").",
                "Internal server error (incident " + incident + ").");
    }
}
