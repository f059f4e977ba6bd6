package id.balai.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256 over the previous hash and every field, each length-prefixed so that no two
 * different entries can produce the same input.
 */
public final class AuditHash {
    /** The "previous hash" of the first entry of a chain. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** Timestamps are hashed and stored at microsecond precision, as PostgreSQL keeps them. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String of(String prevHash, String chain, long seq, Instant at, String actorId, String actorRoles,
            String action, String subjectType, String subjectId, String detail, String requestId) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {prevHash, chain, Long.toString(seq), truncate(at).toString(), actorId,
                actorRoles, action, subjectType, subjectId, detail, requestId == null ? "" : requestId}) {
            b.append(part.length()).append(':').append(part).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(AuditEntry e) {
        return of(e.prevHash(), e.chain(), e.seq(), e.at(), e.actorId(), e.actorRoles(), e.action(),
                e.subjectType(), e.subjectId(), e.detail(), e.requestId());
    }
}
