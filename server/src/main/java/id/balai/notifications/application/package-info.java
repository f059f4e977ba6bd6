/** The SMS outbox: written in the caller's transaction, sent after commit by a background sender. */
package id.balai.notifications.application;
