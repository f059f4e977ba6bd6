package id.balai.complaints.interfaces;

import java.util.regex.Pattern;

import id.balai.complaints.application.ComplaintService;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.HearingBack;
import id.balai.complaints.domain.ReportType;
import id.balai.notifications.application.CitizenNotifications;
import id.balai.notifications.domain.ContactChannel;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.domain.PhoneNumber;
import id.balai.privacy.domain.PersonalData;
import id.balai.tenancy.domain.Tenant;

/**
 * A report as a citizen's form (or an officer at the desk) sends it. Every field is checked here, with the field
 * named in the error, before anything is stored.
 *
 * @param anonymous    anonim: the case may be public, the reporter's identity is hidden, also from the agency
 * @param confidential rahasia: the case is not shown on public pages
 * @param publicDeclined "Jangan tampilkan laporan saya untuk publik": handled, never published (issue 15)
 * @param notifyBy     how the reporter wants news of the case: EMAIL, SMS, WHATSAPP (as the regency offers) or NONE;
 *                     left out: the e-mail address if given, else the phone (issue 16)
 * @param language     {@code id} (default) or {@code en}: the language of short messages
 */
public record ComplaintInput(String type, String title, @MultiLine String description, String category, String location,
        Double latitude, Double longitude, Boolean anonymous, Boolean confidential, ReporterInput reporter,
        Boolean publicDeclined, String notifyBy, String language) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    /** How to reach the reporter: at least a phone number or an e-mail address unless anonymous. */
    public record ReporterInput(String name, String phone, String email) {
    }

    public ComplaintService.SubmitCommand toCommand(Tenant tenant, Channel channel) {
        return toCommand(tenant, channel, java.util.List.of());
    }

    /** The command with files already checked by {@link id.balai.complaints.domain.Attachments#accept}. */
    public ComplaintService.SubmitCommand toCommand(Tenant tenant, Channel channel,
            java.util.List<id.balai.complaints.domain.Attachments.Upload> attachments) {
        ReportType reportType = reportType();
        String t = text(title, "title", 5, 200, "Judul", "The title");
        String d = text(description, "description", 10, 5000, "Uraian", "The description");
        String cat = category == null || category.isBlank() ? null : category.trim();
        if (cat != null && tenant.definition().complaintCategories().stream().noneMatch(c -> c.code().equals(cat))) {
            throw ComplaintErrors.invalid("UNKNOWN_CATEGORY", "Kategori tidak dikenal.", "Unknown category.",
                    "category");
        }
        String loc = location == null || location.isBlank() ? null
                : text(location, "location", 3, 300, "Lokasi", "The location");
        if ((latitude == null) != (longitude == null) || (latitude != null && (latitude < -11.5 || latitude > 6.5
                || longitude < 94.5 || longitude > 141.5))) {
            throw ComplaintErrors.invalid("INVALID_COORDINATES", "Koordinat harus berada di wilayah Indonesia.",
                    "The coordinates must be within Indonesia.", "latitude");
        }
        boolean anon = Boolean.TRUE.equals(anonymous);
        PersonalData person = reporter(anon);
        return new ComplaintService.SubmitCommand(new Complaint.Submission(reportType, channel, t, d, cat, loc,
                latitude, longitude, anon, Boolean.TRUE.equals(confidential), Boolean.TRUE.equals(publicDeclined)),
                person, attachments, hearingBack(tenant, channel, person));
    }

    /** The reporter's choice of news, checked against what the regency offers; null leaves the default. */
    private HearingBack hearingBack(Tenant tenant, Channel channel, PersonalData person) {
        String lang = language == null || language.isBlank() ? "id" : language.strip();
        if (!lang.equals("id") && !lang.equals("en")) {
            throw ComplaintErrors.invalid("INVALID_LANGUAGE", "Bahasa harus id atau en.", "The language must be id or en.",
                    "language");
        }
        if (notifyBy == null || notifyBy.isBlank()) {
            HearingBack d = HearingBack.byDefault(channel, person);
            return new HearingBack(d.channel().filter(c -> CitizenNotifications.offers(tenant, c)), lang);
        }
        if (notifyBy.strip().equals("NONE")) {
            return new HearingBack(java.util.Optional.empty(), lang);
        }
        ContactChannel c;
        try {
            c = ContactChannel.valueOf(notifyBy.strip());
        } catch (IllegalArgumentException e) {
            throw ComplaintErrors.invalid("INVALID_NOTIFY_BY", "Saluran kabar harus EMAIL, SMS, WHATSAPP atau NONE.",
                    "The news channel must be EMAIL, SMS, WHATSAPP or NONE.", "notifyBy");
        }
        if (!CitizenNotifications.offers(tenant, c)) {
            throw ComplaintErrors.invalid("NOTIFY_CHANNEL_UNAVAILABLE", "Saluran kabar ini tidak tersedia di daerah ini.",
                    "This news channel is not available in this regency.", "notifyBy");
        }
        return new HearingBack(java.util.Optional.of(c), lang);
    }

    private ReportType reportType() {
        try {
            return ReportType.valueOf(type == null ? "" : type.trim());
        } catch (IllegalArgumentException e) {
            throw ComplaintErrors.invalid("INVALID_TYPE",
                    "Jenis harus salah satu: STATEMENT, COMPLAINT, CRITICISM, QUESTION, SUGGESTION.",
                    "The type must be one of STATEMENT, COMPLAINT, CRITICISM, QUESTION, SUGGESTION.", "type");
        }
    }

    private PersonalData reporter(boolean anon) {
        String name = reporter == null ? null : reporter.name();
        String phone = reporter == null ? null : reporter.phone();
        String email = reporter == null ? null : reporter.email();
        if (name != null && name.length() > 120) {
            throw ComplaintErrors.invalid("TEXT_TOO_LONG", "Nama paling panjang 120 karakter.",
                    "The name is at most 120 characters.", "reporter.name");
        }
        if (phone != null && !phone.isBlank() && PhoneNumber.parse(phone).isEmpty()) {
            throw ComplaintErrors.invalid("INVALID_PHONE", "Nomor telepon tidak valid (contoh: 0812xxxxxxx).",
                    "Not a valid phone number (e.g. 0812xxxxxxx).", "reporter.phone");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
            throw ComplaintErrors.invalid("INVALID_EMAIL", "Alamat e-mail tidak valid.", "Not a valid e-mail address.",
                    "reporter.email");
        }
        boolean reachable = (phone != null && !phone.isBlank()) || (email != null && !email.isBlank());
        if (!anon && !reachable) {
            throw ComplaintErrors.invalid("CONTACT_REQUIRED",
                    "Isi nomor telepon atau e-mail agar jawaban dapat dikirim, atau pilih anonim.",
                    "Give a phone number or an e-mail address so the answer can reach you, or choose anonymous.",
                    "reporter.phone");
        }
        return new PersonalData(name, phone, email, null, null, null);
    }

    static String text(String value, String field, int min, int max, String id, String en) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min || v.length() > max) {
            throw ComplaintErrors.invalid(v.length() < min ? "TEXT_TOO_SHORT" : "TEXT_TOO_LONG",
                    id + " harus " + min + " sampai " + max + " karakter.",
                    en + " must be " + min + " to " + max + " characters.", field);
        }
        return v;
    }
}
