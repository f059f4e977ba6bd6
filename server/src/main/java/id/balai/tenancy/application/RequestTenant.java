package id.balai.tenancy.application;

import id.balai.platform.domain.TenantId;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The regency a request is for: the {@code {tenant}} of its path, bound by the interfaces layer when the request is
 * matched, and resolved against the registry once, when first asked. Unknown or malformed is {@code TENANT_NOT_FOUND}
 * and suspended is {@code TENANT_SUSPENDED}, both 404, as {@link TenantRegistry#require(String)} says. Resources read
 * it here instead of resolving the path themselves; use cases take the tenant as an argument, so that jobs (which have
 * no request) call them the same way.
 */
@RequestScoped
public class RequestTenant {

    @Inject
    TenantRegistry registry;

    private String slug;
    private Tenant tenant;

    /** The path's {@code {tenant}}, as the request carries it (not yet checked). */
    public void bind(String pathTenant) {
        this.slug = pathTenant;
        this.tenant = null;
    }

    /** The active tenant of this request's path. */
    public Tenant tenant() {
        if (tenant == null) {
            if (slug == null) {
                throw new IllegalStateException("this request's path has no {tenant}");
            }
            tenant = registry.require(slug);
        }
        return tenant;
    }

    public TenantId id() {
        return tenant().id();
    }
}
