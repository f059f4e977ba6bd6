package id.balai.complaints.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.SmsReplies;
import id.balai.complaints.domain.WhatsAppReplies;
import id.balai.complaints.infrastructure.ComplaintRepository;
import id.balai.notifications.application.SmsOutbox;
import id.balai.notifications.application.WhatsAppOutbox;
import id.balai.notifications.domain.OutgoingSms;
import id.balai.notifications.domain.OutgoingWhatsApp;
import id.balai.privacy.domain.PersonRef;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The answer goes back by the channel the report came by (SPIKM Pasal 5c): for a case received by SMS or WhatsApp,
 * and for each such case merged into it, a message to the reporter is queued in the transaction that responds. It leaves only
 * if that transaction commits, and a gateway outage never undoes the response.
 */
@ApplicationScoped
public class SmsAnswers {

    @Inject
    ComplaintRepository complaints;

    @Inject
    SmsOutbox outbox;

    @Inject
    WhatsAppOutbox whatsApp;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Tenant tenant, Complaint answered) {
        if (tenant.definition().channels() == null || answered.finalAnswer().isEmpty()) {
            return;
        }
        List<Complaint> cases = new ArrayList<>();
        cases.add(answered);
        for (UUID merged : complaints.mergedInto(tenant.id(), answered.id())) {
            cases.add(complaints.get(tenant.id(), merged));
        }
        for (Complaint c : cases) {
            if (c.reporter().isEmpty()) {
                continue;
            }
            if (c.channel() == Channel.WHATSAPP && whatsApp.configured(tenant)) {
                whatsApp.enqueue(tenant.id(), new OutgoingWhatsApp(new PersonRef(c.reporter().get()),
                        WhatsAppReplies.answer(c.trackingNumber(), answered.finalAnswer().get(),
                                tenant.definition().channels().website()),
                        c.trackingNumber() + ": jawaban lewat WhatsApp (SPIKM Pasal 5c)", "complaint",
                        c.id().toString()), null, null);
                continue;
            }
            if (c.channel() != Channel.SMS) {
                continue;
            }
            outbox.enqueue(tenant.id(), new OutgoingSms(tenant.definition().channels().smsNumber(),
                    new PersonRef(c.reporter().get()),
                    SmsReplies.answer(c.trackingNumber(), answered.finalAnswer().get(),
                            tenant.definition().channels().website()),
                    c.trackingNumber() + ": jawaban lewat SMS (SPIKM Pasal 5c)", "complaint", c.id().toString()));
        }
    }
}
