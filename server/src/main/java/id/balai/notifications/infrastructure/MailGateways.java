package id.balai.notifications.infrastructure;

import java.nio.file.Path;

import org.eclipse.microprofile.config.Config;

import id.balai.notifications.domain.MailGateway;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Session;

/**
 * Chooses where e-mail goes by configuration ({@code BALAI_MAIL_GATEWAY}): {@code smtp}, the default, through the
 * server's mail session; or {@code file}, into {@code BALAI_MAIL_DIR} (default: the data folder's
 * {@code mail-out}) as {@code .eml} files, which is what {@code ./mvnw -Prun} does.
 */
@ApplicationScoped
public class MailGateways {

    @Inject
    Config config;

    @Resource(lookup = "mail/balai")
    Session session;

    @Produces
    @ApplicationScoped
    MailGateway gateway() {
        String kind = config.getOptionalValue("BALAI_MAIL_GATEWAY", String.class).orElse("smtp").trim();
        return switch (kind) {
            case "smtp" -> new SmtpMailGateway(session);
            case "file" -> new FileMailGateway(config.getOptionalValue("BALAI_MAIL_DIR", String.class).filter(s -> !s.isBlank()).map(Path::of)
                    .orElseGet(() -> Path.of(config.getOptionalValue("BALAI_DATA_DIR", String.class).orElse("data"))
                            .resolve("mail-out")),
                    config.getOptionalValue("BALAI_SMTP_FROM", String.class).orElse("spikm@localhost"));
            default -> throw new IllegalStateException("BALAI_MAIL_GATEWAY must be smtp or file, is " + kind);
        };
    }
}
