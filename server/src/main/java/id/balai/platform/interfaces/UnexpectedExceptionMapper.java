package id.balai.platform.interfaces;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.platform.infrastructure.DatabaseOutage;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything unforeseen: logged with an incident id that the client also gets, and never a stack trace or an
 * internal message in the answer (it could carry personal data). A database that cannot be reached is foreseen:
 * 503 {@code SERVICE_UNAVAILABLE} with {@code Retry-After} ({@link DatabaseOutage}).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    /** A PostgreSQL restart or fail-over takes seconds; clients should not hammer it meanwhile. */
    static final int RETRY_AFTER_SECONDS = 2;

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            // Not the client's fault and temporary: nothing was committed, the same request may be sent again.
            LOG.log(Level.WARNING, "Database unreachable: " + e);
            return Response.fromResponse(ErrorResponses.of(ApiError.of(503, "SERVICE_UNAVAILABLE",
                    "Layanan sedang tidak dapat menyimpan atau membaca data. Coba lagi sebentar lagi.",
                    "The service cannot reach its data right now. Try again shortly.")))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return ErrorResponses.of(ApiError.of(500, "INTERNAL_ERROR",
                "Terjadi kesalahan pada server (insiden " + incident + ").",
                "Internal server error (incident " + incident + ")."));
    }
}
