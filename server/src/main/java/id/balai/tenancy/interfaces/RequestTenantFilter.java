package id.balai.tenancy.interfaces;

import id.balai.tenancy.application.RequestTenant;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Binds the matched path's {@code {tenant}} to the request's {@link RequestTenant}. It only records the value: the
 * token checks and role checks come first, and the tenant is looked up when a resource first asks for it.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class RequestTenantFilter implements ContainerRequestFilter {

    @Inject
    RequestTenant requestTenant;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String pathTenant = ctx.getUriInfo().getPathParameters().getFirst("tenant");
        if (pathTenant != null) {
            requestTenant.bind(pathTenant);
        }
    }
}
