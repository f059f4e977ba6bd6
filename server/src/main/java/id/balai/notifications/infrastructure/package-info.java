/** The gateway adapters, the producer that picks one by configuration, and the outbox's SQL. */
package id.balai.notifications.infrastructure;
