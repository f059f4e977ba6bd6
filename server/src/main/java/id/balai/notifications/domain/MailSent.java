package id.balai.notifications.domain;

import java.time.Instant;

import id.balai.platform.domain.TenantId;

/**
 * A CDI event: the mail server accepted a message of the outbox. Fired in the sender's transaction, after the
 * send: an observer that fails must not fail that transaction (the message would go out again), so observers do
 * their work in a transaction of their own and catch what goes wrong. The context the message is about may record the
 * delivery (Perbup Luwu Timur Pasal 22(9): the e-mailed request's confirmation left on the day of receipt) without
 * the notifications context knowing that context.
 *
 * @param subjectType what the message is about, as given to {@link OutgoingMail}
 * @param answer      whether it answered a citizen's e-mail ({@link OutgoingMail#inReplyTo()})
 * @param sentAt      when the mail server accepted it
 */
public record MailSent(TenantId tenant, String subjectType, String subjectId, String purpose, boolean answer,
        Instant sentAt) {
}
