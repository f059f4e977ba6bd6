/**
 * What a message is and the ports through which it leaves: no framework, no provider. For WhatsApp also its rules:
 * the webhook's signature and the 24-hour customer service window.
 */
package id.balai.notifications.domain;
