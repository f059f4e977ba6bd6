package id.balai.notifications.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.notifications.domain.SmsGateway;
import id.balai.notifications.domain.SmsNotSent;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.PhoneNumber;
import id.balai.privacy.domain.AccessReason;
import id.balai.privacy.domain.PersonalData;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends what the SMS outbox holds, every few seconds, regency by regency ({@link OutboxSender}). A failed send is
 * tried again after 30 s, 1, 2 and 4 min, then given up and logged; the row keeps the last error. The recipient's
 * number is read through the vault when the row is claimed, with the message's purpose as the reason, and the read
 * is audited like an officer's.
 */
@ApplicationScoped
public class SmsSender extends OutboxSender<SmsQueue.Pending, SmsSender.Sms> {
    static final int MAX_ATTEMPTS = OutboxRetries.MAX_ATTEMPTS;
    private static final Actor SENDER = new Actor("system:sms-sender", "", null);

    @Inject
    SmsQueue rows;

    @Inject
    SmsGateway gateway;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditLog audit;

    /** An SMS ready to leave. */
    record Sms(String from, String to, String text) {
    }

    /** Every instance sends: the outbox rows are claimed with SKIP LOCKED, so each is sent by one. */
    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Override
    protected String channel() {
        return "SMS";
    }

    /** A local Kannel takes them in milliseconds each. */
    @Override
    protected int batch() {
        return 50;
    }

    @Override
    protected List<SmsQueue.Pending> lockDue(Tenant tenant, Instant now, int limit) {
        return rows.lockDue(tenant.id(), now, limit);
    }

    @Override
    protected void lease(Tenant tenant, List<UUID> ids, Instant until) {
        rows.lease(tenant.id(), ids, until);
    }

    @Override
    protected UUID id(SmsQueue.Pending row) {
        return row.id();
    }

    @Override
    protected int attempts(SmsQueue.Pending row) {
        return row.attempts();
    }

    @Override
    protected Prepared<Sms> prepare(Tenant tenant, SmsQueue.Pending p, Instant now) {
        audit.record(tenant.id(), SENDER, "PERSONAL_DATA_READ", p.sms().subjectType(), p.sms().subjectId(),
                Map.of("purpose", p.sms().purpose()));
        Optional<PhoneNumber> to = vault.read(tenant.id(), p.sms().recipient(),
                new AccessReason(SENDER.id(), p.sms().purpose())).map(PersonalData::phone)
                .flatMap(PhoneNumber::parse);
        if (to.isEmpty()) {
            // Erased meanwhile, or never a phone: nothing to retry.
            return new Refused<>("The recipient has no phone number (erased or none)");
        }
        return new ToSend<>(new Sms(p.sms().fromNumber(), to.get().e164(),
                MailSender.withSecret(p.sms().text(), p.secret())));
    }

    @Override
    protected Optional<String> send(Tenant tenant, Sms sms) throws NotSent {
        try {
            gateway.send(sms.from(), sms.to(), sms.text());
            return Optional.empty();
        } catch (SmsNotSent e) {
            throw new NotSent(e.getMessage());
        }
    }

    @Override
    protected void markSent(Tenant tenant, Ready<Sms> sent, Optional<String> delivery, Instant at) {
        rows.markSent(tenant.id(), sent.id(), at);
    }

    @Override
    protected void markFailed(Tenant tenant, UUID id, String error, Instant now, Instant retryAt) {
        rows.markFailed(tenant.id(), id, error, now, retryAt);
    }

    /** After the n-th failed attempt: 30 s, 1 min, 2 min, 4 min later; none after the last. */
    static Optional<Instant> retryAt(int failedAttempts, Instant now) {
        return OutboxRetries.after(failedAttempts, now);
    }
}
