/** The gateway adapters (Kannel, SMTP, the Graph API), the producer that picks the SMS one, and the outboxes' SQL. */
package id.balai.notifications.infrastructure;
