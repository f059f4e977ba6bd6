/**
 * Messages to citizens on the channel they used (SPIKM Pasal 5c): the {@link id.balai.notifications.domain.SmsGateway}
 * port with its adapters (Kannel's sendsms, a log for development), chosen by configuration, and the SMS outbox
 * that sends after the case's transaction committed, with retries. Contexts that answer citizens write to the
 * outbox; they never call a gateway themselves.
 */
package id.balai.notifications;
