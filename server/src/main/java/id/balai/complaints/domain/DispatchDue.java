package id.balai.complaints.domain;

import java.time.LocalDate;

/**
 * The due date an agency is given for its part (issue 17 item 2). The central administrator may set an earlier one
 * than the regency's service standard allows, never a later one (SPIKM Pasal 8: a dispatched item must be followed
 * up within the standard), and never one in the past.
 */
public final class DispatchDue {
    private DispatchDue() {
    }

    /**
     * @param requested the date asked for, or null for the standard's
     * @param today     today on the regency's calendar
     * @param standard  the latest date the regency's standard allows for a part sent today
     */
    public static LocalDate of(LocalDate requested, LocalDate today, LocalDate standard) {
        if (requested == null) {
            return standard;
        }
        if (requested.isBefore(today)) {
            throw ComplaintErrors.invalid("DUE_DATE_IN_PAST", "Tenggat tidak boleh sebelum hari ini.",
                    "The due date cannot be before today.", "dueOn");
        }
        if (requested.isAfter(standard)) {
            throw ComplaintErrors.invalid("DUE_DATE_BEYOND_STANDARD",
                    "Tenggat tidak boleh melewati batas standar layanan kabupaten (" + standard + ").",
                    "The due date cannot be later than the regency's service standard allows (" + standard + ").",
                    "dueOn");
        }
        return requested;
    }
}
