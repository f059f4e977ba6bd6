package id.balai.notifications.application;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.notifications.domain.CitizenMessage;
import id.balai.notifications.domain.MailGateway;
import id.balai.notifications.domain.MailSent;
import id.balai.platform.domain.Actor;
import id.balai.privacy.domain.AccessReason;
import id.balai.privacy.domain.PersonalData;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Sends what the mail outbox holds, every few seconds, regency by regency ({@link OutboxSender}), with the SMS
 * outbox's retries. A citizen's address is read through the vault when the row is claimed (audited); an officer's
 * is on the row.
 */
@ApplicationScoped
public class MailSender extends OutboxSender<MailQueue.Pending, MailSender.Mail> {
    private static final Actor SENDER = new Actor("system:mail-sender", "", null);

    @Inject
    MailQueue rows;

    @Inject
    MailGateway gateway;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditLog audit;

    /** Observers record a delivery where the law asks (see {@link MailSent}), after the sent mark is committed. */
    @Inject
    Event<MailSent> sent;

    /** A mail ready to leave, and what it answers. */
    record Mail(String to, String subject, String body, Map<String, String> headers, String subjectType,
            String subjectId, String purpose, boolean answer) {
    }

    /** Every instance sends: the rows are claimed with SKIP LOCKED, so each message is sent by one. */
    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofSeconds(7), Duration.ofSeconds(5));
    }

    @Override
    protected String channel() {
        return "E-mail";
    }

    /**
     * Since every citizen hears back (issue 16) a busy regency queues many more messages than officers' reminders
     * did: 20 a round let a backlog delay a same-day reply by minutes.
     */
    @Override
    protected int batch() {
        return 100;
    }

    @Override
    protected List<MailQueue.Pending> lockDue(Tenant tenant, Instant now, int limit) {
        return rows.lockDue(tenant.id(), now, limit);
    }

    @Override
    protected void lease(Tenant tenant, List<UUID> ids, Instant until) {
        rows.lease(tenant.id(), ids, until);
    }

    @Override
    protected UUID id(MailQueue.Pending row) {
        return row.id();
    }

    @Override
    protected int attempts(MailQueue.Pending row) {
        return row.attempts();
    }

    @Override
    protected Prepared<Mail> prepare(Tenant tenant, MailQueue.Pending p, Instant now) {
        Optional<String> to = p.mail().address().or(() -> p.mail().person().flatMap(person -> {
            audit.record(tenant.id(), SENDER, "PERSONAL_DATA_READ", p.mail().subjectType(), p.mail().subjectId(),
                    Map.of("purpose", p.mail().purpose()));
            return vault.read(tenant.id(), person, new AccessReason(SENDER.id(), p.mail().purpose()))
                    .map(PersonalData::email);
        }));
        if (to.isEmpty()) {
            return new Refused<>("The recipient has no e-mail address (erased or none)");
        }
        return new ToSend<>(new Mail(to.get(), p.mail().subject(), withSecret(p.mail().body(), p.secret()),
                headers(p), p.mail().subjectType(), p.mail().subjectId(), p.mail().purpose(),
                p.mail().inReplyTo().isPresent()));
    }

    @Override
    protected Optional<String> send(Tenant tenant, Mail m) throws NotSent {
        try {
            gateway.send(m.to(), m.subject(), m.body(), m.headers());
            return Optional.empty();
        } catch (MailGateway.MailNotSent e) {
            throw new NotSent(e.getMessage());
        }
    }

    @Override
    protected void markSent(Tenant tenant, Ready<Mail> mail, Optional<String> delivery, Instant at) {
        rows.markSent(tenant.id(), mail.id(), at);
    }

    @Override
    protected void afterSent(Tenant tenant, Mail m, Instant at) {
        sent.fire(new MailSent(tenant.id(), m.subjectType(), m.subjectId(), m.purpose(), m.answer(), at));
    }

    @Override
    protected void markFailed(Tenant tenant, UUID id, String error, Instant now, Instant retryAt) {
        rows.markFailed(tenant.id(), id, error, now, retryAt);
    }

    /** The access code goes into the text only now, on its way out; the row never holds it in the text. */
    static String withSecret(String text, Optional<String> secret) {
        return secret.map(code -> text.replace(CitizenMessage.ACCESS_CODE, code)).orElse(text);
    }

    /**
     * A citizen's e-mail can be stopped with one click from the mail program (RFC 2369, RFC 8058); an answer to a
     * citizen's e-mail names it (In-Reply-To).
     */
    private static Map<String, String> headers(MailQueue.Pending p) {
        Map<String, String> h = new HashMap<>(MailGateway.replyHeaders(p.mail().inReplyTo()));
        p.unsubscribeUrl().ifPresent(url -> {
            h.put("List-Unsubscribe", "<" + url + ">");
            h.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        });
        return h;
    }
}
