package id.balai.information.application;

import java.time.Instant;

import id.balai.information.domain.InformationRequest;
import id.balai.notifications.application.MailOutbox;
import id.balai.notifications.domain.OutgoingMail;
import id.balai.notifications.application.SmsOutbox;
import id.balai.notifications.domain.OutgoingSms;
import id.balai.privacy.domain.PersonRef;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells the requester, by SMS and/or e-mail as they left contact, at receipt, extension, notice and when a deadline
 * passes (Perbup Pasal 22). Both are queued in the step's transaction and sent afterwards (SMS by
 * {@code SmsSender}, e-mail by {@code MailSender}); the address is read from the vault only when sending.
 */
@ApplicationScoped
public class RequesterNotifications {

    @Inject
    SmsOutbox sms;

    @Inject
    MailOutbox mail;

    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Tenant tenant, InformationRequest r, String what, String text) {
        PersonRef to = new PersonRef(r.requester());
        String purpose = r.registrationNumber() + ": " + what + " (Perbup Pasal 22)";
        String hotline = tenant.definition().channels() == null ? null : tenant.definition().channels().smsNumber();
        if (r.content().smsContact() && hotline != null) {
            String shortText = "PPID " + tenant.definition().shortCode() + " " + r.registrationNumber() + ": " + text;
            sms.enqueue(tenant.id(), new OutgoingSms(hotline, to,
                    shortText.length() > 300 ? shortText.substring(0, 300) : shortText, purpose,
                    "information_request", r.id().toString()));
        }
        if (r.content().emailContact()) {
            mail.enqueue(tenant.id(), OutgoingMail.toPerson(to, "Permohonan informasi " + r.registrationNumber() + ": "
                    + what, tenant.definition().name() + "\n\n" + text + "\n\nLacak permohonan Anda dengan nomor "
                            + "pendaftaran " + r.registrationNumber() + " dan kode akses Anda.", purpose,
                    "information_request", r.id().toString()));
        }
    }
}
