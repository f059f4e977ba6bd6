package id.balai.reporting.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import id.balai.platform.domain.TenantId;
import id.balai.reporting.application.DigestDeliveryRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The record of sent digests, one row per tenant and day (SPIKM Pasal 3(2)). Written in the transaction that sends,
 * before sending: the row is the claim that keeps a second server instance from sending the same digest.
 */
@ApplicationScoped
public class DigestDeliveries implements DigestDeliveryRecords {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Claims the day's digest; false when it was sent already (or another instance is sending it now). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(TenantId tenant, LocalDate day, Instant at, int recipients) {
        return em.createNativeQuery("insert into digest_delivery (tenant_id, digest_date, sent_at, recipients_count) "
                + "values (?1, ?2, ?3, ?4) on conflict (tenant_id, digest_date) do nothing")
                .setParameter(1, tenant.value()).setParameter(2, Date.valueOf(day))
                .setParameter(3, Timestamp.from(at)).setParameter(4, recipients).executeUpdate() == 1;
    }

    /** Records a resend on demand: the latest sending is the one kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordResend(TenantId tenant, LocalDate day, Instant at, int recipients) {
        em.createNativeQuery("insert into digest_delivery (tenant_id, digest_date, sent_at, recipients_count) "
                + "values (?1, ?2, ?3, ?4) on conflict (tenant_id, digest_date) do update "
                + "set sent_at = excluded.sent_at, recipients_count = excluded.recipients_count")
                .setParameter(1, tenant.value()).setParameter(2, Date.valueOf(day))
                .setParameter(3, Timestamp.from(at)).setParameter(4, recipients).executeUpdate();
    }
}
