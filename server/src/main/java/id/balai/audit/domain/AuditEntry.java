package id.balai.audit.domain;

import java.time.Instant;

/**
 * One link of a chain. {@code detail} is kept as the exact JSON text that was hashed.
 */
public record AuditEntry(String chain, long seq, Instant at, String actorId, String actorRoles, String action,
        String subjectType, String subjectId, String detail, String requestId, String prevHash, String hash) {
}
