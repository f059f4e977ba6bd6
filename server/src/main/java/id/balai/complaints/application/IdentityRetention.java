package id.balai.complaints.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.platform.domain.Actor;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    TenantTransactions scope;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditLog audit;

    /** Erases one batch for the tenant; returns how many identities were erased. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int eraseExpired(Tenant tenant, Instant now) {
        int months = tenant.definition().parameters().retention().identityErasureMonthsAfterClose();
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        return scope.call(tenant.id(), () -> {
            List<Object[]> due = em.createNativeQuery("""
                    select id, reporter_id from complaint
                    where tenant_id = ?1 and reporter_id is not null and identity_erased_at is null
                      and status in ('CLOSED', 'ARCHIVED', 'REJECTED', 'MERGED')
                      and coalesce(closed_at, received_at) < ?2
                    order by coalesce(closed_at, received_at) limit ?3
                    """).setParameter(1, tenant.id().value()).setParameter(2, Timestamp.from(cutoff))
                    .setParameter(3, BATCH).getResultList();
            for (Object[] row : due) {
                UUID complaint = (UUID) row[0];
                vault.erase(tenant.id(), new PersonRef((UUID) row[1]));
                em.createNativeQuery("update complaint set identity_erased_at = ?3 where tenant_id = ?1 and id = ?2")
                        .setParameter(1, tenant.id().value()).setParameter(2, complaint)
                        .setParameter(3, Timestamp.from(now)).executeUpdate();
                audit.record(tenant.id(), RETENTION, "PERSONAL_DATA_ERASED", "complaint", complaint.toString(),
                        Map.of("retentionMonths", months));
            }
            return due.size();
        });
    }
}
