package id.balai.complaints.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import id.balai.complaints.domain.Attachments;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ReportType;
import id.balai.complaints.domain.SmsCommand;
import id.balai.complaints.domain.SmsReplies;
import id.balai.complaints.domain.WhatsAppReplies;
import id.balai.notifications.application.WhatsAppOutbox;
import id.balai.notifications.application.WhatsAppSessions;
import id.balai.notifications.domain.OutgoingWhatsApp;
import id.balai.notifications.domain.WhatsAppAccount;
import id.balai.notifications.domain.WhatsAppGateway;
import id.balai.notifications.domain.WhatsAppNotSent;
import id.balai.platform.application.Now;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.PhoneNumber;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalData;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The WhatsApp channel of SPIKM (Pasal 5a, 8), as the SMS channel ({@link SmsIntake}) with two differences: the
 * reply leaves through the WhatsApp outbox (the webhook's answer carries nothing to the citizen), and a photo, with
 * or without a caption, is a report with the photo attached under the attachments' rules.
 * <p>
 * A message is handled once: its WhatsApp id is claimed in the transaction that files the report, stamps the
 * sender's 24-hour window and queues the reply, so that a redelivery finds it taken and does nothing. The sender's
 * number goes only into the vault: a reply needs a vault entry to be addressed to, so a sender the regency does
 * not know yet gets one with the number alone.
 */
@ApplicationScoped
public class WhatsAppIntake {
    private static final Logger LOG = Logger.getLogger(WhatsAppIntake.class.getName());
    private static final int TITLE_LENGTH = 60;
    private static final String PURPOSE = "Balasan pesan WhatsApp (SPIKM Pasal 8)";
    private static final String SUBJECT = "whatsapp-message";

    @Inject
    TenantTransactions scope;

    @Inject
    ComplaintService complaints;

    @Inject
    WhatsAppInbound inbound;

    @Inject
    WhatsAppOutbox outbox;

    @Inject
    WhatsAppSessions sessions;

    @Inject
    WhatsAppGateway gateway;

    @Inject
    PersonalDataVault vault;

    /** What a message is, as far as the channel cares. */
    public enum Type {
        TEXT, IMAGE, OTHER
    }

    /**
     * A citizen's message from the webhook.
     *
     * @param wamid   WhatsApp's id of the message
     * @param from    the sender's number as WhatsApp writes it (international, no plus)
     * @param sentAt  when the citizen sent it, if the delivery says
     * @param text    a text message's body
     * @param mediaId an image's id at the Graph API
     * @param caption an image's caption
     */
    public record InboundMessage(String wamid, String from, Optional<Instant> sentAt, Type type, String text,
            String mediaId, String caption) {
    }

    /** Handles one message; the outcome is a queued reply (or nothing, for a message already handled). */
    public void receive(Tenant tenant, WhatsAppAccount account, InboundMessage m, String requestId) {
        Optional<PhoneNumber> sender = PhoneNumber.parse("+" + m.from());
        if (sender.isEmpty() || m.wamid() == null || m.wamid().isBlank()) {
            LOG.warning(() -> "WhatsApp message to " + tenant.id().value() + " without a readable sender or id");
            return;
        }
        if (scope.call(tenant.id(), () -> inbound.seen(tenant.id(), m.wamid()))) {
            return;
        }
        Instant now = Now.instant();
        // The window counts from the citizen's message, not from its (possibly delayed) delivery.
        Instant wrote = m.sentAt().filter(at -> at.isBefore(now)).orElse(now);
        Actor actor = new Actor("citizen:whatsapp", "", requestId);
        Handling handling = handling(tenant, account, m);
        try {
            scope.run(tenant.id(), () -> {
                if (inbound.claim(tenant.id(), m.wamid(), now, handling.kind())) {
                    reply(tenant, m, sender.get(), wrote, handling.reply(tenant, sender.get(), actor));
                }
            });
        } catch (DomainException e) {
            LOG.warning(() -> "WhatsApp message to " + tenant.id().value() + " refused: " + e.code());
            scope.run(tenant.id(), () -> {
                if (inbound.claim(tenant.id(), m.wamid(), now, "REFUSED")) {
                    reply(tenant, m, sender.get(), wrote, SmsReplies.tryLater());
                }
            });
        }
    }

    /** What to do with a message; for a photo, the photo is fetched and checked before any transaction. */
    private Handling handling(Tenant tenant, WhatsAppAccount account, InboundMessage m) {
        return switch (m.type()) {
            case TEXT -> {
                SmsCommand command = SmsCommand.parse(m.text());
                if (command instanceof SmsCommand.Status status) {
                    yield new Handling("STATUS", (t, sender, actor) -> complaints
                            .statusForSender(t, status.trackingNumber(), sender).map(SmsReplies::status)
                            .orElse(SmsReplies.notFound()));
                }
                if (command instanceof SmsCommand.Report report) {
                    yield report(report.text(), List.of());
                }
                yield new Handling("HELP", (t, sender, actor) -> SmsReplies.help(t.definition().shortCode()));
            }
            case IMAGE -> {
                Optional<Attachments.Upload> photo = photo(tenant, account, m.mediaId());
                if (photo.isEmpty()) {
                    yield new Handling("REFUSED", (t, sender, actor) -> WhatsAppReplies.photoRefused());
                }
                String caption = m.caption() == null ? "" : m.caption().strip().replaceAll("\\s+", " ");
                String text = caption.length() >= SmsCommand.MIN_REPORT_LENGTH ? caption
                        : caption.isEmpty() ? WhatsAppReplies.PHOTO_WITHOUT_CAPTION
                                : WhatsAppReplies.PHOTO_WITHOUT_CAPTION + " " + caption;
                yield report(text.length() > SmsCommand.MAX_REPORT_LENGTH
                        ? text.substring(0, SmsCommand.MAX_REPORT_LENGTH) : text, List.of(photo.get()));
            }
            case OTHER -> new Handling("UNSUPPORTED", (t, sender, actor) -> WhatsAppReplies.unsupported());
        };
    }

    private Handling report(String text, List<Attachments.Upload> files) {
        return new Handling("REPORT", (t, sender, actor) -> {
            ComplaintService.Receipt r = complaints.submit(t, submission(text, sender, files), Optional.empty(),
                    actor).receipt();
            return SmsReplies.received(r.trackingNumber(), r.accessCode());
        });
    }

    /** The photo, fetched and checked as any attachment; empty when it cannot be had or is refused. */
    private Optional<Attachments.Upload> photo(Tenant tenant, WhatsAppAccount account, String mediaId) {
        if (mediaId == null || mediaId.isBlank()) {
            return Optional.empty();
        }
        try {
            WhatsAppGateway.Media media = gateway.media(account, mediaId, Attachments.MAX_BYTES);
            return Optional.of(Attachments.acceptPhoto("attachments[0]", media.content()));
        } catch (WhatsAppNotSent e) {
            LOG.warning(() -> "WhatsApp photo for " + tenant.id().value() + " not fetched: " + e.getMessage());
            return Optional.empty();
        } catch (DomainException e) {
            LOG.info(() -> "WhatsApp photo for " + tenant.id().value() + " refused: " + e.code());
            return Optional.empty();
        }
    }

    /** Queues the reply to the sender and stamps the sender's window, in the caller's transaction. */
    private void reply(Tenant tenant, InboundMessage m, PhoneNumber sender, Instant wrote, String text) {
        List<PersonRef> known = vault.findByPhone(tenant.id(), sender.e164());
        PersonRef to = known.isEmpty()
                ? vault.store(tenant.id(), new PersonalData(null, sender.e164(), null, null, null, null))
                : known.get(known.size() - 1);
        sessions.inbound(tenant.id(), known.isEmpty() ? List.of(to) : known, wrote);
        outbox.enqueue(tenant.id(), new OutgoingWhatsApp(to, text, PURPOSE, SUBJECT, m.wamid()), null,
                "reply:" + m.wamid());
    }

    static ComplaintService.SubmitCommand submission(String text, PhoneNumber sender,
            List<Attachments.Upload> files) {
        Complaint.Submission s = new Complaint.Submission(ReportType.COMPLAINT, Channel.WHATSAPP,
                SmsReplies.title(text, TITLE_LENGTH), text, null, null, null, null, false, false);
        return new ComplaintService.SubmitCommand(s,
                new PersonalData(null, sender.e164(), null, null, null, null), files);
    }

    /** How a message is recorded ({@code whatsapp_inbound.kind}) and what its reply says. */
    private record Handling(String kind, Reply answer) {
        String reply(Tenant tenant, PhoneNumber sender, Actor actor) {
            return answer.text(tenant, sender, actor);
        }
    }

    @FunctionalInterface
    private interface Reply {
        String text(Tenant tenant, PhoneNumber sender, Actor actor);
    }
}
