package id.balai.intake.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;

import id.balai.complaints.application.ComplaintService;
import id.balai.complaints.domain.Attachments;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ReportType;
import id.balai.information.application.InformationRequestService;
import id.balai.information.domain.ObtainMethod;
import id.balai.information.domain.RequestChannel;
import id.balai.information.domain.RequestContent;
import id.balai.information.domain.RequestStatus;
import id.balai.information.domain.RequesterType;
import id.balai.intake.application.IntakeLedger.Outcome;
import id.balai.intake.domain.IgnoreReason;
import id.balai.intake.domain.InboundMail;
import id.balai.intake.domain.IntakeMailbox;
import id.balai.intake.domain.IntakeReplies;
import id.balai.intake.domain.MailText;
import id.balai.intake.domain.MailTriage;
import id.balai.intake.domain.MessageKey;
import id.balai.notifications.application.MailOutbox;
import id.balai.notifications.domain.OutgoingMail;
import id.balai.platform.application.Now;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalData;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Takes one mail in, exactly once per regency, mailbox and message key: the key is claimed, the mail triaged, the
 * complaint or request stored and its reply queued, all in one transaction. A second reader of the same message (the
 * other instance, or this one after a lost \Seen flag) waits on the claim and then finds it taken.
 */
@ApplicationScoped
public class MailIntakeService {
    static final Actor ACTOR = new Actor("citizen:email", "", null);
    /** The web form's bounds on a title and a description (ComplaintInput). */
    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    static final int WANTED_MAX = 4000;
    private static final String UNTITLED = "Laporan melalui e-mail";

    @Inject
    TenantTransactions scope;

    @Inject
    IntakeLedger records;

    @Inject
    ComplaintService complaints;

    @Inject
    InformationRequestService requests;

    @Inject
    MailOutbox outbox;

    @Inject
    Config config;

    /**
     * What came of a mail.
     *
     * @param fresh       false when the message had been taken before (by this or another instance)
     * @param outcome     what it became; empty when not fresh
     * @param directReply an answer to send to the sender as is, for a mail that left nothing in the vault to address
     *                    through the outbox (no usable content)
     */
    public record Result(boolean fresh, Optional<Outcome> outcome, Optional<IntakeReplies.Reply> directReply) {
        static final Result ALREADY_TAKEN = new Result(false, Optional.empty(), Optional.empty());

        static Result of(Outcome o) {
            return new Result(true, Optional.of(o), Optional.empty());
        }
    }

    public Result take(Tenant tenant, IntakeMailbox box, InboundMail mail) {
        String key = MessageKey.of(mail);
        Optional<IgnoreReason> ignore = MailTriage.ignoreReason(mail, ownAddresses(tenant.definition()));
        return scope.call(tenant.id(), () -> {
            if (!records.claim(tenant.id(), box, key, Now.instant())) {
                return Result.ALREADY_TAKEN;
            }
            if (ignore.isPresent()) {
                records.settle(tenant.id(), box, key, Outcome.IGNORED, ignore.get().name(), null, null);
                return Result.of(Outcome.IGNORED);
            }
            return box == IntakeMailbox.COMPLAINTS ? complaint(tenant, key, mail) : request(tenant, key, mail);
        });
    }

    /** A complaint: subject as title, the sender's own text as description, the files that pass the rules. */
    private Result complaint(Tenant tenant, String key, InboundMail mail) {
        String text = MailText.own(mail.text());
        List<Attachments.Upload> kept = new ArrayList<>();
        List<IntakeReplies.Refused> refused = new ArrayList<>();
        for (InboundMail.FilePart f : mail.attachments()) {
            if (kept.size() == Attachments.MAX_FILES) {
                refused.add(new IntakeReplies.Refused(f.fileName(), "paling banyak " + Attachments.MAX_FILES
                        + " lampiran", "at most " + Attachments.MAX_FILES + " attachments"));
                continue;
            }
            try {
                kept.add(Attachments.accept(kept.size(), f.fileName(), f.content()));
            } catch (DomainException e) {
                refused.add(new IntakeReplies.Refused(f.fileName(), e.userMessage().id(), e.userMessage().en()));
            }
        }
        if (text.isBlank() && kept.isEmpty()) {
            return noContent(tenant, IntakeMailbox.COMPLAINTS, key, mail, refused);
        }
        List<String> keptNames = kept.stream().map(Attachments.Upload::fileName).toList();
        String title = MailText.title(mail.subject(), text, TITLE_MIN, TITLE_MAX);
        String description = text.isBlank()
                ? "Laporan melalui e-mail tanpa uraian; lihat lampiran: " + String.join(", ", keptNames)
                : MailText.fit(text, DESCRIPTION_MAX);
        Complaint.Submission s = new Complaint.Submission(ReportType.COMPLAINT, Channel.EMAIL,
                title.isBlank() ? UNTITLED : title, description, null, null, null, null, false, false);
        ComplaintService.Submitted done = complaints.submit(tenant, new ComplaintService.SubmitCommand(s,
                sender(mail), kept), Optional.empty(), ACTOR);
        ComplaintService.Receipt receipt = done.receipt();
        IntakeReplies.Reply reply = IntakeReplies.complaintReceived(regency(tenant), mail.subject(),
                receipt.trackingNumber(), receipt.accessCode(), keptNames, refused);
        String id = done.complaint().orElseThrow().toString();
        outbox.enqueue(tenant.id(), answering(mail, OutgoingMail.toPerson(done.reporter().orElseThrow(),
                reply.subject(), reply.body(), receipt.trackingNumber() + ": tanda terima e-mail (SPIKM Pasal 8)",
                "complaint", id)));
        records.settle(tenant.id(), IntakeMailbox.COMPLAINTS, key, Outcome.COMPLAINT,
                refused.isEmpty() ? null : refused.size() + " file(s) refused", "complaint", id);
        return Result.of(Outcome.COMPLAINT);
    }

    /**
     * An information request (Perbup Luwu Timur Pasal 22(1)): what is asked is the subject and the text; it is read
     * (a summary, Pasal 22(8): a full copy needs a written request with an ID copy) and waits for the same-day
     * confirmation (Pasal 22(9)) where the regency applies it. The reply is its receipt; its delivery is recorded on
     * the request when it leaves.
     */
    private Result request(Tenant tenant, String key, InboundMail mail) {
        String text = MailText.own(mail.text());
        String subject = MailText.subject(mail.subject());
        if (text.isBlank() && subject.length() < TITLE_MIN) {
            return noContent(tenant, IntakeMailbox.PPID, key, mail, List.of());
        }
        String wanted = MailText.fit(subject.isEmpty() ? text : text.isBlank() ? subject : subject + "\n\n" + text,
                WANTED_MAX);
        RequestContent content = new RequestContent(RequesterType.INDIVIDUAL, wanted,
                "Sebagaimana diuraikan dalam e-mail permohonan / As stated in the e-mail", ObtainMethod.READ, null,
                false, false, true);
        requests.submit(tenant, new InformationRequestService.SubmitCommand(
                RequestChannel.EMAIL, content, sender(mail), null), Optional.empty(), ACTOR, (r, receipt) -> {
                    IntakeReplies.Reply reply = IntakeReplies.requestRegistered(regency(tenant), mail.subject(),
                            receipt.registrationNumber(), receipt.accessCode(),
                            r.status() == RequestStatus.AWAITING_CONFIRMATION, String.valueOf(r.noticeDue()));
                    outbox.enqueue(tenant.id(), answering(mail, OutgoingMail.toPerson(new PersonRef(r.requester()),
                            reply.subject(), reply.body(), r.registrationNumber()
                                    + ": tanda terima e-mail (Perbup Pasal 22(9))",
                            "information_request", r.id().toString())));
                    records.settle(tenant.id(), IntakeMailbox.PPID, key, Outcome.REQUEST, null,
                            "information_request", r.id().toString());
                });
        return Result.of(Outcome.REQUEST);
    }

    /** Nothing to record: only the claim stays, and the sender learns how to send a report that can be handled. */
    private Result noContent(Tenant tenant, IntakeMailbox box, String key, InboundMail mail,
            List<IntakeReplies.Refused> refused) {
        records.settle(tenant.id(), box, key, Outcome.NO_CONTENT,
                refused.isEmpty() ? null : refused.size() + " file(s) refused", null, null);
        return new Result(true, Optional.of(Outcome.NO_CONTENT),
                Optional.of(IntakeReplies.noContent(regency(tenant), box, mail.subject(), refused)));
    }

    private static OutgoingMail answering(InboundMail mail, OutgoingMail reply) {
        return mail.messageId().map(reply::answering).orElse(reply);
    }

    private static PersonalData sender(InboundMail mail) {
        return new PersonalData(mail.fromName().map(MailText::singleLine).filter(n -> n.length() <= 120)
                .orElse(null), null,
                mail.from().orElseThrow(), null, null, null);
    }

    static IntakeReplies.Regency regency(Tenant tenant) {
        TenantDefinition d = tenant.definition();
        return new IntakeReplies.Regency(d.name(), d.nameEn(), d.channels() == null ? "" : d.channels().website(),
                d.channels() == null ? null : d.channels().smsNumber());
    }

    /** The regency's own addresses: mail from any of them is never a citizen's. */
    Set<String> ownAddresses(TenantDefinition d) {
        Set<String> own = new HashSet<>();
        d.mailIntakeIfAny().ifPresent(i -> {
            for (TenantDefinition.Mailbox b : new TenantDefinition.Mailbox[] {i.complaints(), i.ppid()}) {
                if (b != null) {
                    own.add(b.address().toLowerCase(Locale.ROOT));
                    if (b.username().contains("@")) {
                        own.add(b.username().toLowerCase(Locale.ROOT));
                    }
                }
            }
        });
        if (d.channels() != null && d.channels().email() != null) {
            own.add(d.channels().email().toLowerCase(Locale.ROOT));
        }
        config.getOptionalValue("BALAI_SMTP_FROM", String.class).map(a -> a.strip().toLowerCase(Locale.ROOT))
                .ifPresent(own::add);
        return own;
    }
}
