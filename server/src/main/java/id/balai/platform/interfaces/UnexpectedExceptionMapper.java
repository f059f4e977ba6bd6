package id.balai.platform.interfaces;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything unforeseen: logged with an incident id that the client also gets, and never a stack trace or an
 * internal message in the answer (it could carry personal data).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return ErrorResponses.of(ApiError.of(500, "INTERNAL_ERROR",
                "Terjadi kesalahan pada server (insiden " + incident + ").",
                "Internal server error (incident " + incident + ")."));
    }
}
