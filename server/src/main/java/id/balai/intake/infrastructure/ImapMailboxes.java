package id.balai.intake.infrastructure;

import java.io.IOException;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.intake.application.Mailboxes;
import id.balai.intake.domain.InboundMail;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

/**
 * Reads a mailbox's unseen messages over IMAP and flags each one \Seen once the handler has taken it. Messages are
 * read with PEEK (reading does not flag them), so that a message whose handling failed stays unseen and is read
 * again in the next round; one that was taken but whose flag was lost is recognised by its key and only flagged.
 */
@ApplicationScoped
public class ImapMailboxes implements Mailboxes {
    private static final Logger LOG = Logger.getLogger(ImapMailboxes.class.getName());

    /**
     * Hands each unseen message (oldest first, at most {@code max}) to {@code taken}, which answers whether it is
     * done with it (then it is flagged \Seen).
     */
    public int read(TenantDefinition.MailIntake server, TenantDefinition.Mailbox box, String password, int max,
            Predicate<InboundMail> taken) throws MessagingException {
        String protocol = server.security() == TenantDefinition.MailSecurity.TLS ? "imaps" : "imap";
        Session session = Session.getInstance(properties(server, protocol));
        int done = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(server.host(), server.port(), box.username(), password);
            Folder folder = store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            try {
            Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            for (int i = 0; i < Math.min(max, unseen.length); i++) {
                Message m = unseen[i];
                InboundMail mail;
                try {
                    mail = MimeMails.read((MimeMessage) m);
                } catch (IOException | MessagingException | RuntimeException e) {
                    // Left unseen: read again next round. The log names the message's number, never a sender.
                    LOG.log(Level.WARNING, "Message " + m.getMessageNumber() + " of a mailbox could not be read",
                            e);
                    continue;
                }
                if (taken.test(mail)) {
                    m.setFlag(Flags.Flag.SEEN, true);
                    done++;
                }
            }
            } finally {
                if (folder.isOpen()) {
                    folder.close(false);
                }
            }
        }
        return done;
    }

    static Properties properties(TenantDefinition.MailIntake server, String protocol) {
        Properties p = new Properties();
        String k = "mail." + protocol + ".";
        p.setProperty("mail.store.protocol", protocol);
        p.setProperty(k + "connectiontimeout", "10000");
        p.setProperty(k + "timeout", "30000");
        p.setProperty(k + "writetimeout", "30000");
        // Reading a message must not flag it: only a message taken is flagged \Seen, after its transaction.
        p.setProperty(k + "peek", "true");
        switch (server.security()) {
            case TLS -> p.setProperty(k + "ssl.checkserveridentity", "true");
            case STARTTLS -> {
                p.setProperty(k + "starttls.enable", "true");
                p.setProperty(k + "starttls.required", "true");
                p.setProperty(k + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return p;
    }
}
