package id.balai.platform.interfaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation that the container ran itself (a constrained resource parameter): the first violation answered the
 * way {@link InputChecks} answers an input record's, with its code, both languages and the field.
 */
@Provider
@ApplicationScoped
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    InputChecks checks;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(java.util.Comparator.comparing(c -> c.getPropertyPath().toString())).orElseThrow();
        return new DomainExceptionMapper().toResponse(checks.error(first));
    }
}
