package id.balai.notifications.domain;

/**
 * What a citizen is told about, by the names a regency's tenant file uses to switch each on or off
 * ({@code notifications.events}). SPIKM: Perbup Muara Enim 29/2014 Pasal 5c (the answer goes back to the reporter)
 * and Pasal 7d (the reporter is told the outcome of the review); PPID: Perbup Luwu Timur Pasal 22 and UU KIP Ps 22,
 * 36-37.
 */
public enum NotificationEvent {
    /** A report is received: its tracking number and access code. */
    COMPLAINT_RECEIVED,
    /** The central administrator needs more from the reporter: a link to answer. */
    CLARIFICATION_REQUESTED,
    /** Verified and sent to agencies, named. */
    COMPLAINT_DISPATCHED,
    /** Not processed, with the reason (SPIKM Pasal 7d). */
    COMPLAINT_REJECTED,
    /** The answer itself, and the public report's link once published (SPIKM Pasal 5c). */
    COMPLAINT_ANSWERED,
    /** Closed: a link to rate the service. */
    COMPLAINT_CLOSED,
    /** The public version was published, changed or taken down (issue 15). */
    PUBLICATION_CHANGED,
    /** A request for information is registered (Perbup Luwu Timur Pasal 22(4)). */
    REQUEST_RECEIVED,
    /** An e-mailed request was confirmed, or lapsed unconfirmed (Pasal 22(9)). */
    REQUEST_CONFIRMATION,
    /** The written notice's deadline is extended (Pasal 22(7)). */
    REQUEST_EXTENDED,
    /** The written notice is issued (Pasal 22(5)). */
    REQUEST_NOTICE_ISSUED,
    /** The notice's deadline passed: the requester may object (UU KIP Ps 35(1)). */
    REQUEST_OVERDUE,
    /** An objection is filed, answered, settled or left unanswered (UU KIP Ps 36-37). */
    OBJECTION_STEP
}
