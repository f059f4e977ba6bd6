package id.balai.reporting.domain;

import java.time.LocalDate;

/**
 * One case in an agency's journal (jurnal informasi, SPIKM Pasal 7h). {@code overdue}: the follow-up date passed
 * with no answer, or the answer came after it (Pasal 8: a dispatched item must be followed up).
 */
public record JournalEntry(String trackingNumber, LocalDate receivedOn, String category, String title,
        String dispatchStatus, LocalDate dispatchedOn, LocalDate dueOn, LocalDate answeredOn, boolean overdue) {

    /** Whether a part with this status and dates is, or was, late as seen on {@code today}. */
    public static boolean overdue(boolean active, LocalDate dueOn, LocalDate answeredOn, LocalDate today) {
        if (active) {
            return dueOn.isBefore(today);
        }
        return answeredOn != null && answeredOn.isAfter(dueOn);
    }
}
