package id.balai.notifications.infrastructure;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.notifications.domain.ContactChannel;
import id.balai.notifications.domain.Subscription;
import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The {@code notification_subscription} table, in the caller's tenant-scoped transaction. */
@ApplicationScoped
public class SubscriptionRepository {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "subject_type, subject_id, reference, channel, person_id, language, token, "
            + "unsubscribed_at";

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Subscribes; a second subscription of the same case and channel keeps the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(TenantId tenant, String subjectType, UUID subjectId, String reference, ContactChannel channel,
            PersonRef person, String language) {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        em.createNativeQuery("""
                insert into notification_subscription (tenant_id, subject_type, subject_id, reference, channel,
                    person_id, language, token)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (tenant_id, subject_type, subject_id, channel) do nothing
                """)
                .setParameter(1, tenant.value()).setParameter(2, subjectType).setParameter(3, subjectId)
                .setParameter(4, reference).setParameter(5, channel.name()).setParameter(6, person.value())
                .setParameter(7, language).setParameter(8, HexFormat.of().formatHex(token)).executeUpdate();
    }

    /** The case's subscriptions that still want messages. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subscription> active(TenantId tenant, String subjectType, UUID subjectId) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from notification_subscription "
                + "where tenant_id = ?1 and subject_type = ?2 and subject_id = ?3 and unsubscribed_at is null "
                + "order by channel")
                .setParameter(1, tenant.value()).setParameter(2, subjectType).setParameter(3, subjectId)
                .getResultList();
        return rows.stream().map(SubscriptionRepository::subscription).toList();
    }

    /** Every subscription of a case, stopped ones included: what the officers' case page shows. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subscription> all(TenantId tenant, String subjectType, UUID subjectId) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from notification_subscription "
                + "where tenant_id = ?1 and subject_type = ?2 and subject_id = ?3 order by channel")
                .setParameter(1, tenant.value()).setParameter(2, subjectType).setParameter(3, subjectId)
                .getResultList();
        return rows.stream().map(SubscriptionRepository::subscription).toList();
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Subscription> byToken(TenantId tenant, String token) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from notification_subscription "
                + "where tenant_id = ?1 and token = ?2")
                .setParameter(1, tenant.value()).setParameter(2, token).getResultList();
        return rows.stream().findFirst().map(SubscriptionRepository::subscription);
    }

    /** Stops the subscription of this token; true when it was active. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean unsubscribe(TenantId tenant, String token, Instant at) {
        return em.createNativeQuery("update notification_subscription set unsubscribed_at = ?3 "
                + "where tenant_id = ?1 and token = ?2 and unsubscribed_at is null")
                .setParameter(1, tenant.value()).setParameter(2, token).setParameter(3, Timestamp.from(at))
                .executeUpdate() == 1;
    }

    private static Subscription subscription(Object[] r) {
        return new Subscription((String) r[0], (UUID) r[1], (String) r[2], ContactChannel.valueOf((String) r[3]),
                new PersonRef((UUID) r[4]), (String) r[5], (String) r[6], r[7] != null);
    }
}
