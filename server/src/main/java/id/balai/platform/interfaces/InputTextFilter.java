package id.balai.platform.interfaces;

import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.InputText;
import id.balai.platform.domain.MultiLine;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The texts a request carries outside its body, and in a form body: path parameters, query parameters and
 * {@code application/x-www-form-urlencoded} fields (Open311's POST, Kannel's inbound SMS) obey {@link InputText},
 * single-line unless the resource method marks the parameter {@link MultiLine}. A parameter that cannot be decoded
 * (a broken percent-encoding) is 400 {@code MALFORMED_PARAMETER}. Runs after the role checks, before the resource.
 */
@Provider
@Priority(Priorities.USER)
public class InputTextFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext ctx) {
        try {
            Set<String> multiLine = multiLineParameters();
            for (Map.Entry<String, List<String>> p : ctx.getUriInfo().getPathParameters(true).entrySet()) {
                p.getValue().forEach(v -> InputText.check(v, p.getKey(), false));
            }
            for (Map.Entry<String, ? extends List<String>> p : parameters(ctx).entrySet()) {
                InputText.check(p.getKey(), null, false);
                boolean lines = multiLine.contains(p.getKey());
                p.getValue().forEach(v -> InputText.check(v, p.getKey(), lines));
            }
        } catch (DomainException e) {
            throw new WebApplicationException(e, new DomainExceptionMapper().toResponse(e));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(e, ErrorResponses.of(ApiError.of(400, "MALFORMED_PARAMETER",
                    "Parameter permintaan tidak dapat dibaca (pengodean persen tidak sah).",
                    "A request parameter cannot be read (invalid percent-encoding).")));
        }
    }

    /** Query parameters, and a form body's fields: read through the servlet, where the REST runtime reads them. */
    private Map<String, ? extends List<String>> parameters(ContainerRequestContext ctx) {
        MediaType type = ctx.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) && servletRequest != null) {
            Map<String, List<String>> all = new java.util.LinkedHashMap<>();
            servletRequest.getParameterMap().forEach((k, v) -> all.put(k, List.of(v)));
            all.putAll(ctx.getUriInfo().getQueryParameters(true));
            return all;
        }
        return ctx.getUriInfo().getQueryParameters(true);
    }

    private Set<String> multiLineParameters() {
        Set<String> names = new HashSet<>();
        if (resource == null || resource.getResourceMethod() == null) {
            return names;
        }
        for (Parameter p : resource.getResourceMethod().getParameters()) {
            if (p.isAnnotationPresent(MultiLine.class)) {
                QueryParam q = p.getAnnotation(QueryParam.class);
                FormParam f = p.getAnnotation(FormParam.class);
                if (q != null) {
                    names.add(q.value());
                }
                if (f != null) {
                    names.add(f.value());
                }
            }
        }
        return names;
    }
}
