package id.balai.information.application;

import java.time.LocalDate;
import java.util.Optional;

import id.balai.information.domain.InformationClocks;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.Objection;
import id.balai.information.domain.RequestStatus;
import id.balai.information.domain.WrittenNotice;
import id.balai.notifications.application.CitizenNotifications;
import id.balai.notifications.application.CitizenNotifications.Subject;
import id.balai.notifications.domain.CitizenMessage;
import id.balai.notifications.domain.CitizenMessage.Text;
import id.balai.notifications.domain.ContactChannel;
import id.balai.notifications.domain.NotificationEvent;
import id.balai.platform.domain.LongDate;
import id.balai.privacy.domain.PersonRef;
import id.balai.tenancy.application.PortalLinks;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells the requester, on the channels they left (SMS and/or e-mail), at receipt, confirmation, extension, notice and
 * when a deadline passes (Perbup Pasal 22), and on an objection's steps with the last day to go to the Information
 * Commission (UU KIP Ps 37(2)). Since issue 16 this runs on the citizens' notification policy of the regency (its
 * events, channels and quiet hours, both languages, an unsubscribe link in every e-mail), like SPIKM's reporters.
 */
@ApplicationScoped
public class RequesterNotifications {

    @Inject
    CitizenNotifications notifications;

    @Inject
    PortalLinks links;

    /** Records the requester's channels: every later notice goes there (issue 16). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void subscribe(Tenant tenant, InformationRequest r) {
        PersonRef to = new PersonRef(r.requester());
        if (r.content().smsContact()) {
            notifications.subscribe(tenant, subject(r), to, ContactChannel.SMS, "id");
        }
        if (r.content().emailContact()) {
            notifications.subscribe(tenant, subject(r), to, ContactChannel.EMAIL, "id");
        }
    }

    /**
     * The receipt with the registration number (Perbup Pasal 22(4); 22(9) for an e-mailed request), on the channels
     * {@link #subscribe} recorded. The e-mail intake answers the requester's own message instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receipt(Tenant tenant, InformationRequest r) {
        String n = r.registrationNumber();
        boolean awaiting = r.status() == RequestStatus.AWAITING_CONFIRMATION;
        tell(tenant, r, NotificationEvent.REQUEST_RECEIVED, "received", "diterima", "received",
                new Text("Permohonan informasi Anda diterima dengan nomor pendaftaran " + n + (awaiting
                        ? ". Permohonan lewat e-mail dilayani bila Anda mengonfirmasinya hari ini (telepon, SMS, surat "
                                + "atau faks; Perbup Pasal 22(9))."
                        : ". Pemberitahuan tertulis paling lambat " + LongDate.id(r.noticeDue()) + "."),
                        "Your request for information is registered as " + n + (awaiting
                                ? ". A request by e-mail is served once you confirm it today (by phone, SMS, letter "
                                        + "or fax)."
                                : ". The written notice is due by " + LongDate.en(r.noticeDue()) + ".")));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(Tenant tenant, InformationRequest r) {
        tell(tenant, r, NotificationEvent.REQUEST_CONFIRMATION, "confirmed", "dikonfirmasi", "confirmed",
                new Text("Permohonan dikonfirmasi. Pemberitahuan tertulis paling lambat " + LongDate.id(r.noticeDue())
                        + ".", "Your request is confirmed. The written notice is due by " + LongDate.en(r.noticeDue())
                                + "."));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lapsed(Tenant tenant, InformationRequest r) {
        tell(tenant, r, NotificationEvent.REQUEST_CONFIRMATION, "lapsed", "tidak dikonfirmasi", "not confirmed",
                new Text("Permohonan lewat e-mail tidak dikonfirmasi pada hari penerimaan sehingga tidak dilayani "
                        + "(Perbup Pasal 22(9)).", "The request by e-mail was not confirmed on the day it was "
                                + "received, so it is not served."));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void extended(Tenant tenant, InformationRequest r) {
        String reason = r.extensionReason().orElse("");
        tell(tenant, r, NotificationEvent.REQUEST_EXTENDED, "extended", "perpanjangan", "extension",
                new Text("Tenggat pemberitahuan tertulis diperpanjang sampai " + LongDate.id(r.noticeDue()) + ": "
                        + reason, "The written notice's deadline is extended to " + LongDate.en(r.noticeDue())
                                + ". Reason (in Indonesian): " + reason));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noticeIssued(Tenant tenant, InformationRequest r) {
        String outcome = r.notice().map(RequesterNotifications::outcomeId).orElse("");
        String outcomeEn = r.notice().map(RequesterNotifications::outcomeEn).orElse("");
        String track = links.requestTracking(tenant, r.registrationNumber());
        tell(tenant, r, NotificationEvent.REQUEST_NOTICE_ISSUED, "notice", "pemberitahuan tertulis", "written notice",
                new Text("Pemberitahuan tertulis sudah terbit: " + outcome + ". Unduh di halaman pelacakan: " + track,
                        "The written notice is issued: " + outcomeEn + ". Download it from the tracking page: "
                                + track));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void overdue(Tenant tenant, InformationRequest r) {
        tell(tenant, r, NotificationEvent.REQUEST_OVERDUE, "overdue", "tenggat lewat", "deadline passed",
                new Text("Pemberitahuan tertulis belum terbit sampai " + LongDate.id(r.noticeDue())
                        + ". Anda dapat mengajukan keberatan kepada atasan PPID (alasan c dan g).",
                        "The written notice was not issued by " + LongDate.en(r.noticeDue())
                                + ". You may object to the PPID's superior (grounds c and g)."));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void objectionFiled(Tenant tenant, InformationRequest r, Objection o) {
        tell(tenant, r, NotificationEvent.OBJECTION_STEP, "objection-" + o.id() + "-FILED", "keberatan", "objection",
                new Text("Keberatan Anda tercatat dengan nomor " + o.registerNumber() + "; tanggapan atasan PPID "
                        + "paling lambat " + LongDate.id(o.answerDue()) + ".", "Your objection is registered as "
                                + o.registerNumber() + "; the PPID's superior answers by "
                                + LongDate.en(o.answerDue()) + "."));
    }

    /** The Atasan PPID's answer or the settlement by deliberation, and until when the requester may go further. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void objectionOutcome(Tenant tenant, InformationRequest r, Objection o, InformationClocks clocks) {
        String n = o.registerNumber();
        boolean upheld = o.decision().orElse(null) == Objection.Decision.UPHELD;
        Text what = switch (o.status()) {
            case ANSWERED -> new Text("Keberatan " + n + " telah ditanggapi atasan PPID: keberatan Anda "
                    + (upheld ? "diterima" : "ditolak") + ".", "Objection " + n + " was answered by the PPID's "
                            + "superior: your objection is " + (upheld ? "upheld" : "refused") + ".");
            case SETTLED -> new Text("Keberatan " + n + " diselesaikan dengan musyawarah.",
                    "Objection " + n + " was settled by deliberation.");
            case FILED -> new Text("Keberatan " + n + " tercatat.", "Objection " + n + " is registered.");
        };
        Optional<LocalDate> by = o.disputeFileBy(clocks);
        tell(tenant, r, NotificationEvent.OBJECTION_STEP, "objection-" + o.id() + "-" + o.status(),
                "keberatan " + n, "objection " + n, new Text(what.id() + by.map(d -> " Bila Anda tidak puas, Anda "
                        + "dapat mengajukan sengketa informasi ke Komisi Informasi paling lambat " + LongDate.id(d)
                        + " (UU KIP Pasal 37(2)).").orElse(""), what.en() + by.map(d -> " If you are not satisfied, "
                                + "you may bring an information dispute to the Information Commission by "
                                + LongDate.en(d) + ".").orElse("")));
    }

    /** The answer's 30 working days passed unanswered (Perbup Pasal 25(2)): the requester may go to the Commission. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void objectionLapsed(Tenant tenant, InformationRequest r, Objection o, InformationClocks clocks) {
        Optional<LocalDate> by = o.disputeFileBy(clocks);
        tell(tenant, r, NotificationEvent.OBJECTION_STEP, "objection-" + o.id() + "-LAPSED",
                "keberatan " + o.registerNumber() + " belum ditanggapi", "objection " + o.registerNumber()
                        + " unanswered",
                new Text("Atasan PPID belum menanggapi keberatan " + o.registerNumber() + " sampai batasnya, "
                        + LongDate.id(o.answerDue()) + "." + by.map(d -> " Anda dapat mengajukan sengketa informasi "
                                + "ke Komisi Informasi paling lambat " + LongDate.id(d) + " (UU KIP Pasal 37(2)).")
                                .orElse(""), "The PPID's superior did not answer objection " + o.registerNumber()
                                        + " by its deadline, " + LongDate.en(o.answerDue()) + "." + by.map(d -> " You "
                                                + "may bring an information dispute to the Information Commission by "
                                                + LongDate.en(d) + ".").orElse("")));
    }

    private void tell(Tenant tenant, InformationRequest r, NotificationEvent event, String key, String what,
            String whatEn, Text text) {
        String n = r.registrationNumber();
        String track = links.requestTracking(tenant, n);
        notifications.tell(tenant, subject(r), new CitizenMessage(event, key,
                new Text("Permohonan informasi " + n + ": " + what, "Information request " + n + ": " + whatEn),
                new Text(text.id() + "\n\nLacak permohonan Anda dengan nomor pendaftaran " + n
                        + " dan kode akses Anda di " + track, text.en() + "\n\nFollow your request with its "
                                + "registration number " + n + " and your access code at " + track),
                new Text("PPID " + n + ": " + text.id(), "PPID " + n + ": " + text.en()), Optional.empty(),
                n + ": " + what + " (Perbup Pasal 22)"));
    }

    private static Subject subject(InformationRequest r) {
        return Subject.request(r.id(), r.registrationNumber());
    }

    private static String outcomeId(WrittenNotice n) {
        return n.outcomeWords();
    }

    private static String outcomeEn(WrittenNotice n) {
        return n.outcomeWordsEn();
    }
}
