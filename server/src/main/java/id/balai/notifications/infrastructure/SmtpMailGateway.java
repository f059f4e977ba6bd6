package id.balai.notifications.infrastructure;

import java.util.Optional;

import id.balai.notifications.domain.MailGateway;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** E-mail through the server's mail session ({@code mail/balai} in server.xml, set by the BALAI_SMTP_* variables). */
@ApplicationScoped
public class SmtpMailGateway implements MailGateway {

    @Resource(lookup = "mail/balai")
    Session session;

    @Override
    public void send(String to, String subject, String body, Optional<String> inReplyTo) {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom();
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            m.setSubject(subject, "UTF-8");
            m.setText(body, "UTF-8");
            // RFC 3834 3.1.7: automatic responses say so, and so do notices; a well-behaved responder on the
            // other side then never answers them, and our own intake recognises them (MailTriage).
            m.setHeader("Auto-Submitted", inReplyTo.isPresent() ? "auto-replied" : "auto-generated");
            m.setHeader(LOOP_HEADER, "1");
            if (inReplyTo.isPresent()) {
                m.setHeader("In-Reply-To", inReplyTo.get());
                m.setHeader("References", inReplyTo.get());
            }
            Transport.send(m);
        } catch (MessagingException e) {
            throw new MailNotSent("The e-mail could not be sent: " + e.getMessage(), e);
        }
    }
}
