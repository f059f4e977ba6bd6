/**
 * The audit chain in PostgreSQL: append-only entries per regency, linked by hash in the transaction that records the
 * act ({@link id.balai.audit.infrastructure.AuditTrail}, the adapter of the port).
 */
package id.balai.audit.infrastructure;
