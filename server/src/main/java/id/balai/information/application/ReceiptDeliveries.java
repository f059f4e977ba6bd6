package id.balai.information.application;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.notifications.domain.MailSent;
import id.balai.tenancy.application.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The delivery report of Perbup Luwu Timur Pasal 22(9): when the answer to an e-mailed request (its registration
 * number and the call to confirm today) has left, the request records when. The mail sender knows nothing of
 * requests; it tells that a message left ({@link MailSent}), and this listens for the answers about a request.
 */
@ApplicationScoped
public class ReceiptDeliveries {
    private static final Logger LOG = Logger.getLogger(ReceiptDeliveries.class.getName());
    static final String SUBJECT_TYPE = "information_request";

    @Inject
    InformationRequestService requests;

    @Inject
    TenantRegistry registry;

    void sent(@Observes MailSent mail) {
        if (!mail.answer() || !SUBJECT_TYPE.equals(mail.subjectType())) {
            return;
        }
        try {
            requests.recordReceiptMailed(registry.require(mail.tenant()), UUID.fromString(mail.subjectId()),
                    mail.sentAt());
        } catch (RuntimeException e) {
            // The mail left; failing here would send it again. The officer still sees the request; the log says why
            // its delivery is not on it.
            LOG.log(Level.WARNING, "The delivery of the receipt of request " + mail.subjectId() + " of "
                    + mail.tenant().value() + " could not be recorded", e);
        }
    }
}
