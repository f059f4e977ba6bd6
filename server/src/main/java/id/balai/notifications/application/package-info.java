/**
 * The outboxes (SMS, e-mail, WhatsApp): written in the caller's transaction, sent after commit by background
 * senders; and the WhatsApp channel's accounts and customer service windows.
 */
package id.balai.notifications.application;
