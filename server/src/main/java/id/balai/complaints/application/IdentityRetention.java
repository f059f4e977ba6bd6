package id.balai.complaints.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import id.balai.audit.application.AuditLog;
import id.balai.platform.domain.Actor;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Erases the reporters' identities of cases that ended longer ago than the tenant's retention period
 * ({@code parameters.retention.identityErasureMonthsAfterClose}, default 60 months; UU 27/2022 on keeping personal
 * data no longer than needed). A case ends when it is closed, or when it was rejected or merged (then its receipt
 * counts). The case stays; only the identity goes, and every erasure is audited.
 */
@ApplicationScoped
public class IdentityRetention {
    private static final Actor RETENTION = new Actor("system:retention", "", null);
    private static final int BATCH = 500;

    @Inject
    ComplaintRecords complaints;

    @Inject
    TenantTransactions scope;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditLog audit;

    /** Erases one batch for the tenant; returns how many identities were erased. */
    @Transactional
    public int eraseExpired(Tenant tenant, Instant now) {
        int months = tenant.definition().parameters().retention().identityErasureMonthsAfterClose();
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        return scope.call(tenant.id(), () -> {
            List<ComplaintRecords.IdentityDue> due = complaints.identitiesDue(tenant.id(), cutoff, BATCH);
            for (ComplaintRecords.IdentityDue d : due) {
                vault.erase(tenant.id(), new PersonRef(d.reporter()));
                complaints.markIdentityErased(tenant.id(), d.complaint(), now);
                audit.record(tenant.id(), RETENTION, "PERSONAL_DATA_ERASED", "complaint", d.complaint().toString(),
                        Map.of("retentionMonths", months));
            }
            return due.size();
        });
    }
}
