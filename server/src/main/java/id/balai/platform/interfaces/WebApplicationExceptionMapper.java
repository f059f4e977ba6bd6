package id.balai.platform.interfaces;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the REST runtime raises itself (unknown path, wrong method, unreadable body, unsupported media type)
 * answer with the same JSON body as every other error; one that already carries its {@link ApiError} is sent as
 * it is.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getResponse().getEntity() instanceof ApiError error) {
            return ErrorResponses.of(error);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && unconvertible(e)) {
            // JAX-RS answers 404 when a query or path parameter does not convert (page=99999999999, size=abc):
            // the address exists, the value is wrong.
            return ErrorResponses.of(ApiError.of(400, "INVALID_PARAMETER",
                    "Nilai parameter tidak sah (misalnya angka di luar jangkauan atau bukan angka).",
                    "A parameter has an invalid value (for example a number out of range, or not a number)."));
        }
        ApiError error = switch (status) {
            case 404 -> ApiError.of(404, "NOT_FOUND", "Alamat tidak ditemukan.", "Not found.");
            case 405 -> ApiError.of(405, "METHOD_NOT_ALLOWED", "Metode tidak diizinkan untuk alamat ini.",
                    "Method not allowed for this resource.");
            case 406 -> ApiError.of(406, "NOT_ACCEPTABLE", "Format jawaban yang diminta tidak tersedia.",
                    "The requested response format is not available.");
            case 415 -> ApiError.of(415, "UNSUPPORTED_MEDIA_TYPE", "Format isi permintaan tidak didukung.",
                    "Unsupported request body format.");
            case 401 -> ApiError.of(401, "UNAUTHENTICATED", "Silakan masuk terlebih dahulu.", "Please sign in first.");
            case 403 -> ApiError.of(403, "FORBIDDEN", "Anda tidak berwenang untuk tindakan ini.",
                    "You are not allowed to do this.");
            default -> status >= 500
                    ? ApiError.of(500, "INTERNAL_ERROR", "Terjadi kesalahan pada server.", "Internal server error.")
                    : ApiError.of(status, "BAD_REQUEST", "Permintaan tidak valid.", "Invalid request.");
        };
        return ErrorResponses.of(error);
    }

    private static boolean unconvertible(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
    }
}
