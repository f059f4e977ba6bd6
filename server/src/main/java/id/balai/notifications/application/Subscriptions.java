package id.balai.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.notifications.domain.ContactChannel;
import id.balai.notifications.domain.Subscription;
import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.PersonRef;

/**
 * The port to the citizens' subscriptions to news of their case, each with its unsubscribe token. The adapter is
 * {@code notifications.infrastructure.SubscriptionRepository}.
 */
public interface Subscriptions {

    /** Subscribes; a second subscription of the same case and channel keeps the first. */
    void insert(TenantId tenant, String subjectType, UUID subjectId, String reference, ContactChannel channel,
            PersonRef person, String language);

    /** The case's subscriptions that still want messages. */
    List<Subscription> active(TenantId tenant, String subjectType, UUID subjectId);

    /** Every subscription of a case, stopped ones included: what the officers' case page shows. */
    List<Subscription> all(TenantId tenant, String subjectType, UUID subjectId);

    Optional<Subscription> byToken(TenantId tenant, String token);

    /** Stops the subscription of this token; true when it was active. */
    boolean unsubscribe(TenantId tenant, String token, Instant at);
}
