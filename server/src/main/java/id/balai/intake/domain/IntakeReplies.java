package id.balai.intake.domain;

import java.util.List;

/**
 * The answers the intake sends, Indonesian first and English second: each names the regency and says what happened
 * and what to do next. Plain text, so that every mail program shows them alike.
 */
public final class IntakeReplies {
    private static final String RULE = "\n\n----------\n\n";

    private IntakeReplies() {
    }

    /**
     * The regency as the replies name it.
     *
     * @param website   where a citizen follows a case or sends a report
     * @param smsNumber the SMS hotline, or null
     */
    public record Regency(String name, String nameEn, String website, String smsNumber) {
        String en() {
            return nameEn == null ? name : nameEn;
        }
    }

    /** A file that was not kept, and why, in both languages. */
    public record Refused(String fileName, String reasonId, String reasonEn) {
    }

    public record Reply(String subject, String body) {
    }

    /** A complaint was recorded (SPIKM Perbup Muara Enim Pasal 5a, 8): the number and code to follow it. */
    public static Reply complaintReceived(Regency r, String originalSubject, String trackingNumber, String accessCode,
            List<String> kept, List<Refused> refused) {
        String id = "Yth. Bapak/Ibu,\n\n"
                + "Laporan Anda telah kami terima dan dicatat oleh Sistem Pelayanan Informasi dan Keluhan "
                + "Masyarakat (SPIKM) " + r.name() + ".\n\n"
                + "Nomor laporan: " + trackingNumber + "\n"
                + "Kode akses: " + accessCode + "\n\n"
                + "Simpan kedua nomor ini. Ikuti perkembangan laporan Anda di " + r.website() + " (menu lacak "
                + "laporan) dengan nomor laporan dan kode akses"
                + (r.smsNumber() == null ? "" : ", atau kirim nomor laporan lewat SMS ke " + r.smsNumber()) + ".\n"
                + files(kept, refused, true)
                + "\nE-mail ini dikirim otomatis; balasan ke e-mail ini dicatat sebagai laporan baru.\n\n"
                + r.name();
        String en = "Dear Sir or Madam,\n\n"
                + "Your report has been received and recorded by the complaints service (SPIKM) of " + r.en()
                + ".\n\n"
                + "Tracking number: " + trackingNumber + "\n"
                + "Access code: " + accessCode + "\n\n"
                + "Keep both. Follow your report at " + r.website() + " (track a report) with the tracking number "
                + "and access code"
                + (r.smsNumber() == null ? "" : ", or send the tracking number by SMS to " + r.smsNumber()) + ".\n"
                + files(kept, refused, false)
                + "\nThis e-mail was sent automatically; a reply to it is recorded as a new report.";
        return new Reply(replySubject("Laporan diterima / Report received: " + trackingNumber, originalSubject),
                id + RULE + en);
    }

    /**
     * An information request was registered (Perbup Luwu Timur Pasal 22(3)) and waits for the requester's
     * confirmation on the same day (Pasal 22(9)).
     *
     * @param awaitingConfirmation whether the regency applies Pasal 22(9)
     */
    public static Reply requestRegistered(Regency r, String originalSubject, String registrationNumber,
            String accessCode, boolean awaitingConfirmation, String noticeDue) {
        String id = "Yth. Bapak/Ibu,\n\n"
                + "Permohonan informasi Anda telah diterima oleh PPID " + r.name() + ".\n\n"
                + "Nomor pendaftaran: " + registrationNumber + "\n"
                + "Kode akses: " + accessCode + "\n\n"
                + (awaitingConfirmation
                        ? "PENTING: permohonan melalui e-mail hanya dilayani bila Anda mengonfirmasinya HARI INI "
                                + "melalui telepon, SMS, surat atau faksimile kepada PPID"
                                + (r.smsNumber() == null ? "" : " (SMS/telepon: " + r.smsNumber() + ")")
                                + ", dengan menyebut nomor pendaftaran di atas (Peraturan Bupati Pasal 22 ayat 9). "
                                + "Tanpa konfirmasi hari ini, permohonan gugur.\n\n"
                        : "Pemberitahuan tertulis paling lambat " + noticeDue + ".\n\n")
                + "Ikuti perkembangan permohonan Anda di " + r.website() + " dengan nomor pendaftaran dan kode "
                + "akses.\n\nE-mail ini dikirim otomatis.\n\n" + r.name();
        String en = "Dear Sir or Madam,\n\n"
                + "Your request for information has been received by the information officer (PPID) of " + r.en()
                + ".\n\n"
                + "Registration number: " + registrationNumber + "\n"
                + "Access code: " + accessCode + "\n\n"
                + (awaitingConfirmation
                        ? "IMPORTANT: a request by e-mail is served only if you confirm it TODAY by phone, SMS, "
                                + "letter or fax to the PPID"
                                + (r.smsNumber() == null ? "" : " (SMS/phone: " + r.smsNumber() + ")")
                                + ", quoting the registration number above (Regent's Regulation Article 22(9)). "
                                + "Without a confirmation today, the request lapses.\n\n"
                        : "The written notice is due by " + noticeDue + ".\n\n")
                + "Follow your request at " + r.website() + " with the registration number and access code.\n\n"
                + "This e-mail was sent automatically.";
        return new Reply(replySubject("Permohonan terdaftar / Request registered: " + registrationNumber,
                originalSubject), id + RULE + en);
    }

    /** Nothing usable came (no text, no file that could be kept): how to send a report that can be handled. */
    public static Reply noContent(Regency r, IntakeMailbox box, String originalSubject, List<Refused> refused) {
        boolean ppid = box == IntakeMailbox.PPID;
        String id = "Yth. Bapak/Ibu,\n\n"
                + "E-mail Anda kepada " + (ppid ? "PPID " : "layanan pengaduan ") + r.name()
                + " tidak dapat kami catat karena tidak berisi " + (ppid ? "uraian informasi yang Anda minta."
                        : "uraian laporan.") + "\n"
                + files(List.of(), refused, true)
                + "\nSilakan kirim ulang dengan " + (ppid ? "informasi yang Anda minta dan tujuan penggunaannya"
                        : "uraian kejadian (apa, di mana, kapan) dan bila ada foto (JPEG/PNG) atau dokumen PDF, "
                                + "paling banyak 5 berkas masing-masing 5 MiB")
                + " di badan e-mail, atau gunakan " + r.website()
                + (r.smsNumber() == null || ppid ? "" : ", atau kirim SMS berisi uraian laporan ke " + r.smsNumber())
                + ".\n\n" + r.name();
        String en = "Dear Sir or Madam,\n\n"
                + "Your e-mail to " + (ppid ? "the PPID" : "the complaints service") + " of " + r.en()
                + " could not be recorded because it holds no " + (ppid ? "description of the information you ask."
                        : "description of a report.") + "\n"
                + files(List.of(), refused, false)
                + "\nPlease send it again with " + (ppid ? "the information you ask for and what it is for"
                        : "what happened, where and when, and any photos (JPEG/PNG) or PDF documents, at most 5 "
                                + "files of 5 MiB each")
                + " in the body of the e-mail, or use " + r.website()
                + (r.smsNumber() == null || ppid ? "" : ", or send the report by SMS to " + r.smsNumber()) + ".";
        return new Reply(replySubject("Belum dapat dicatat / Not recorded", originalSubject), id + RULE + en);
    }

    private static String files(List<String> kept, List<Refused> refused, boolean indonesian) {
        StringBuilder b = new StringBuilder();
        if (!kept.isEmpty()) {
            b.append(indonesian ? "\nLampiran yang disimpan: " : "\nFiles kept: ").append(String.join(", ", kept))
                    .append('\n');
        }
        if (!refused.isEmpty()) {
            b.append(indonesian ? "\nLampiran yang TIDAK disimpan:\n" : "\nFiles NOT kept:\n");
            for (Refused f : refused) {
                b.append("- ").append(f.fileName()).append(": ").append(indonesian ? f.reasonId() : f.reasonEn())
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static String replySubject(String lead, String originalSubject) {
        String s = MailText.subject(originalSubject);
        return MailText.fit(s.isEmpty() ? lead : lead + " (Re: " + s + ")", 250);
    }
}
