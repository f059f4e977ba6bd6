package id.balai.notifications.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import id.balai.audit.domain.Actor;
import id.balai.audit.infrastructure.AuditTrail;
import id.balai.notifications.domain.WhatsAppAccount;
import id.balai.notifications.domain.WhatsAppDelivery;
import id.balai.notifications.domain.WhatsAppGateway;
import id.balai.notifications.domain.WhatsAppNotSent;
import id.balai.notifications.infrastructure.WhatsAppOutboxRepository;
import id.balai.platform.application.PeriodicJob;
import id.balai.privacy.domain.AccessReason;
import id.balai.privacy.domain.PersonalData;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.privacy.domain.PhoneNumber;
import id.balai.tenancy.application.EachTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends what the WhatsApp outbox holds, every few seconds, tenant by tenant, with the SMS outbox's retries
 * ({@link OutboxRetries}). For each message it decides at the moment of sending ({@link WhatsAppDelivery}): text
 * inside the citizen's 24-hour window, the tenant's template outside it, and nothing (the row given up with the
 * reason) without a template. The number is read through the vault then, audited like an officer's read. A tenant
 * whose channel is off keeps its rows until it is on again.
 */
@ApplicationScoped
public class WhatsAppSender extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(WhatsAppSender.class.getName());
    private static final int BATCH = 10;
    private static final Actor SENDER = new Actor("system:whatsapp-sender", "", null);

    @Inject
    WhatsAppOutboxRepository rows;

    @Inject
    WhatsAppSessions sessions;

    @Inject
    WhatsAppAccounts accounts;

    @Inject
    WhatsAppGateway gateway;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditTrail audit;

    @Inject
    EachTenant tenants;

    /** Every instance sends: the outbox rows are locked with SKIP LOCKED, so each is sent by one. */
    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofSeconds(6), Duration.ofSeconds(3));
    }

    @Override
    protected void work() {
        tenants.run("Sending the WhatsApp outbox", this::sendDue);
    }

    private void sendDue(Tenant tenant) {
        Optional<WhatsAppAccount> account = accounts.of(tenant);
        if (account.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        for (WhatsAppOutboxRepository.Pending p : rows.lockDue(tenant.id(), now, BATCH)) {
            WhatsAppDelivery.Decision decision = WhatsAppDelivery.decide(MailSender.withSecret(p.message().text(),
                    p.secret()),
                    sessions.lastInbound(tenant.id(), p.message().recipient()), now, account.get().template());
            if (decision instanceof WhatsAppDelivery.Refuse refuse) {
                rows.markFailed(tenant.id(), p.id(), refuse.reason(), now, null);
                continue;
            }
            WhatsAppGateway.Payload payload = ((WhatsAppDelivery.Send) decision).payload();
            audit.record(tenant.id(), SENDER, "PERSONAL_DATA_READ", p.message().subjectType(),
                    p.message().subjectId(), Map.of("purpose", p.message().purpose()));
            Optional<PhoneNumber> to = vault.read(tenant.id(), p.message().recipient(),
                    new AccessReason(SENDER.id(), p.message().purpose())).map(PersonalData::phone)
                    .flatMap(PhoneNumber::parse);
            if (to.isEmpty()) {
                rows.markFailed(tenant.id(), p.id(), "The recipient has no phone number (erased or none)", now, null);
                continue;
            }
            try {
                String id = gateway.send(account.get(), to.get().e164(), payload);
                rows.markSent(tenant.id(), p.id(), now,
                        payload instanceof WhatsAppGateway.Template ? "TEMPLATE" : "TEXT", id);
            } catch (WhatsAppNotSent e) {
                Optional<Instant> retry = OutboxRetries.after(p.attempts() + 1, now);
                LOG.warning(() -> "WhatsApp " + p.id() + " of " + tenant.id().value() + " not sent (attempt "
                        + (p.attempts() + 1) + "/" + OutboxRetries.MAX_ATTEMPTS + ", "
                        + (retry.isPresent() ? "retried" : "given up") + "): " + e.getMessage());
                rows.markFailed(tenant.id(), p.id(), e.getMessage(), now, retry.orElse(null));
            }
        }
    }
}
