package id.balai.complaints.domain;

/** Why the central administrator refuses a submission. */
public enum RejectionReason {
    SPAM, NOT_REGENCY_MATTER, DUPLICATE
}
