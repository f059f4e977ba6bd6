package id.balai.notifications.infrastructure;

import java.util.Map;

import id.balai.notifications.domain.MailGateway;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** E-mail through the server's mail session ({@code mail/balai} in server.xml, set by the BALAI_SMTP_* variables). */
public class SmtpMailGateway implements MailGateway {

    private final Session session;

    public SmtpMailGateway(Session session) {
        this.session = session;
    }

    @Override
    public void send(String to, String subject, String body, Map<String, String> headers) {
        try {
            Transport.send(message(session, to, subject, body, headers));
        } catch (MessagingException e) {
            throw new MailNotSent("The e-mail could not be sent: " + e.getMessage(), e);
        }
    }

    /** The message as it leaves: plain UTF-8 text, from the session's sender, marked as sent by a machine. */
    static MimeMessage message(Session session, String to, String subject, String body, Map<String, String> headers)
            throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom();
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        // RFC 3834 3.1.7: automatic messages say so; a well-behaved responder on the other side then never answers
        // them, and Balai's own intake recognises them (MailTriage).
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setHeader(LOOP_HEADER, "1");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            m.setHeader(h.getKey(), h.getValue());
        }
        m.setSentDate(new java.util.Date());
        m.saveChanges();
        return m;
    }
}
