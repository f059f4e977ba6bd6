package id.balai.complaints.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The tenant's complaint clocks, already bound to its working calendar: how a case's due dates are computed
 * (defaults in RegulationParameters.Complaint: verify and dispatch in 3 working days, follow up in 5, auto-close 10
 * after the answer, reopen within 10).
 */
public interface Clocks {
    /**
     * The working day on which something received now counts as received: a clock's counting start, never the date
     * of an act (that is {@link #dateOf}).
     */
    LocalDate today();

    /** The date of an act done at {@code at} on the regency's calendar (its time zone). */
    LocalDate dateOf(Instant at);

    LocalDate verifyDispatchDue(LocalDate receivedOn);

    LocalDate followUpDue(LocalDate dispatchedOn);

    LocalDate autoCloseDue(LocalDate respondedOn);

    LocalDate reopenUntil(LocalDate closedOn);
}
