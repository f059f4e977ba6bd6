package id.balai.identity.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.identity.application.SecondFactorRecords;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
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
public class SecondFactorStore implements SecondFactorRecords {
    static final String SECRET = "officer.totp_secret_enc";
    static final String PENDING = "officer.totp_pending_enc";

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    TenantTransactions scope;

    @Inject
    SecretSealer sealer;

    public void savePending(TenantId tenant, UUID officer, byte[] secret) {
        byte[] sealed = sealer.seal(tenant, PENDING, officer, secret);
        scope.run(tenant, () -> Sql.of(em, "update officer set totp_pending_enc = :sealed where tenant_id = :tenant "
                + "and id = :officer").set("tenant", tenant.value()).set("officer", officer).set("sealed", sealed)
                .execute());
    }

    public Optional<byte[]> pending(TenantId tenant, UUID officer) {
        return column(tenant, officer, "totp_pending_enc").map(v -> sealer.open(tenant, PENDING, officer, v));
    }

    /** The pending secret becomes the factor (replacing any earlier one), with its first code's step. */
    public void confirm(TenantId tenant, UUID officer, byte[] secret, long step, Instant at) {
        byte[] sealed = sealer.seal(tenant, SECRET, officer, secret);
        scope.run(tenant, () -> Sql.of(em, """
                update officer set totp_secret_enc = :sealed, totp_pending_enc = null, totp_enabled_at = :at,
                    totp_last_step = :step
                where tenant_id = :tenant and id = :officer
                """).set("tenant", tenant.value()).set("officer", officer).set("sealed", sealed).set("at", at)
                .set("step", step).execute());
    }

    public Optional<Factor> factor(TenantId tenant, UUID officer) {
        return scope.call(tenant, () -> Sql.of(em, """
                select totp_secret_enc, totp_last_step from officer
                where tenant_id = :tenant and id = :officer and totp_enabled_at is not null
                """).set("tenant", tenant.value()).set("officer", officer)
                .first(r -> new Factor(sealer.open(tenant, SECRET, officer, (byte[]) r.raw(0)), r.number(1))));
    }

    /** Records a code's step as used; false when a concurrent sign-in used it (or a later one) first. */
    public boolean useStep(TenantId tenant, UUID officer, long step) {
        return scope.call(tenant, () -> Sql.of(em, """
                update officer set totp_last_step = :step
                where tenant_id = :tenant and id = :officer and (totp_last_step is null or totp_last_step < :step)
                """).set("tenant", tenant.value()).set("officer", officer).set("step", step).execute()) == 1;
    }

    public void remove(TenantId tenant, UUID officer) {
        scope.run(tenant, () -> {
            deleteRecoveryCodes(tenant, officer);
            Sql.of(em, """
                    update officer set totp_secret_enc = null, totp_pending_enc = null, totp_enabled_at = null,
                        totp_last_step = null
                    where tenant_id = :tenant and id = :officer
                    """).set("tenant", tenant.value()).set("officer", officer).execute();
        });
    }

    public void replaceRecoveryCodes(TenantId tenant, UUID officer, List<byte[]> digests) {
        scope.run(tenant, () -> {
            deleteRecoveryCodes(tenant, officer);
            for (byte[] d : digests) {
                Sql.of(em, "insert into officer_recovery_code (tenant_id, account_id, digest) values (:tenant, "
                        + ":officer, :digest)").set("tenant", tenant.value()).set("officer", officer).set("digest", d)
                        .execute();
            }
        });
    }

    private void deleteRecoveryCodes(TenantId tenant, UUID officer) {
        Sql.of(em, "delete from officer_recovery_code where tenant_id = :tenant and account_id = :officer")
                .set("tenant", tenant.value()).set("officer", officer).execute();
    }

    /** Spends a recovery code; false when it is unknown or already spent. */
    public boolean useRecoveryCode(TenantId tenant, UUID officer, byte[] digest) {
        return scope.call(tenant, () -> Sql.of(em, """
                update officer_recovery_code set used_at = now()
                where tenant_id = :tenant and account_id = :officer and digest = :digest and used_at is null
                """).set("tenant", tenant.value()).set("officer", officer).set("digest", digest).execute()) == 1;
    }

    public long recoveryCodesLeft(TenantId tenant, UUID officer) {
        return scope.call(tenant, () -> Sql.of(em, "select count(*) from officer_recovery_code where tenant_id = "
                + ":tenant and account_id = :officer and used_at is null").set("tenant", tenant.value())
                .set("officer", officer).count());
    }

    private Optional<byte[]> column(TenantId tenant, UUID officer, String column) {
        return scope.call(tenant, () -> Sql.of(em, "select " + column + " from officer where tenant_id = :tenant "
                + "and id = :officer and " + column + " is not null").set("tenant", tenant.value())
                .set("officer", officer).first(r -> (byte[]) r.raw(0)));
    }
}
