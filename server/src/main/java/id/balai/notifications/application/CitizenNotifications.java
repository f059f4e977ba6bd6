package id.balai.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.notifications.domain.CitizenMessage;
import id.balai.notifications.domain.ContactChannel;
import id.balai.notifications.domain.NotificationPolicy;
import id.balai.notifications.domain.OutgoingMail;
import id.balai.notifications.domain.OutgoingSms;
import id.balai.notifications.domain.OutgoingWhatsApp;
import id.balai.notifications.domain.Queueing;
import id.balai.notifications.domain.Subscription;
import id.balai.platform.application.Now;
import id.balai.platform.domain.Actor;
import id.balai.privacy.domain.PersonRef;
import id.balai.tenancy.application.PortalLinks;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Citizens hear back about their cases (issue 16; SPIKM Pasal 5c and 7d; Perbup Luwu Timur Pasal 22): the port any
 * context calls, in the transaction of the step that happened.
 * <ul>
 * <li>At intake the citizen's choice becomes a subscription of the case: a channel and a vault reference, never an
 * address.</li>
 * <li>At each event the context that owns the case words a {@link CitizenMessage}; this applies the regency's
 * policy (events, channels, quiet hours), adds the regency's name, the other language and the unsubscribe link,
 * and queues it in the outbox of the channel with a key, so that one event is queued once.</li>
 * <li>The outboxes send after commit with retries, and read the address through the vault only then. An agency
 * never sees any of it: an anonim reporter is reached without the agency learning who they are.</li>
 * </ul>
 */
@ApplicationScoped
public class CitizenNotifications {

    @Inject
    Subscriptions subscriptions;

    @Inject
    MailQueue mail;

    @Inject
    SmsQueue sms;

    @Inject
    WhatsAppOutbox whatsApp;

    @Inject
    PortalLinks links;

    @Inject
    TenantTransactions scope;

    @Inject
    AuditLog audit;

    /** The case a message is about: its kind, its id and the number the citizen knows it by. */
    public record Subject(String type, UUID id, String reference) {
        public static Subject complaint(UUID id, String trackingNumber) {
            return new Subject("complaint", id, trackingNumber);
        }

        public static Subject request(UUID id, String registrationNumber) {
            return new Subject("information_request", id, registrationNumber);
        }
    }

    /** A case's subscription as officers may see it: the channel and whether it still runs, never the address. */
    public record Choice(ContactChannel channel, boolean active) {
    }

    /** Whether the regency offers this channel to citizens now (SMS needs the hotline). */
    public static boolean offers(Tenant tenant, ContactChannel channel) {
        return tenant.definition().citizenChannels().contains(channel.name());
    }

    /** Records the citizen's choice for this case; a channel the regency does not offer records nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void subscribe(Tenant tenant, Subject subject, PersonRef person, ContactChannel channel, String language) {
        if (offers(tenant, channel)) {
            subscriptions.insert(tenant.id(), subject.type(), subject.id(), subject.reference(), channel, person,
                    "en".equals(language) ? "en" : "id");
        }
    }

    /** Tells everyone subscribed to the case, as the regency's policy allows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Tenant tenant, Subject subject, CitizenMessage message) {
        NotificationPolicy policy = NotificationPolicy.of(tenant.definition().notifications());
        if (!policy.tells(message.event())) {
            return;
        }
        for (Subscription s : subscriptions.active(tenant.id(), subject.type(), subject.id())) {
            if (!offers(tenant, s.channel())) {
                continue;
            }
            String key = subject.type() + ":" + subject.id() + ":" + message.key() + ":" + s.channel();
            Optional<Instant> notBefore = s.channel().reachesAPhone()
                    ? policy.quietHours().holdUntil(Now.instant(), tenant.zone()) : Optional.empty();
            Queueing q = new Queueing(notBefore, Optional.of(key), message.accessCode());
            switch (s.channel()) {
                case EMAIL -> {
                    String unsubscribe = links.page(tenant, "berhenti/" + s.token());
                    mail.insert(tenant.id(), OutgoingMail.toPerson(s.person(), subject(tenant, message),
                            CitizenTexts.email(tenant.definition().name(), nameEn(tenant), message, subject.reference(),
                                    unsubscribe),
                            message.purpose(), subject.type(), subject.id().toString()), q,
                            Optional.of(links.apiUnsubscribe(tenant, s.token())));
                }
                case SMS -> sms.insert(tenant.id(), new OutgoingSms(hotline(tenant).orElseThrow(), s.person(),
                        CitizenTexts.phone(tenant.definition().name(), message, s.language()), message.purpose(),
                        subject.type(), subject.id().toString()), q);
                case WHATSAPP -> whatsApp.enqueue(tenant.id(), new OutgoingWhatsApp(s.person(),
                        CitizenTexts.whatsApp(tenant.definition().name(), message, s.language()), message.purpose(),
                        subject.type(), subject.id().toString()), notBefore.orElse(null), key,
                        message.accessCode().orElse(null));
            }
        }
    }

    /** The case's subscriptions, for the officers' case page. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Choice> choices(Tenant tenant, Subject subject) {
        return subscriptions.all(tenant.id(), subject.type(), subject.id()).stream()
                .map(s -> new Choice(s.channel(), !s.unsubscribed())).toList();
    }

    /** What an unsubscribe link stops: the case's number and the channel. */
    public record Stopped(String reference, ContactChannel channel, boolean wasActive) {
    }

    /** The subscription behind an unsubscribe link, if the token is one. */
    @Transactional
    public Optional<Stopped> find(Tenant tenant, String token) {
        return scope.call(tenant.id(), () -> subscriptions.byToken(tenant.id(), token)
                .map(s -> new Stopped(s.reference(), s.channel(), !s.unsubscribed())));
    }

    /** Stops the messages of one link; a second click changes nothing. Audited: the citizen's own act. */
    @Transactional
    public Optional<Stopped> unsubscribe(Tenant tenant, String token) {
        return scope.call(tenant.id(), () -> {
            Optional<Subscription> s = subscriptions.byToken(tenant.id(), token);
            s.filter(x -> !x.unsubscribed()).ifPresent(x -> {
                subscriptions.unsubscribe(tenant.id(), token, Now.instant());
                audit.record(tenant.id(), new Actor("citizen", "", null), "NOTIFICATIONS_STOPPED", x.subjectType(),
                        x.subjectId().toString(), java.util.Map.of("channel", x.channel().name()));
            });
            return s.map(x -> new Stopped(x.reference(), x.channel(), !x.unsubscribed()));
        });
    }

    private static String subject(Tenant tenant, CitizenMessage m) {
        return "[" + tenant.definition().name() + "] " + m.subject().id() + " / " + m.subject().en();
    }

    private static String nameEn(Tenant tenant) {
        return tenant.definition().nameEn() == null ? tenant.definition().name() : tenant.definition().nameEn();
    }

    /** The channels a citizen of this regency may choose now, in the order the form shows them. */
    public static List<ContactChannel> offered(Tenant tenant) {
        return java.util.Arrays.stream(ContactChannel.values()).filter(c -> offers(tenant, c)).toList();
    }

    private static Optional<String> hotline(Tenant tenant) {
        return Optional.ofNullable(tenant.definition().channels()).map(c -> c.smsNumber()).filter(n -> !n.isBlank());
    }
}
