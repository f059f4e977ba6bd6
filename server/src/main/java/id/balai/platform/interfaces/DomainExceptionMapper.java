package id.balai.platform.interfaces;

import id.balai.platform.domain.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal by a domain rule becomes a 4xx with its stable code and bilingual message. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
        };
        return ErrorResponses.of(new ApiError(status, e.code(), e.userMessage(), e.field().orElse(null)));
    }
}
