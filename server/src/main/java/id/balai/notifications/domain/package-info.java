/** What a message is and the port through which it leaves: no framework, no provider. */
package id.balai.notifications.domain;
