package id.balai.information.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.balai.information.domain.InformationClocks;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.Objection;
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
 * passes (Perbup Pasal 22), and on an objection's steps with the last day to go to the Information Commission
 * (UU KIP Ps 37(2)). Both are queued in the step's transaction and sent afterwards (SMS by
 * {@code SmsSender}, e-mail by {@code MailSender}); the address is read from the vault only when sending.
 */
@ApplicationScoped
public class RequesterNotifications {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));

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

    /** The Atasan PPID's answer or the settlement by deliberation, and until when the requester may go further. */
    static String objectionOutcome(Objection o, InformationClocks clocks) {
        String n = o.registerNumber();
        String what = switch (o.status()) {
            case ANSWERED -> "Keberatan " + n + " telah ditanggapi atasan PPID: keberatan Anda "
                    + (o.decision().orElse(null) == Objection.Decision.UPHELD ? "diterima" : "ditolak") + ".";
            case SETTLED -> "Keberatan " + n + " diselesaikan dengan musyawarah.";
            case FILED -> "Keberatan " + n + " tercatat.";
        };
        return what + disputeDeadline(o, clocks, " Bila Anda tidak puas, Anda dapat mengajukan");
    }

    /** The answer's 30 working days passed unanswered (Perbup Pasal 25(2)): the requester may go to the Commission. */
    static String objectionLapsed(Objection o, InformationClocks clocks) {
        return "Atasan PPID belum menanggapi keberatan " + o.registerNumber() + " sampai batasnya, "
                + longDate(o.answerDue()) + "." + disputeDeadline(o, clocks, " Anda dapat mengajukan");
    }

    private static String disputeDeadline(Objection o, InformationClocks clocks, String lead) {
        return o.disputeFileBy(clocks).map(d -> lead + " sengketa informasi ke Komisi Informasi paling lambat "
                + longDate(d) + " (UU KIP Pasal 37(2)).").orElse("");
    }

    /** A date as written in a letter: 5 Agustus 2026. */
    static String longDate(LocalDate d) {
        return LONG_DATE.format(d);
    }
}
