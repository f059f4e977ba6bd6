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
}
