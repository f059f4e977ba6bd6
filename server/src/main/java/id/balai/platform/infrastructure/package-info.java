/**
 * Shared technical pieces: the embedded PostgreSQL and migrations, JSON, CSV, XLSX and PDF writers, idempotency
 * records, rate limits shared between instances, image metadata removal, secrets from files.
 */
package id.balai.platform.infrastructure;
