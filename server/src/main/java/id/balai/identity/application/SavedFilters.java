package id.balai.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.balai.identity.domain.SavedFilter;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.TenantId;
import id.balai.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An officer's saved queue filters: their own only; another officer's, or another tenant's, is not found. */
@ApplicationScoped
public class SavedFilters {
    @Inject
    TenantTransactions scope;

    @Inject
    SavedFilterRecords filters;

    @Transactional
    public List<SavedFilter> list(TenantId tenant, UUID officer, SavedFilter.Queue queue) {
        return scope.call(tenant, () -> filters.list(tenant, officer, queue));
    }

    @Transactional
    public SavedFilter save(TenantId tenant, UUID officer, SavedFilter.Queue queue, String name, String query,
            Instant now) {
        SavedFilter f = SavedFilter.create(tenant, officer, queue, name, query, now);
        return scope.call(tenant, () -> {
            if (filters.exists(tenant, officer, queue, f.name())) {
                throw new DomainException(DomainException.Kind.CONFLICT, "SAVED_FILTER_EXISTS",
                        Message.of("Anda sudah punya filter dengan nama ini.", "You already have a filter of this name."),
                        "name");
            }
            if (filters.list(tenant, officer, queue).size() >= SavedFilter.MAX_PER_QUEUE) {
                throw new DomainException(DomainException.Kind.CONFLICT, "SAVED_FILTER_LIMIT",
                        Message.of("Paling banyak " + SavedFilter.MAX_PER_QUEUE + " filter per antrean.",
                                "At most " + SavedFilter.MAX_PER_QUEUE + " filters per queue."));
            }
            filters.insert(f);
            return f;
        });
    }

    @Transactional
    public void delete(TenantId tenant, UUID officer, UUID id) {
        scope.run(tenant, () -> {
            if (!filters.delete(tenant, officer, id)) {
                throw new DomainException(DomainException.Kind.NOT_FOUND, "SAVED_FILTER_NOT_FOUND",
                        Message.of("Filter tidak ditemukan.", "No such filter."));
            }
        });
    }
}
