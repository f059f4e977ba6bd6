package id.balai.identity.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.SecretSealer;
import id.balai.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * An officer's TOTP secret (columns of {@code officer}, sealed with the personal-data keys) and recovery codes
 * ({@code officer_recovery_code}, digests only). Runs in the caller's transaction, in the officer's tenant scope.
 */
@ApplicationScoped
public class SecondFactorStore {
    static final String SECRET = "officer.totp_secret_enc";
    static final String PENDING = "officer.totp_pending_enc";

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    TenantTransactions scope;

    @Inject
    SecretSealer sealer;

    /** A confirmed factor: its secret and the step of the last code accepted. */
    public record Factor(byte[] secret, Long lastStep) {
    }

    public void savePending(TenantId tenant, UUID officer, byte[] secret) {
        byte[] sealed = sealer.seal(tenant, PENDING, officer, secret);
        scope.run(tenant, () -> em.createNativeQuery(
                "update officer set totp_pending_enc = ?3 where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, officer).setParameter(3, sealed).executeUpdate());
    }

    public Optional<byte[]> pending(TenantId tenant, UUID officer) {
        return column(tenant, officer, "totp_pending_enc").map(v -> sealer.open(tenant, PENDING, officer, v));
    }

    /** The pending secret becomes the factor (replacing any earlier one), with its first code's step. */
    public void confirm(TenantId tenant, UUID officer, byte[] secret, long step, Instant at) {
        byte[] sealed = sealer.seal(tenant, SECRET, officer, secret);
        scope.run(tenant, () -> em.createNativeQuery("""
                update officer set totp_secret_enc = ?3, totp_pending_enc = null, totp_enabled_at = ?4,
                    totp_last_step = ?5
                where tenant_id = ?1 and id = ?2
                """).setParameter(1, tenant.value()).setParameter(2, officer).setParameter(3, sealed)
                .setParameter(4, Timestamp.from(at)).setParameter(5, step).executeUpdate());
    }

    @SuppressWarnings("unchecked")
    public Optional<Factor> factor(TenantId tenant, UUID officer) {
        return scope.call(tenant, () -> ((List<Object[]>) em.createNativeQuery("""
                select totp_secret_enc, totp_last_step from officer
                where tenant_id = ?1 and id = ?2 and totp_enabled_at is not null
                """).setParameter(1, tenant.value()).setParameter(2, officer).getResultList()).stream().findFirst()
                .map(r -> new Factor(sealer.open(tenant, SECRET, officer, (byte[]) r[0]),
                        r[1] == null ? null : ((Number) r[1]).longValue())));
    }

    /** Records a code's step as used; false when a concurrent sign-in used it (or a later one) first. */
    public boolean useStep(TenantId tenant, UUID officer, long step) {
        return scope.call(tenant, () -> em.createNativeQuery("""
                update officer set totp_last_step = ?3
                where tenant_id = ?1 and id = ?2 and (totp_last_step is null or totp_last_step < ?3)
                """).setParameter(1, tenant.value()).setParameter(2, officer).setParameter(3, step)
                .executeUpdate()) == 1;
    }

    public void remove(TenantId tenant, UUID officer) {
        scope.run(tenant, () -> {
            em.createNativeQuery("delete from officer_recovery_code where tenant_id = ?1 and account_id = ?2")
                    .setParameter(1, tenant.value()).setParameter(2, officer).executeUpdate();
            em.createNativeQuery("""
                    update officer set totp_secret_enc = null, totp_pending_enc = null, totp_enabled_at = null,
                        totp_last_step = null
                    where tenant_id = ?1 and id = ?2
                    """).setParameter(1, tenant.value()).setParameter(2, officer).executeUpdate();
        });
    }

    public void replaceRecoveryCodes(TenantId tenant, UUID officer, List<byte[]> digests) {
        scope.run(tenant, () -> {
            em.createNativeQuery("delete from officer_recovery_code where tenant_id = ?1 and account_id = ?2")
                    .setParameter(1, tenant.value()).setParameter(2, officer).executeUpdate();
            for (byte[] d : digests) {
                em.createNativeQuery(
                        "insert into officer_recovery_code (tenant_id, account_id, digest) values (?1, ?2, ?3)")
                        .setParameter(1, tenant.value()).setParameter(2, officer).setParameter(3, d).executeUpdate();
            }
        });
    }

    /** Spends a recovery code; false when it is unknown or already spent. */
    public boolean useRecoveryCode(TenantId tenant, UUID officer, byte[] digest) {
        return scope.call(tenant, () -> em.createNativeQuery("""
                update officer_recovery_code set used_at = now()
                where tenant_id = ?1 and account_id = ?2 and digest = ?3 and used_at is null
                """).setParameter(1, tenant.value()).setParameter(2, officer).setParameter(3, digest)
                .executeUpdate()) == 1;
    }

    public long recoveryCodesLeft(TenantId tenant, UUID officer) {
        return scope.call(tenant, () -> ((Number) em.createNativeQuery(
                "select count(*) from officer_recovery_code where tenant_id = ?1 and account_id = ?2 and used_at is null")
                .setParameter(1, tenant.value()).setParameter(2, officer).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private Optional<byte[]> column(TenantId tenant, UUID officer, String column) {
        return scope.call(tenant, () -> ((List<byte[]>) em.createNativeQuery("select " + column
                + " from officer where tenant_id = ?1 and id = ?2 and " + column + " is not null")
                .setParameter(1, tenant.value()).setParameter(2, officer).getResultList()).stream().findFirst());
    }
}
