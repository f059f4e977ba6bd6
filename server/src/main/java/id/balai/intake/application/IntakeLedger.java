package id.balai.intake.application;

import java.time.Instant;

import id.balai.intake.domain.IntakeMailbox;
import id.balai.platform.domain.TenantId;

/**
 * The port to the record of each message read: its key claimed once, and what became of it. The adapter is
 * {@code intake.infrastructure.IntakeRecords}.
 */
public interface IntakeLedger {

    /** What became of a message. */
    public enum Outcome {
        COMPLAINT, REQUEST, IGNORED, NO_CONTENT
    }

    /** Claims the key for this transaction; false when another transaction took it (committed) before. */
    boolean claim(TenantId tenant, IntakeMailbox box, String key, Instant now);

    void settle(TenantId tenant, IntakeMailbox box, String key, Outcome outcome, String reason, String subjectType,
            String subjectId);
}
