package id.balai.complaints.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintEvent;
import id.balai.complaints.domain.HearingBack;
import id.balai.complaints.domain.RejectionReason;
import id.balai.complaints.domain.SmsReplies;
import id.balai.notifications.application.CitizenNotifications.Subject;
import id.balai.notifications.application.CitizenNotifications;
import id.balai.notifications.domain.CitizenMessage.Text;
import id.balai.notifications.domain.CitizenMessage;
import id.balai.notifications.domain.NotificationEvent;
import id.balai.platform.domain.LongDate;
import id.balai.privacy.domain.PersonRef;
import id.balai.tenancy.application.PortalLinks;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.UnitTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What the reporter hears at each step of the case (issue 16), on the channel they chose, in the transaction of the
 * step: received (with the access code), a question to answer, sent to the agencies, refused and why (SPIKM Pasal
 * 7d), the answer itself (Pasal 5c), closed with a request to rate, and the public version's changes. A reporter
 * whose case was merged into another hears that case's answer. Steps the reporter took themselves are not echoed.
 */
@ApplicationScoped
public class ReporterNotifications {

    @Inject
    CitizenNotifications notifications;

    @Inject
    ComplaintRecords complaints;

    @Inject
    Publications publications;

    @Inject
    PortalLinks links;

    /** Records the reporter's choice and, for a report from the web or the desk, sends the receipt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(Tenant tenant, Complaint c, HearingBack choice, String accessCode) {
        if (c.reporter().isEmpty() || choice.channel().isEmpty()) {
            return;
        }
        Subject subject = Subject.complaint(c.id(), c.trackingNumber());
        notifications.subscribe(tenant, subject, new PersonRef(c.reporter().get()), choice.channel().get(),
                choice.language());
        // SMS, WhatsApp and e-mail intake answer the citizen's own message with the receipt at once.
        if (c.channel() != Channel.WEB && c.channel() != Channel.WALK_IN) {
            return;
        }
        String n = c.trackingNumber();
        String track = links.tracking(tenant, n);
        String code = CitizenMessage.ACCESS_CODE;
        notifications.tell(tenant, subject, new CitizenMessage(NotificationEvent.COMPLAINT_RECEIVED, "received",
                new Text("Laporan " + n + " diterima", "Report " + n + " received"),
                new Text("""
                        Laporan Anda "%s" sudah kami terima dan catat.

                        Nomor laporan: %s
                        Kode akses: %s

                        Simpan keduanya: dengan nomor dan kode akses ini Anda melacak laporan, menjawab pertanyaan \
                        petugas, dan menilai jawabannya di %s
                        Admin pusat memverifikasi laporan Anda paling lambat %s."""
                        .formatted(c.title(), n, code, track, LongDate.id(c.verifyDue())), """
                        We have received and recorded your report "%s".

                        Tracking number: %s
                        Access code: %s

                        Keep both: with them you follow the report, answer the officers' questions and rate the \
                        answer at %s
                        The central administrator verifies your report by %s."""
                        .formatted(c.title(), n, code, track, LongDate.en(c.verifyDue()))),
                new Text("Laporan diterima. No: " + n + ". Kode akses: " + code + ". Lacak: " + track,
                        "Report received. No: " + n + ". Access code: " + code + ". Track: " + track),
                Optional.of(accessCode), n + ": tanda terima laporan (SPIKM Pasal 5a)"));
    }

    /**
     * Tells the reporter what this transaction's steps mean for them. {@code events} are the case's new events; the
     * answer also reaches the reporters of the cases merged into this one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void after(Tenant tenant, Complaint c, List<ComplaintEvent> events) {
        List<ComplaintEvent> dispatched = new ArrayList<>();
        for (ComplaintEvent e : events) {
            if (!e.publicEvent() || "reporter".equals(e.actor())) {
                continue;
            }
            switch (e.action()) {
                case "CLARIFICATION_REQUESTED" -> tell(tenant, c, clarification(tenant, c, e));
                case "DISPATCHED" -> dispatched.add(e);
                case "REJECTED" -> tell(tenant, c, rejected(tenant, c, e));
                case "RESPONDED" -> answered(tenant, c, e);
                case "CLOSED" -> tell(tenant, c, closed(tenant, c, e));
                default -> {
                    if (e.action().startsWith("PUBLICATION_")) {
                        tell(tenant, c, publication(tenant, c, e));
                    }
                }
            }
        }
        if (!dispatched.isEmpty()) {
            tell(tenant, c, dispatched(tenant, c, dispatched));
        }
    }

    private void tell(Tenant tenant, Complaint c, CitizenMessage m) {
        notifications.tell(tenant, Subject.complaint(c.id(), c.trackingNumber()), m);
    }

    private CitizenMessage clarification(Tenant tenant, Complaint c, ComplaintEvent e) {
        String n = c.trackingNumber();
        String track = links.tracking(tenant, n);
        String sms = c.channel() == Channel.SMS ? " Atau balas SMS: JAWAB " + n + " <penjelasan Anda>." : "";
        String smsEn = c.channel() == Channel.SMS ? " Or reply by SMS: JAWAB " + n + " <your answer>." : "";
        return new CitizenMessage(NotificationEvent.CLARIFICATION_REQUESTED, "event-" + e.seq(),
                new Text("Laporan " + n + " memerlukan penjelasan Anda", "Report " + n + " needs your answer"),
                new Text("""
                        Admin pusat memerlukan penjelasan tambahan sebelum memverifikasi laporan %s:

                        "%s"

                        Jawab dengan nomor laporan dan kode akses Anda di %s (Anda dapat melampirkan foto).%s"""
                        .formatted(n, e.note(), track, sms), """
                        The central administrator needs more from you before verifying report %s:

                        "%s"

                        Answer with your tracking number and access code at %s (you can attach photos).%s"""
                        .formatted(n, e.note(), track, smsEn)),
                new Text("Laporan " + n + " perlu penjelasan Anda: " + e.note() + " Jawab di " + track + sms,
                        "Report " + n + " needs your answer: " + e.note() + " Answer at " + track + smsEn),
                Optional.empty(), n + ": permintaan penjelasan kepada pelapor");
    }

    private CitizenMessage dispatched(Tenant tenant, Complaint c, List<ComplaintEvent> events) {
        String n = c.trackingNumber();
        Set<String> id = new LinkedHashSet<>();
        Set<String> en = new LinkedHashSet<>();
        for (ComplaintEvent e : events) {
            Optional<TenantDefinition.OrgUnit> u = UnitTree.find(tenant.definition().orgUnits(), e.orgUnit());
            id.add(u.map(TenantDefinition.OrgUnit::name).orElse(e.orgUnit()));
            en.add(u.map(x -> x.nameEn() != null ? x.nameEn() : x.name()).orElse(e.orgUnit()));
        }
        Optional<java.time.LocalDate> due = c.dispatches().stream().filter(d -> d.status().isActive())
                .map(d -> d.dueOn()).max(java.util.Comparator.naturalOrder());
        return new CitizenMessage(NotificationEvent.COMPLAINT_DISPATCHED, "event-" + events.get(0).seq(),
                new Text("Laporan " + n + " diteruskan", "Report " + n + " passed on"),
                new Text("Laporan " + n + " sudah diverifikasi dan diteruskan kepada " + String.join(", ", id)
                        + " untuk ditindaklanjuti" + due.map(d -> " paling lambat " + LongDate.id(d)).orElse("")
                        + ".\n\nLacak perkembangannya di " + links.tracking(tenant, n),
                        "Report " + n + " has been verified and passed on to " + String.join(", ", en)
                                + " for follow-up" + due.map(d -> " by " + LongDate.en(d)).orElse("")
                                + ".\n\nFollow its progress at " + links.tracking(tenant, n)),
                new Text("Laporan " + n + " diteruskan kepada " + String.join(", ", id) + " untuk ditindaklanjuti.",
                        "Report " + n + " passed on to " + String.join(", ", en) + " for follow-up."),
                Optional.empty(), n + ": laporan diteruskan (SPIKM Pasal 7d)");
    }

    private CitizenMessage rejected(Tenant tenant, Complaint c, ComplaintEvent e) {
        String n = c.trackingNumber();
        String why = c.rejection().map(RejectionReason::words).orElse("");
        String whyEn = c.rejection().map(RejectionReason::wordsEn).orElse("");
        return new CitizenMessage(NotificationEvent.COMPLAINT_REJECTED, "event-" + e.seq(),
                new Text("Laporan " + n + " tidak dapat diproses", "Report " + n + " cannot be processed"),
                new Text("Laporan " + n + " tidak dapat diproses karena " + why + ".\n\nRincian di "
                        + links.tracking(tenant, n), "Report " + n + " cannot be processed because " + whyEn
                                + ".\n\nDetails at " + links.tracking(tenant, n)),
                new Text("Laporan " + n + " tidak dapat diproses: " + why + ".",
                        "Report " + n + " cannot be processed: " + whyEn + "."),
                Optional.empty(), n + ": hasil penelaahan (SPIKM Pasal 7d)");
    }

    /** The answer, to the reporter and to every reporter whose case was merged into this one (SPIKM Pasal 5c). */
    private void answered(Tenant tenant, Complaint c, ComplaintEvent e) {
        String answer = c.finalAnswer().orElse(e.note());
        boolean published = publications.find(tenant.id(), c.id()).filter(p -> p.isPublished()).isPresent();
        tell(tenant, c, answer(tenant, c, c, answer, published, e));
        for (UUID merged : complaints.mergedInto(tenant.id(), c.id())) {
            Complaint dup = complaints.get(tenant.id(), merged);
            notifications.tell(tenant, Subject.complaint(dup.id(), dup.trackingNumber()),
                    answer(tenant, dup, c, answer, published, e));
        }
    }

    private CitizenMessage answer(Tenant tenant, Complaint reporters, Complaint answered, String answer,
            boolean published, ComplaintEvent e) {
        String n = reporters.trackingNumber();
        String track = links.tracking(tenant, n);
        String merged = reporters == answered ? "" : "Laporan Anda " + n + " digabung dengan laporan "
                + answered.trackingNumber() + " tentang hal yang sama; inilah jawabannya.\n\n";
        String mergedEn = reporters == answered ? "" : "Your report " + n + " was joined with report "
                + answered.trackingNumber() + " about the same matter; this is its answer.\n\n";
        String pub = published ? "\n\nLaporan ini juga tampil untuk publik: "
                + links.page(tenant, "laporan/" + answered.trackingNumber()) : "";
        String pubEn = published ? "\n\nThis report is also public: "
                + links.page(tenant, "laporan/" + answered.trackingNumber()) : "";
        String website = tenant.definition().channels() == null ? track : tenant.definition().channels().website();
        return new CitizenMessage(NotificationEvent.COMPLAINT_ANSWERED, "answer-" + answered.id() + "-" + e.seq(),
                new Text("Jawaban atas laporan " + n, "Answer to report " + n),
                new Text(merged + "Jawaban atas laporan " + n + ":\n\n" + answer + "\n\nBila jawaban ini menyelesaikan "
                        + "masalah Anda, terima jawabannya dan beri nilai di " + track + ". Bila belum, Anda dapat "
                        + "membuka kembali laporan di halaman yang sama." + pub,
                        mergedEn + "The answer to report " + n + ":\n\n" + answer + "\n\nIf it settles your matter, "
                                + "accept the answer and rate it at " + track + ". If not, you can reopen the report "
                                + "on the same page." + pubEn),
                new Text(SmsReplies.answer(n, answer, website),
                        "Answer to report " + n + ": " + answer + " More: " + website),
                Optional.empty(), n + ": jawaban kepada pelapor (SPIKM Pasal 5c)");
    }

    private CitizenMessage closed(Tenant tenant, Complaint c, ComplaintEvent e) {
        String n = c.trackingNumber();
        String track = links.tracking(tenant, n);
        return new CitizenMessage(NotificationEvent.COMPLAINT_CLOSED, "event-" + e.seq(),
                new Text("Laporan " + n + " selesai", "Report " + n + " closed"),
                new Text("Laporan " + n + " sudah selesai. Bantu kami memperbaiki layanan: beri nilai 1 sampai 5 "
                        + "untuk penanganannya di " + track + "\n\nBila masalahnya belum selesai, Anda masih dapat "
                        + "membuka kembali laporan sampai " + c.reopenUntil().map(LongDate::id).orElse("-") + ".",
                        "Report " + n + " is closed. Help us improve: rate its handling from 1 to 5 at " + track
                                + "\n\nIf the matter is not settled, you can reopen the report until "
                                + c.reopenUntil().map(LongDate::en).orElse("-") + "."),
                new Text("Laporan " + n + " selesai. Beri nilai 1-5 di " + track,
                        "Report " + n + " closed. Rate it 1-5 at " + track),
                Optional.empty(), n + ": laporan selesai, permintaan penilaian");
    }

    private CitizenMessage publication(Tenant tenant, Complaint c, ComplaintEvent e) {
        String n = c.trackingNumber();
        String act = e.action().substring("PUBLICATION_".length());
        String en = switch (act) {
            case "PUBLISH" -> "Your report is now shown to the public, with personal data masked";
            case "EDIT" -> "The public version of your report was updated";
            case "UNPUBLISH" -> "Your report is no longer shown to the public";
            default -> "Your report has been taken down from public view";
        };
        String reason = e.note() == null ? "" : e.note();
        int at = reason.indexOf(". Alasan: ");
        String reasonOnly = at < 0 ? "" : reason.substring(at + ". Alasan: ".length());
        String link = "PUBLISH".equals(act) || "EDIT".equals(act)
                ? "\n\n" + links.page(tenant, "laporan/" + n) : "";
        return new CitizenMessage(NotificationEvent.PUBLICATION_CHANGED, "event-" + e.seq(),
                new Text("Tampilan publik laporan " + n, "Public view of report " + n),
                new Text(n + ": " + reason + link, n + ": " + en + (reasonOnly.isEmpty() ? "" : ". Reason: "
                        + reasonOnly) + "." + link),
                new Text(SmsReplies.moderation(n, reason), n + ": " + en + "."),
                Optional.empty(), n + ": pemberitahuan moderasi publikasi");
    }
}
