package id.balai.complaints.domain;

/** How urgently the central administrator judges a report must be handled (issue 17 item 2). */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
