package id.balai.information.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.balai.audit.application.AuditLog;
import id.balai.information.domain.RequestStatus;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.Paging;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The PPID's request queue searched on the server (issue 17): by registration number, by words of the information
 * wanted, by the requester's phone or e-mail through the vault's lookup digests; and the counts per status.
 */
@ApplicationScoped
public class InformationQueue {
    @Inject
    TenantTransactions scope;

    @Inject
    RequestRecords requests;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditLog audit;

    /** A phone number or an e-mail address to find the requester by; the value is never stored or logged. */
    public record IdentityQuery(String phone, String email) {
        public boolean isEmpty() {
            return blank(phone) && blank(email);
        }

        static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    @Transactional
    public RequestRecords.Page search(Tenant tenant, RequestRecords.Filter filter,
            Optional<IdentityQuery> identity, Actor actor, int page, int size) {
        return scope.call(tenant.id(), () -> requests.list(tenant.id(), withRequesters(tenant, filter, identity, actor),
                Paging.offset(page, size), size));
    }

    /** The requests in each status under the same filter (its status aside), and all of them. */
    @Schema(name = "RequestCounts")
    public record Counts(Map<RequestStatus, Long> byStatus, long total) {
    }

    @Transactional
    public Counts counts(Tenant tenant, RequestRecords.Filter filter, Optional<IdentityQuery> identity,
            Actor actor) {
        return scope.call(tenant.id(), () -> {
            Map<RequestStatus, Long> by = requests.countByStatus(tenant.id(),
                    withRequesters(tenant, filter, identity, actor));
            return new Counts(by, by.values().stream().mapToLong(Long::longValue).sum());
        });
    }

    private RequestRecords.Filter withRequesters(Tenant tenant, RequestRecords.Filter f,
            Optional<IdentityQuery> identity, Actor actor) {
        if (identity.isEmpty() || identity.get().isEmpty()) {
            return f;
        }
        IdentityQuery q = identity.get();
        boolean byPhone = !IdentityQuery.blank(q.phone());
        List<PersonRef> found = byPhone ? vault.findByPhone(tenant.id(), q.phone())
                : vault.findByEmail(tenant.id(), q.email());
        // Which kind of search, never the value searched for.
        audit.record(tenant.id(), actor, "PERSONAL_DATA_SEARCH", "information_request", "queue",
                Map.of("by", byPhone ? "phone" : "email", "found", String.valueOf(found.size())));
        List<UUID> requesters = found.stream().map(PersonRef::value).toList();
        return f.withRequesters(requesters);
    }
}
