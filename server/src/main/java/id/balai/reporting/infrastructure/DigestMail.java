package id.balai.reporting.infrastructure;

import java.util.List;

import id.balai.reporting.application.DigestMailer;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import id.balai.platform.infrastructure.PdfFormat;

/**
 * Sends the daily digest by e-mail through the server's mail session ({@code mail/balai} in server.xml: SMTP host,
 * port, sender and optional credentials from the BALAI_SMTP_* variables).
 */
@ApplicationScoped
public class DigestMail implements DigestMailer {

    @Resource(lookup = "mail/balai")
    Session session;

    public void send(List<String> recipients, String subject, String text, byte[] pdf, String fileName) {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom();
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", recipients)));
            m.setSubject(subject, "UTF-8");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, PdfFormat.MEDIA_TYPE)));
            attachment.setFileName(fileName);
            m.setContent(new MimeMultipart(body, attachment));
            Transport.send(m);
        } catch (MessagingException e) {
            throw new NotSent(e);
        }
    }
}
