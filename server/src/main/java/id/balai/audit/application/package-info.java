/**
 * The port to the audit chain ({@link id.balai.audit.application.AuditLog}): how every other context records what an
 * official or a citizen did, without knowing how the chain is kept.
 */
package id.balai.audit.application;
