package id.balai.notifications.infrastructure;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.notifications.application.Subscriptions;
import id.balai.notifications.domain.ContactChannel;
import id.balai.notifications.domain.Subscription;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import id.balai.privacy.domain.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The {@code notification_subscription} table, in the caller's tenant-scoped transaction. */
@ApplicationScoped
public class SubscriptionRepository implements Subscriptions {
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
        Sql.of(em, """
                insert into notification_subscription (tenant_id, subject_type, subject_id, reference, channel,
                    person_id, language, token)
                values (:tenant, :subjectType, :subjectId, :reference, :channel, :person, :language, :token)
                on conflict (tenant_id, subject_type, subject_id, channel) do nothing
                """).set("tenant", tenant.value()).set("subjectType", subjectType).set("subjectId", subjectId)
                .set("reference", reference).set("channel", channel).set("person", person.value())
                .set("language", language).set("token", HexFormat.of().formatHex(token)).execute();
    }

    /** The case's subscriptions that still want messages. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subscription> active(TenantId tenant, String subjectType, UUID subjectId) {
        return Sql.of(em, "select " + COLUMNS + " from notification_subscription where tenant_id = :tenant "
                + "and subject_type = :subjectType and subject_id = :subjectId and unsubscribed_at is null "
                + "order by channel").set("tenant", tenant.value()).set("subjectType", subjectType)
                .set("subjectId", subjectId).list(SubscriptionRepository::subscription);
    }

    /** Every subscription of a case, stopped ones included: what the officers' case page shows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subscription> all(TenantId tenant, String subjectType, UUID subjectId) {
        return Sql.of(em, "select " + COLUMNS + " from notification_subscription where tenant_id = :tenant "
                + "and subject_type = :subjectType and subject_id = :subjectId order by channel")
                .set("tenant", tenant.value()).set("subjectType", subjectType).set("subjectId", subjectId)
                .list(SubscriptionRepository::subscription);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Subscription> byToken(TenantId tenant, String token) {
        return Sql.of(em, "select " + COLUMNS + " from notification_subscription "
                + "where tenant_id = :tenant and token = :token").set("tenant", tenant.value()).set("token", token)
                .first(SubscriptionRepository::subscription);
    }

    /** Stops the subscription of this token; true when it was active. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean unsubscribe(TenantId tenant, String token, Instant at) {
        return Sql.of(em, "update notification_subscription set unsubscribed_at = :at "
                + "where tenant_id = :tenant and token = :token and unsubscribed_at is null")
                .set("tenant", tenant.value()).set("token", token).set("at", at).execute() == 1;
    }

    private static Subscription subscription(Sql.Row r) {
        return new Subscription(r.text(0), r.uuid(1), r.text(2), r.enumOf(3, ContactChannel.class),
                new PersonRef(r.uuid(4)), r.text(5), r.text(6), r.raw(7) != null);
    }
}
