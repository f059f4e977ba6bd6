package id.balai.platform.interfaces;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds JSON error responses; the one place that knows how an {@link ApiError} is sent. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    public static Response of(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
