package id.balai.notifications.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import id.balai.notifications.domain.MailGateway;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Writes each e-mail as an {@code .eml} file into a folder instead of sending it: what {@code ./mvnw -Prun} uses, so
 * that a developer reads every message the platform would send (open one with any mail program) and no citizen is
 * ever mailed from a laptop.
 */
public class FileMailGateway implements MailGateway {

    private final Path folder;
    private final String from;

    public FileMailGateway(Path folder, String from) {
        this.folder = folder;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String body, Map<String, String> headers) {
        Properties p = new Properties();
        p.setProperty("mail.from", from);
        try {
            Files.createDirectories(folder);
            MimeMessage m = SmtpMailGateway.message(Session.getInstance(p), to, subject, body, headers);
            Path file = folder.resolve(Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                m.writeTo(out);
            }
        } catch (IOException | MessagingException e) {
            throw new MailNotSent("The e-mail could not be written to " + folder + ": " + e.getMessage(), e);
        }
    }
}
