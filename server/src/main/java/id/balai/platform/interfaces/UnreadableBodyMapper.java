package id.balai.platform.interfaces;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or whose values have the wrong type ("latitude": "utara"), is the client's
 * mistake: 400, never a 500.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return ErrorResponses.of(ApiError.of(400, "UNREADABLE_BODY",
                "Isi permintaan bukan JSON yang valid atau ada nilai dengan jenis yang salah.",
                "The request body is not valid JSON, or a value has the wrong type."));
    }

    /** JSON-B's own failure, when the runtime does not wrap it. */
    @Provider
    public static class Jsonb implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return new UnreadableBodyMapper().toResponse(new ProcessingException(e));
        }
    }
}
