package id.balai.platform.interfaces;

import java.io.IOException;
import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * A body that overruns its limit while a REST resource's entity is read ({@link RequestBodyLimitFilter}) is
 * answered 413 {@code PAYLOAD_TOO_LARGE}, however the JSON reader wrapped the failure.
 */
@Provider
public class RequestBodyLimitInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            Optional<RequestBodyTooLargeException> overrun = RequestBodyTooLargeException.in(e);
            if (overrun.isEmpty()) {
                throw e;
            }
            throw new WebApplicationException(e,
                    ErrorResponses.of(RequestBodyLimitFilter.tooLarge(overrun.get().maxBytes())));
        }
    }
}
