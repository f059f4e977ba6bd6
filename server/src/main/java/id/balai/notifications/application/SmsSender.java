package id.balai.notifications.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import id.balai.audit.domain.Actor;
import id.balai.audit.infrastructure.AuditTrail;
import id.balai.notifications.domain.SmsGateway;
import id.balai.notifications.domain.SmsNotSent;
import id.balai.notifications.infrastructure.SmsOutboxRepository;
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
 * Sends what the outbox holds, every few seconds, tenant by tenant (row-level security: one tenant per
 * transaction). A failed send is tried again after 30 s, 1, 2 and 4 min, then given up and logged; the row keeps
 * the last error. The recipient's number is read through the vault at the moment of sending, with the message's
 * purpose as the reason, and the read is audited like an officer's.
 */
@ApplicationScoped
public class SmsSender extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(SmsSender.class.getName());
    static final int MAX_ATTEMPTS = OutboxRetries.MAX_ATTEMPTS;
    /** Messages per regency and round (every 5 s): a local Kannel takes them in milliseconds each. */
    private static final int BATCH = 50;
    private static final Actor SENDER = new Actor("system:sms-sender", "", null);

    @Inject
    SmsOutboxRepository rows;

    @Inject
    SmsGateway gateway;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditTrail audit;

    @Inject
    EachTenant tenants;

    /** Every instance sends: the outbox rows are locked with SKIP LOCKED, so each is sent by one. */
    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Override
    protected void work() {
        tenants.run("Sending the SMS outbox", this::sendDue);
    }

    private void sendDue(Tenant tenant) {
        Instant now = Instant.now();
        for (SmsOutboxRepository.Pending p : rows.lockDue(tenant.id(), now, BATCH)) {
            audit.record(tenant.id(), SENDER, "PERSONAL_DATA_READ", p.sms().subjectType(), p.sms().subjectId(),
                    Map.of("purpose", p.sms().purpose()));
            Optional<PhoneNumber> to = vault.read(tenant.id(), p.sms().recipient(),
                    new AccessReason(SENDER.id(), p.sms().purpose())).map(PersonalData::phone)
                    .flatMap(PhoneNumber::parse);
            if (to.isEmpty()) {
                // Erased meanwhile, or never a phone: nothing to retry.
                rows.markFailed(tenant.id(), p.id(), "The recipient has no phone number (erased or none)", now, null);
                continue;
            }
            try {
                gateway.send(p.sms().fromNumber(), to.get().e164(), MailSender.withSecret(p.sms().text(), p.secret()));
                rows.markSent(tenant.id(), p.id(), now);
            } catch (SmsNotSent e) {
                Optional<Instant> retry = retryAt(p.attempts() + 1, now);
                LOG.warning(() -> "SMS " + p.id() + " of " + tenant.id().value() + " not sent (attempt "
                        + (p.attempts() + 1) + "/" + MAX_ATTEMPTS + ", " + (retry.isPresent() ? "retried" : "given up")
                        + "): " + e.getMessage());
                rows.markFailed(tenant.id(), p.id(), e.getMessage(), now, retry.orElse(null));
            }
        }
    }

    /** After the n-th failed attempt: 30 s, 1 min, 2 min, 4 min later; none after the last. */
    static Optional<Instant> retryAt(int failedAttempts, Instant now) {
        return OutboxRetries.after(failedAttempts, now);
    }
}
