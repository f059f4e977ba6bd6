package id.balai.complaints.domain;

/** One agency's part in a case. */
public enum DispatchStatus {
    /** Sent; the agency operator has not received it yet. */
    SENT,
    /** The agency operator received and verified it (SPIKM Pasal 7e). */
    RECEIVED,
    /** Distributed to the responsible people in the agency (Pasal 7f). */
    IN_PROGRESS,
    /** The agency answered (Pasal 7g). */
    ANSWERED,
    /** The agency returned it as not its remit. */
    RETURNED,
    /** The central administrator moved it to another agency. */
    WITHDRAWN;

    public boolean isActive() {
        return this == SENT || this == RECEIVED || this == IN_PROGRESS;
    }
}
