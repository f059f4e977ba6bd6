package id.balai.intake.application;

import java.util.function.Predicate;

import id.balai.intake.domain.InboundMail;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.mail.MessagingException;

/**
 * The port to the regency's mailboxes: the messages waiting in a mailbox, read and then marked as handled. The
 * adapter is {@code intake.infrastructure.ImapMailboxes}.
 */
public interface Mailboxes {

    /**
     * Hands each unseen message (oldest first, at most {@code max}) to {@code taken}, which answers whether it is
     * done with it (then it is flagged \Seen).
     */
    int read(TenantDefinition.MailIntake server, TenantDefinition.Mailbox box, String password, int max,
            Predicate<InboundMail> taken) throws MessagingException;
}
