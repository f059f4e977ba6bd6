package id.balai.complaints.domain;

/** Where a case stands. */
public enum ComplaintStatus {
    /** Received, waiting for the central administrator's review. */
    RECEIVED,
    /** The central administrator asked the reporter to clarify. */
    CLARIFICATION_REQUESTED,
    /** Verified, not yet dispatched. */
    VERIFIED,
    /** With one or more agencies for follow-up. */
    DISPATCHED,
    /** Every agency answered; the central administrator reviews the answer. */
    ANSWERED,
    /** The answer was sent to the reporter; closes by itself when the reporter does not reply. */
    RESPONDED,
    CLOSED,
    ARCHIVED,
    /** Refused: spam, not a regency matter, or a duplicate. */
    REJECTED,
    /** Joined into another case, which carries on. */
    MERGED;

    public boolean isOpen() {
        return this != CLOSED && this != ARCHIVED && this != REJECTED && this != MERGED;
    }
}
