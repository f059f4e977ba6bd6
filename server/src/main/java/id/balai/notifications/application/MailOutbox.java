package id.balai.notifications.application;

import id.balai.notifications.domain.OutgoingMail;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Queues an e-mail in the caller's transaction: it exists only if that transaction commits, and the caller never
 * waits for, or fails because of, the mail server. {@link MailSender} sends it afterwards.
 */
@ApplicationScoped
public class MailOutbox {

    @Inject
    MailQueue rows;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(TenantId tenant, OutgoingMail mail) {
        rows.insert(tenant, mail);
    }
}
