package id.balai.notifications.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.notifications.domain.WhatsAppAccount;
import id.balai.notifications.domain.WhatsAppDelivery;
import id.balai.notifications.domain.WhatsAppGateway;
import id.balai.notifications.domain.WhatsAppNotSent;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.PhoneNumber;
import id.balai.privacy.domain.AccessReason;
import id.balai.privacy.domain.PersonalData;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends what the WhatsApp outbox holds, every few seconds, regency by regency ({@link OutboxSender}), with the SMS
 * outbox's retries ({@link OutboxRetries}). For each message it decides when the row is claimed
 * ({@link WhatsAppDelivery}): text inside the citizen's 24-hour window, the tenant's template outside it, and nothing
 * (the row given up with the reason) without a template. The number is read through the vault then, audited like an
 * officer's read. A tenant whose channel is off keeps its rows until it is on again.
 */
@ApplicationScoped
public class WhatsAppSender extends OutboxSender<WhatsAppQueue.Pending, WhatsAppSender.Message> {
    private static final Actor SENDER = new Actor("system:whatsapp-sender", "", null);

    @Inject
    WhatsAppQueue rows;

    @Inject
    WhatsAppSessions sessions;

    @Inject
    WhatsAppAccounts accounts;

    @Inject
    WhatsAppGateway gateway;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditLog audit;

    /** A message ready to leave, from the regency's account. */
    record Message(WhatsAppAccount account, String to, WhatsAppGateway.Payload payload) {
        String sentAs() {
            return payload instanceof WhatsAppGateway.Template ? "TEMPLATE" : "TEXT";
        }
    }

    /** Every instance sends: the outbox rows are claimed with SKIP LOCKED, so each is sent by one. */
    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofSeconds(6), Duration.ofSeconds(3));
    }

    @Override
    protected String channel() {
        return "WhatsApp";
    }

    @Override
    protected int batch() {
        return 10;
    }

    @Override
    protected boolean open(Tenant tenant) {
        return accounts.of(tenant).isPresent();
    }

    @Override
    protected List<WhatsAppQueue.Pending> lockDue(Tenant tenant, Instant now, int limit) {
        return rows.lockDue(tenant.id(), now, limit);
    }

    @Override
    protected void lease(Tenant tenant, List<UUID> ids, Instant until) {
        rows.lease(tenant.id(), ids, until);
    }

    @Override
    protected UUID id(WhatsAppQueue.Pending row) {
        return row.id();
    }

    @Override
    protected int attempts(WhatsAppQueue.Pending row) {
        return row.attempts();
    }

    @Override
    protected Prepared<Message> prepare(Tenant tenant, WhatsAppQueue.Pending p, Instant now) {
        Optional<WhatsAppAccount> account = accounts.of(tenant);
        if (account.isEmpty()) {
            return new Refused<>("The regency's WhatsApp channel is off");
        }
        WhatsAppDelivery.Decision decision = WhatsAppDelivery.decide(MailSender.withSecret(p.message().text(),
                p.secret()), sessions.lastInbound(tenant.id(), p.message().recipient()), now,
                account.get().template());
        if (decision instanceof WhatsAppDelivery.Refuse refuse) {
            return new Refused<>(refuse.reason());
        }
        audit.record(tenant.id(), SENDER, "PERSONAL_DATA_READ", p.message().subjectType(), p.message().subjectId(),
                Map.of("purpose", p.message().purpose()));
        Optional<PhoneNumber> to = vault.read(tenant.id(), p.message().recipient(),
                new AccessReason(SENDER.id(), p.message().purpose())).map(PersonalData::phone)
                .flatMap(PhoneNumber::parse);
        if (to.isEmpty()) {
            return new Refused<>("The recipient has no phone number (erased or none)");
        }
        return new ToSend<>(new Message(account.get(), to.get().e164(), ((WhatsAppDelivery.Send) decision).payload()));
    }

    @Override
    protected Optional<String> send(Tenant tenant, Message m) throws NotSent {
        try {
            return Optional.ofNullable(gateway.send(m.account(), m.to(), m.payload()));
        } catch (WhatsAppNotSent e) {
            throw new NotSent(e.getMessage());
        }
    }

    @Override
    protected void markSent(Tenant tenant, Ready<Message> sent, Optional<String> delivery, Instant at) {
        rows.markSent(tenant.id(), sent.id(), at, sent.message().sentAs(), delivery.orElse(null));
    }

    @Override
    protected void markFailed(Tenant tenant, UUID id, String error, Instant now, Instant retryAt) {
        rows.markFailed(tenant.id(), id, error, now, retryAt);
    }
}
