package id.balai.notifications.application;

import id.balai.notifications.domain.OutgoingSms;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Queues an SMS in the caller's transaction: it exists only if that transaction commits, and the officer's step
 * never waits for, or fails because of, the gateway. {@link SmsSender} sends it afterwards.
 */
@ApplicationScoped
public class SmsOutbox {

    @Inject
    SmsQueue rows;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(TenantId tenant, OutgoingSms sms) {
        rows.insert(tenant, sms);
    }
}
