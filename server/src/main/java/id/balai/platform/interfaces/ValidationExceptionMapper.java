package id.balai.platform.interfaces;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation on a resource method's parameters: the first violation is reported with the parameter or
 * property it concerns. Messages are written as "Indonesian | English" in the constraint annotations.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        ConstraintViolation<?> v = e.getConstraintViolations().stream()
                .min(java.util.Comparator.comparing(c -> c.getPropertyPath().toString()))
                .orElseThrow();
        String[] parts = v.getMessage().split("\\s*\\|\\s*", 2);
        String id = parts[0];
        String en = parts.length > 1 ? parts[1] : parts[0];
        return ErrorResponses.of(new ApiError(400, "INVALID_INPUT", new id.balai.platform.domain.Message(id, en),
                lastNode(v.getPropertyPath().toString())));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
