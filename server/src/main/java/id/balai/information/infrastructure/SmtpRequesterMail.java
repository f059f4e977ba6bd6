package id.balai.information.infrastructure;

import id.balai.information.domain.RequesterMail;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** E-mail to requesters through the server's mail session ({@code mail/balai}, the BALAI_SMTP_* settings). */
@ApplicationScoped
public class SmtpRequesterMail implements RequesterMail {

    @Resource(lookup = "mail/balai")
    Session session;

    @Override
    public void send(String to, String subject, String text) {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom();
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            m.setSubject(subject, "UTF-8");
            m.setText(text, "UTF-8");
            Transport.send(m);
        } catch (MessagingException e) {
            throw new NotSent("The e-mail could not be sent: " + e.getMessage(), e);
        }
    }
}
