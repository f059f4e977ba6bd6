package id.balai.complaints.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.DispatchStatus;
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
 * The officers' complaint queues searched on the server: by number, by words, by the reporter's phone or e-mail,
 * filtered and sorted over the whole regency (issue 17), and the counts per status on the queue's tabs. The
 * caller's scope (an agency operator's unit) is part of the filter the resource builds.
 */
@ApplicationScoped
public class ComplaintQueue {
    @Inject
    TenantTransactions scope;

    @Inject
    ComplaintRecords complaints;

    @Inject
    LaporLinkRecords laporLinks;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditLog audit;

    @Inject
    CaseClock clock;

    /** A phone number or an e-mail address to find the reporter by; the value is never stored or logged. */
    public record IdentityQuery(String phone, String email) {
        public boolean isEmpty() {
            return blank(phone) && blank(email);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** A page of the queue; with an identity query, only the cases of the persons the vault's digests match. */
    @Transactional
    public ComplaintRecords.Page search(Tenant tenant, ComplaintRecords.Filter filter,
            Optional<IdentityQuery> identity, Actor actor, int page, int size) {
        return scope.call(tenant.id(), () -> {
            ComplaintRecords.Filter f = withReporters(tenant, filter, identity, actor);
            ComplaintRecords.Page p = complaints.list(tenant.id(), f, Paging.offset(page, size), size);
            return p.withLaporIds(laporLinks.laporIds(tenant.id(), p.items().stream().map(Complaint::id).toList()));
        });
    }

    /**
     * The numbers on a queue's tabs, under the same filter as its pages (the tab's own status aside).
     *
     * @param byStatus     the cases in each status
     * @param byUnitStatus the unit's parts in each dispatch status (only for a unit's queue, else empty)
     * @param overdue      the named query "overdue" for the same scope (the unit's parts, or all)
     * @param total        the cases of the filter in any status
     */
    public record Counts(Map<ComplaintStatus, Long> byStatus, Map<DispatchStatus, Long> byUnitStatus, long overdue,
            long total) {
    }

    @Transactional
    public Counts counts(Tenant tenant, ComplaintRecords.Filter filter, Optional<IdentityQuery> identity,
            Actor actor, java.time.Instant now) {
        return scope.call(tenant.id(), () -> {
            ComplaintRecords.Filter f = withReporters(tenant, filter, identity, actor);
            Map<ComplaintStatus, Long> byStatus = complaints.countByStatus(tenant.id(), f);
            Map<DispatchStatus, Long> byUnit = f.orgUnit() == null ? Map.of()
                    : complaints.countByUnitStatus(tenant.id(), f, f.orgUnit());
            long overdue = clock.overdue(tenant, now, f.orgUnit(), 0, 1).total();
            return new Counts(byStatus, byUnit, overdue, byStatus.values().stream().mapToLong(Long::longValue).sum());
        });
    }

    private ComplaintRecords.Filter withReporters(Tenant tenant, ComplaintRecords.Filter f,
            Optional<IdentityQuery> identity, Actor actor) {
        if (identity.isEmpty() || identity.get().isEmpty()) {
            return f;
        }
        IdentityQuery q = identity.get();
        List<PersonRef> found = !IdentityQuery.blank(q.phone()) ? vault.findByPhone(tenant.id(), q.phone())
                : vault.findByEmail(tenant.id(), q.email());
        // Which kind of search, never the value searched for (UU 27/2022: the log must not become a copy).
        audit.record(tenant.id(), actor, "PERSONAL_DATA_SEARCH", "complaint", "queue",
                Map.of("by", !IdentityQuery.blank(q.phone()) ? "phone" : "email", "found",
                        String.valueOf(found.size())));
        List<UUID> reporters = found.stream().map(PersonRef::value).toList();
        return new ComplaintRecords.Filter(f.status(), f.orgUnit(), f.dispatchStatus(), f.dueBefore(), f.channel(),
                f.category(), f.text(), reporters, f.from(), f.to(), f.sort());
    }
}
