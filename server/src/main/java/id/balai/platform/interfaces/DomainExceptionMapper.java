package id.balai.platform.interfaces;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.RetryLaterException;
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
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case TOO_MANY_REQUESTS -> 429;
        };
        Response response = ErrorResponses.of(new ApiError(status, e.code(), e.userMessage(), e.field().orElse(null),
                e.details().isEmpty() ? null : e.details()));
        if (e instanceof RetryLaterException later) {
            // Whole seconds, rounded up, at least one.
            long seconds = Math.max(1, (later.retryAfter().toMillis() + 999) / 1000);
            return Response.fromResponse(response).header("Retry-After", seconds).build();
        }
        return response;
    }
}
