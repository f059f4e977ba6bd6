package id.balai.complaints.interfaces;

import id.balai.complaints.application.ComplaintService;
import id.balai.complaints.domain.Attachments;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.HearingBack;
import id.balai.complaints.domain.ReportType;
import id.balai.notifications.application.CitizenNotifications;
import id.balai.notifications.domain.ContactChannel;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.interfaces.Contact;
import id.balai.platform.interfaces.InIndonesia;
import id.balai.platform.interfaces.InputChecks;
import id.balai.platform.interfaces.OneOf;
import id.balai.platform.interfaces.Text;
import id.balai.privacy.domain.PersonalData;
import id.balai.tenancy.domain.Tenant;
import jakarta.validation.Valid;

/**
 * A report as a citizen's form (or an officer at the desk) sends it. Its shape is checked by the constraints below
 * (messages in {@code ValidationMessages_id/_en.properties}); what depends on the regency (its categories, the news
 * channels it offers) and the contact rule are checked in {@link #toCommand}. Either way the field is named in the
 * error, and nothing is stored before both pass.
 *
 * @param anonymous    anonim: the case may be public, the reporter's identity is hidden, also from the agency
 * @param confidential rahasia: the case is not shown on public pages
 * @param publicDeclined "Jangan tampilkan laporan saya untuk publik": handled, never published (issue 15)
 * @param notifyBy     how the reporter wants news of the case: EMAIL, SMS, WHATSAPP (as the regency offers) or NONE;
 *                     left out: the e-mail address if given, else the phone (issue 16)
 * @param language     {@code id} (default) or {@code en}: the language of short messages
 */
@InIndonesia
public record ComplaintInput(
        @OneOf(codes = ReportType.class, message = "{INVALID_TYPE}") String type,
        @Text(min = 5, max = 200, label = "title") String title,
        @Text(min = 10, max = 5000, label = "description") @MultiLine String description,
        String category,
        @Text(min = 3, max = 300, label = "location", optional = true) String location,
        Double latitude, Double longitude, Boolean anonymous, Boolean confidential, @Valid ReporterInput reporter,
        Boolean publicDeclined,
        @OneOf(value = {"EMAIL", "SMS", "WHATSAPP", "NONE"}, optional = true, message = "{INVALID_NOTIFY_BY}")
        String notifyBy,
        @OneOf(value = {"id", "en"}, optional = true, message = "{INVALID_LANGUAGE}") String language)
        implements InIndonesia.Located {

    /** How to reach the reporter: at least a phone number or an e-mail address unless anonymous. */
    public record ReporterInput(@Text(max = 120, label = "name", optional = true) String name,
            @Contact(Contact.Kind.PHONE) String phone, @Contact(Contact.Kind.EMAIL) String email) {
    }

    public ComplaintService.SubmitCommand toCommand(InputChecks checks, Tenant tenant, Channel channel) {
        return toCommand(checks, tenant, channel, java.util.List.of());
    }

    /** The command, once the input holds to its constraints; files already checked by {@link Attachments#accept}. */
    public ComplaintService.SubmitCommand toCommand(InputChecks checks, Tenant tenant, Channel channel,
            java.util.List<Attachments.Upload> attachments) {
        checks.valid(this);
        ReportType reportType = ReportType.valueOf(type.strip());
        String t = title.strip();
        String d = description.strip();
        String cat = category == null || category.isBlank() ? null : category.trim();
        if (cat != null && tenant.definition().complaintCategories().stream().noneMatch(c -> c.code().equals(cat))) {
            throw ComplaintErrors.invalid("UNKNOWN_CATEGORY", "Kategori tidak dikenal.", "Unknown category.",
                    "category");
        }
        String loc = location == null || location.isBlank() ? null : location.strip();
        boolean anon = Boolean.TRUE.equals(anonymous);
        PersonalData person = reporter(anon);
        return new ComplaintService.SubmitCommand(new Complaint.Submission(reportType, channel, t, d, cat, loc,
                latitude, longitude, anon, Boolean.TRUE.equals(confidential), Boolean.TRUE.equals(publicDeclined)),
                person, attachments, hearingBack(tenant, channel, person));
    }

    /** The reporter's choice of news, checked against what the regency offers; null leaves the default. */
    private HearingBack hearingBack(Tenant tenant, Channel channel, PersonalData person) {
        String lang = language == null || language.isBlank() ? "id" : language.strip();
        if (notifyBy == null || notifyBy.isBlank()) {
            HearingBack d = HearingBack.byDefault(channel, person);
            return new HearingBack(d.channel().filter(c -> CitizenNotifications.offers(tenant, c)), lang);
        }
        if (notifyBy.strip().equals("NONE")) {
            return new HearingBack(java.util.Optional.empty(), lang);
        }
        ContactChannel c = ContactChannel.valueOf(notifyBy.strip());
        if (!CitizenNotifications.offers(tenant, c)) {
            throw ComplaintErrors.invalid("NOTIFY_CHANNEL_UNAVAILABLE", "Saluran kabar ini tidak tersedia di daerah ini.",
                    "This news channel is not available in this regency.", "notifyBy");
        }
        return new HearingBack(java.util.Optional.of(c), lang);
    }

    private PersonalData reporter(boolean anon) {
        String name = reporter == null ? null : reporter.name();
        String phone = reporter == null ? null : reporter.phone();
        String email = reporter == null ? null : reporter.email();
        boolean reachable = (phone != null && !phone.isBlank()) || (email != null && !email.isBlank());
        if (!anon && !reachable) {
            throw ComplaintErrors.invalid("CONTACT_REQUIRED",
                    "Isi nomor telepon atau e-mail agar jawaban dapat dikirim, atau pilih anonim.",
                    "Give a phone number or an e-mail address so the answer can reach you, or choose anonymous.",
                    "reporter.phone");
        }
        return new PersonalData(name, phone, email, null, null, null);
    }

    /** A free text of an officer's form, {@code min} to {@code max} characters once trimmed. */
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
