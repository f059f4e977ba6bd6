package id.balai.notifications.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import id.balai.audit.domain.Actor;
import id.balai.audit.infrastructure.AuditTrail;
import id.balai.notifications.domain.CitizenMessage;
import id.balai.notifications.domain.MailGateway;
import id.balai.notifications.domain.MailSent;
import id.balai.notifications.infrastructure.MailOutboxRepository;
import id.balai.platform.application.PeriodicJob;
import id.balai.privacy.domain.AccessReason;
import id.balai.privacy.domain.PersonalData;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.application.EachTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Sends what the mail outbox holds, every few seconds, tenant by tenant, with the SMS outbox's retries. A
 * citizen's address is read through the vault at the moment of sending (audited); an officer's is on the row.
 */
@ApplicationScoped
public class MailSender extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    /**
     * Messages per regency and round (every 7 s). Since every citizen hears back (issue 16) a busy regency queues
     * many more messages than officers' reminders did: 20 a round let a backlog delay a same-day reply by minutes.
     */
    private static final int BATCH = 100;
    /** How long one regency's round may go on sending, well inside the 120 s transaction timeout. */
    private static final Duration ROUND_BUDGET = Duration.ofSeconds(20);
    private static final Actor SENDER = new Actor("system:mail-sender", "", null);

    @Inject
    MailOutboxRepository rows;

    @Inject
    MailGateway gateway;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditTrail audit;

    @Inject
    EachTenant tenants;

    /** Observers record a delivery where the law asks (see {@link MailSent}). */
    @Inject
    Event<MailSent> sent;

    /** Every instance sends: the rows are locked with SKIP LOCKED, so each message is sent by one. */
    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofSeconds(7), Duration.ofSeconds(5));
    }

    @Override
    protected void work() {
        tenants.run("Sending the mail outbox", this::sendDue);
    }

    private void sendDue(Tenant tenant) {
        Instant now = Instant.now();
        // A round holds its rows in one transaction: a slow mail server (30 s per send at worst) must not carry it
        // past the transaction timeout, which would undo the whole round and send it all again. What is left waits
        // for the next round, unlocked.
        Instant stopAt = now.plus(ROUND_BUDGET);
        for (MailOutboxRepository.Pending p : rows.lockDue(tenant.id(), now, BATCH)) {
            if (Instant.now().isAfter(stopAt)) {
                break;
            }
            Optional<String> to = p.mail().address().or(() -> p.mail().person().flatMap(person -> {
                audit.record(tenant.id(), SENDER, "PERSONAL_DATA_READ", p.mail().subjectType(),
                        p.mail().subjectId(), Map.of("purpose", p.mail().purpose()));
                return vault.read(tenant.id(), person, new AccessReason(SENDER.id(), p.mail().purpose()))
                        .map(PersonalData::email);
            }));
            if (to.isEmpty()) {
                rows.markFailed(tenant.id(), p.id(), "The recipient has no e-mail address (erased or none)", now,
                        null);
                continue;
            }
            try {
                gateway.send(to.get(), p.mail().subject(), withSecret(p.mail().body(), p.secret()), headers(p));
                Instant sentAt = Instant.now();
                rows.markSent(tenant.id(), p.id(), sentAt);
                sent.fire(new MailSent(tenant.id(), p.mail().subjectType(), p.mail().subjectId(), p.mail().purpose(),
                        p.mail().inReplyTo().isPresent(), sentAt));
            } catch (MailGateway.MailNotSent e) {
                Optional<Instant> retry = OutboxRetries.after(p.attempts() + 1, now);
                LOG.warning(() -> "E-mail " + p.id() + " of " + tenant.id().value() + " not sent (attempt "
                        + (p.attempts() + 1) + "/" + OutboxRetries.MAX_ATTEMPTS + ", "
                        + (retry.isPresent() ? "retried" : "given up") + "): " + e.getMessage());
                rows.markFailed(tenant.id(), p.id(), e.getMessage(), now, retry.orElse(null));
            }
        }
    }

    /** The access code goes into the text only now, on its way out; the row never holds it in the text. */
    static String withSecret(String text, Optional<String> secret) {
        return secret.map(code -> text.replace(CitizenMessage.ACCESS_CODE, code)).orElse(text);
    }

    /**
     * A citizen's e-mail can be stopped with one click from the mail program (RFC 2369, RFC 8058); an answer to a
     * citizen's e-mail names it (In-Reply-To).
     */
    private static Map<String, String> headers(MailOutboxRepository.Pending p) {
        Map<String, String> h = new java.util.HashMap<>(MailGateway.replyHeaders(p.mail().inReplyTo()));
        p.unsubscribeUrl().ifPresent(url -> {
            h.put("List-Unsubscribe", "<" + url + ">");
            h.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        });
        return h;
    }
}
