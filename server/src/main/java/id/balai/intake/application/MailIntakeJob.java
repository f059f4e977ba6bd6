package id.balai.intake.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

import id.balai.intake.domain.InboundMail;
import id.balai.intake.domain.IntakeMailbox;
import id.balai.intake.domain.IntakeReplies;
import id.balai.intake.domain.MessageKey;
import id.balai.notifications.domain.MailGateway;
import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads every configured mailbox of every active regency each {@code mailIntake.pollSeconds} (at most 15 minutes,
 * so that the reply leaves on the day the mail arrived). Every instance reads: each message is taken once, by the
 * claim on its key ({@link MailIntakeService}), whichever instance reads it first.
 */
@ApplicationScoped
public class MailIntakeJob extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(MailIntakeJob.class.getName());
    /** Messages taken per mailbox and round; the rest wait for the next round, a few seconds later. */
    private static final int BATCH = 20;

    @Inject
    TenantRegistry registry;

    @Inject
    Mailboxes imap;

    @Inject
    MailIntakeService intake;

    @Inject
    MailGateway gateway;

    @Inject
    Config config;

    private final Map<String, Instant> nextRead = new ConcurrentHashMap<>();
    private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();

    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofSeconds(5), Duration.ofSeconds(1));
    }

    @Override
    protected void work() {
        Instant now = Instant.now();
        for (Tenant tenant : registry.active()) {
            tenant.definition().mailIntakeIfAny().ifPresent(server -> {
                readIfDue(tenant, server, IntakeMailbox.COMPLAINTS, server.complaints(), now);
                readIfDue(tenant, server, IntakeMailbox.PPID, server.ppid(), now);
            });
        }
    }

    private void readIfDue(Tenant tenant, TenantDefinition.MailIntake server, IntakeMailbox kind,
            TenantDefinition.Mailbox box, Instant now) {
        if (box == null) {
            return;
        }
        String where = tenant.id().value() + "/" + kind;
        if (nextRead.getOrDefault(where, Instant.MIN).isAfter(now)) {
            return;
        }
        nextRead.put(where, now.plusSeconds(server.pollSeconds()));
        Optional<String> password = config.getOptionalValue(box.passwordEnv(), String.class);
        if (password.isEmpty()) {
            LOG.warning(() -> "The " + kind + " mailbox of " + tenant.id().value() + " is not read: "
                    + box.passwordEnv() + " is not set");
            return;
        }
        try {
            imap.read(server, box, password.get(), BATCH, mail -> take(tenant, kind, mail));
            failingSince.remove(where);
        } catch (jakarta.mail.MessagingException e) {
            // An unreachable server or a refused login: one line, no stack, when it starts failing and every ten
            // minutes while it goes on, not every round.
            Instant since = failingSince.putIfAbsent(where, now);
            if (since == null || Duration.between(since, now).getSeconds() % 600 < server.pollSeconds()) {
                LOG.warning(() -> "The " + kind + " mailbox of " + tenant.id().value() + " at " + server.host() + ":"
                        + server.port() + " could not be read (" + e + "); tried again every " + server.pollSeconds()
                        + " s");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The " + kind + " mailbox of " + tenant.id().value() + " at " + server.host()
                    + " could not be read; tried again in " + server.pollSeconds() + " s", e);
        }
    }

    /** Whether the message is done with (taken now or before): then it is flagged seen. */
    private boolean take(Tenant tenant, IntakeMailbox kind, InboundMail mail) {
        try {
            MailIntakeService.Result r = intake.take(tenant, kind, mail);
            r.directReply().ifPresent(reply -> answer(tenant, mail, reply));
            return true;
        } catch (RuntimeException e) {
            // Left unseen and read again next round. The log names the message by its key, never by its sender.
            LOG.log(Level.WARNING, "Mail " + MessageKey.of(mail).substring(0, 12) + " to the " + kind + " mailbox of "
                    + tenant.id().value() + " could not be taken in; tried again next round", e);
            return false;
        }
    }

    /**
     * An answer that is not kept anywhere (no usable content: nothing was stored, not even the sender's address),
     * sent straight away, once; if the mail server refuses it, the sender is not answered.
     */
    private void answer(Tenant tenant, InboundMail mail, IntakeReplies.Reply reply) {
        try {
            gateway.send(mail.from().orElseThrow(), reply.subject(), reply.body(), mail.messageId());
        } catch (MailGateway.MailNotSent e) {
            LOG.warning(() -> "The answer to mail " + MessageKey.of(mail).substring(0, 12) + " of "
                    + tenant.id().value() + " was not sent (the mail server refused it or could not be reached)");
        }
    }
}
