package id.balai.complaints.application;

import java.util.List;
import java.util.Optional;

import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Where a regency's link to SP4N-LAPOR! stands, for the central administrator and the operations coordinator. */
@ApplicationScoped
public class LaporLinks {
    private static final int FAILING_SHOWN = 50;

    @Inject
    TenantTransactions scope;

    @Inject
    LaporSettings settings;

    @Inject
    LaporLinkRecords links;

    /**
     * @param on      whether the tenant file configures the link and its token is set
     * @param state   since when reports are shared and how the last pull went; empty before the first run
     * @param failing cases whose last send failed, the given-up ones first
     */
    public record Status(boolean on, Optional<LaporLinkRecords.State> state, List<LaporLinkRecords.Link> failing) {
    }

    public Status status(Tenant tenant) {
        return scope.call(tenant.id(), () -> new Status(settings.of(tenant).isPresent(), links.state(tenant.id()),
                links.failing(tenant.id(), FAILING_SHOWN)));
    }
}
