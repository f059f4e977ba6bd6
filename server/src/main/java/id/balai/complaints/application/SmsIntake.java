package id.balai.complaints.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ReportType;
import id.balai.complaints.domain.SmsCommand;
import id.balai.complaints.domain.SmsReplies;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.PhoneNumber;
import id.balai.privacy.domain.PersonalData;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The SMS channel of SPIKM (Pasal 5a, 8), whatever the gateway: the receiver selects the tenant by its hotline,
 * the text is a command or a report, and the answer is the reply SMS. Every outcome is a reply the citizen can
 * act on, never silence: an unknown hotline, an unreadable sender or a refused step included.
 */
@ApplicationScoped
public class SmsIntake {
    private static final Logger LOG = Logger.getLogger(SmsIntake.class.getName());
    private static final int TITLE_LENGTH = 60;

    @Inject
    TenantRegistry registry;

    @Inject
    ComplaintService complaints;

    /**
     * An SMS as the gateway received it.
     *
     * @param time the gateway's receipt time as it wrote it; with sender and text it identifies the message, so
     *             that a redelivered SMS is stored once
     */
    public record InboundSms(String from, String to, String text, String time) {
    }

    /** Handles the SMS and answers the reply text. */
    public String receive(InboundSms sms, String requestId) {
        Optional<Tenant> found = registry.findBySmsNumber(sms.to());
        if (found.isEmpty()) {
            return SmsReplies.unknownHotline();
        }
        Tenant tenant = found.get();
        Optional<PhoneNumber> sender = PhoneNumber.parse(sms.from());
        if (sender.isEmpty()) {
            return SmsReplies.unreadableSender();
        }
        SmsCommand command = SmsCommand.parse(sms.text());
        try {
            if (command instanceof SmsCommand.Status status) {
                // Only the reporter's own phone learns anything: any other sender reads "not found".
                return complaints.statusForSender(tenant, status.trackingNumber(), sender.get())
                        .map(SmsReplies::status).orElse(SmsReplies.notFound());
            }
            String key = idempotencyKey(sender.get(), sms.time(), sms.text() == null ? "" : sms.text());
            if (command instanceof SmsCommand.Clarify clarify) {
                // Issue 16: the answer to the central administrator's question, by SMS.
                return complaints.clarifyBySms(tenant, clarify.trackingNumber(), sender.get(), clarify.text(), key)
                        .map(c -> SmsReplies.clarified(c.trackingNumber())).orElse(SmsReplies.nothingToClarify());
            }
            if (command instanceof SmsCommand.Report report) {
                if (!report.forced()) {
                    // A plain reply to the question's SMS answers it, when the sender has exactly one case waiting.
                    Optional<Complaint> answered = complaints.clarifyBySms(tenant, Optional.empty(), sender.get(),
                            report.text(), key);
                    if (answered.isPresent()) {
                        return SmsReplies.clarified(answered.get().trackingNumber());
                    }
                }
                ComplaintService.Receipt r = complaints.submit(tenant, submission(report.text(), sender.get()),
                        Optional.of(idempotencyKey(sender.get(), sms.time(), report.text())),
                        new Actor("citizen:sms", "", requestId)).receipt();
                return SmsReplies.received(r.trackingNumber(), r.accessCode());
            }
            return SmsReplies.help(tenant.definition().shortCode());
        } catch (DomainException e) {
            LOG.warning(() -> "SMS to " + tenant.id().value() + " refused: " + e.code());
            return SmsReplies.tryLater();
        }
    }

    static ComplaintService.SubmitCommand submission(String text, PhoneNumber sender) {
        Complaint.Submission s = new Complaint.Submission(ReportType.COMPLAINT, Channel.SMS,
                SmsReplies.title(text, TITLE_LENGTH), text, null, null, null, null, false, false);
        return new ComplaintService.SubmitCommand(s, new PersonalData(null, sender.e164(), null, null, null, null));
    }

    /** The message's identity at the gateway: sender, receipt time and text. */
    static String idempotencyKey(PhoneNumber sender, String time, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (sender.e164() + "\n" + (time == null ? "" : time.strip()) + "\n" + text)
                            .getBytes(StandardCharsets.UTF_8));
            return "sms:" + HexFormat.of().formatHex(digest, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
